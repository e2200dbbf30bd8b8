"""Zones of a directive: header, body, closing (signature and "Nơi nhận"), attachments.

The zones are found from markers the two format standards fix (NĐ 30/2020 Phụ lục I boxes
1-9b; HD 36-HD/VPTW): a header ends where the body starts ("Kính gửi", "Căn cứ", the first
paragraph); the closing starts at "Nơi nhận" or an authority line ("K/T", "TM."); attachments
("ĐỀ CƯƠNG BÁO CÁO", "PHỤ LỤC", "Mẫu M1") follow the closing. Each zone is a span of the
normalised text, so the extractors search only where a value can be.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import regex

from . import patterns as P
from .source import Text

# The header of a directive fits in its first lines; a header longer than this many lines is
# a body with no header (web copies that start at the body).
HEADER_MAX_LINES = 30
# A line at least this long is a body paragraph (header cells are short: ~ half a page width).
BODY_LINE_MIN_CHARS = 110

# A mixed-case line this long that is no header element is the body's first sentence.
BODY_SENTENCE_MIN_CHARS = 60


def _sentence_like(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) < 0.3


def _header_element(fold: str) -> bool:
    """Number, place and date, V/v subject or a motto: header lines even when long."""
    return bool(
        P.NUMBER_LINE_RE.search(fold)
        or P.place_date_search(fold)
        or P.SUBJECT_VV_RE.match(fold)
        or "Độc lập" in fold
    )


# Headings that open an attachment after the closing block.
ATTACHMENT_RE = regex.compile(
    r"^\s*(?:ĐỀ\s+CƯƠNG|PHỤ\s+LỤC|BIỂU\s+MẪU|MẪU(?:\s+SỐ)?\s*:?\s*(?-i:[\p{Lu}\d])|Mẫu\s+(?:số\s+)?(?-i:[\p{Lu}\d])+\s*$|DANH\s+SÁCH|DANH\s+MỤC|BẢNG\s+|(?:BIỂU|Biểu)\s+(?:số\s+)?\d)",
    regex.M | regex.V1,
)


@dataclass(frozen=True)
class Line:
    """One line of the normalised text: its offsets and its text."""

    start: int
    end: int
    text: str


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with their offsets.

    Args:
        text: the normalised text.
        start: where to start.
        end: where to stop (default: the end of the text).

    Returns:
        The lines, each with its start and end offsets in ``text``.
    """
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        out.append(Line(pos, stop, text[pos:stop]))
        pos = stop + 1
    return out


# A header line's cell: a run of text up to a tab, a "|" or a "\\\\" (a lone backslash stays inside).
_CELL_RE = regex.compile(r"(?:[^\t|\\]|\\(?!\\))+")


# GLUED_CELLS: two cells a Word copy ran together with no space, a line in capitals then a name or a line in mixed
# case: "PHÓ CHỦ TỊCHNguyễn Thị Thu" (the unseen set's qa07: the signer's position and name, neither read). The cut
# is inside a word whose capitals end a line of capital words and whose rest is one capitalised word: "… TỊCH|Nguyễn".
# Counter-examples: symbols and acronyms ("QĐ-TTg", "TTgCP, các PTTgCP", "Lưu: VT, KGVXVHTin507", "BGDĐT"), "McDonald".
_GLUED_CELL_RE = regex.compile(r"(?<=(?:^|\s)(?:(?-i:\p{Lu})+\s+)+(?-i:\p{Lu})*(?-i:\p{Lu})(?-i:\p{Lu}))(?=(?-i:\p{Lu})(?-i:\p{Ll})+(?:\s|$))", regex.V1)


def _glued_cuts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``(s, e)`` cut at each GLUED_CELLS point."""
    cuts = [m.start() for m in _GLUED_CELL_RE.finditer(text, s, e)]
    bounds = [s, *cuts, e]
    return list(itertools.pairwise(bounds))


def cells_of(line: Line) -> list[Line]:
    """Split a flattened header line into its cells (separated by tabs, "|" or "\\\\", or glued: GLUED_CELLS)."""
    out: list[Line] = []
    for s, e in (c for m in _CELL_RE.finditer(line.text) for c in _glued_cuts(line.text, *m.span())):
        while s < e and line.text[s] == " ":
            s += 1
        while e > s and line.text[e - 1] == " ":
            e -= 1
        if e > s:
            out.append(Line(line.start + s, line.start + e, line.text[s:e]))
    return out


@dataclass
class Layout:
    """Zone boundaries as offsets into the normalised text."""

    header_end: int
    body_start: int
    closing_start: int
    closing_end: int
    attachments: list[tuple[int, int]] = field(default_factory=list)
    issued: list[tuple[int, int]] = field(default_factory=list)

    @property
    def body(self) -> tuple[int, int]:
        """``(start, end)`` of the body: from after the header to the closing block."""
        return self.body_start, self.closing_start

    @property
    def duty_zones(self) -> list[tuple[int, int]]:
        """Where the recipients' duties are printed: the body, then each document the text issues after its
        closing (ISSUED_WITH_THE_DECISION)."""
        return [self.body, *self.issued]


# WRAPPED_SENTENCE_IS_BODY: a mixed-case line that goes on in lower case on the lines under it (at most this many)
# is the body's first sentence when, together, they reach BODY_SENTENCE_MIN_CHARS and end as a sentence does: "Giao
# Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn" / "vị, địa phương liên quan …" / "xét theo quy định; hoàn
# thành trước ngày 10/12/2023./." (w028 printed at 60 columns, whose lines are all shorter than a body line).
# Counter-example: a subject wrapped under its type ("Về việc phê duyệt Kế hoạch ứng phó" / "sự cố tràn dầu huyện
# Nghĩa Hành") ends with no sentence's punctuation.
WRAPPED_SENTENCE_LINES = 3


def _wrapped_sentence(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` opens a sentence wrapped over the lines under it (WRAPPED_SENTENCE_IS_BODY)."""
    joined = lines[i].text.strip()
    for line in lines[i + 1 : i + 1 + WRAPPED_SENTENCE_LINES]:
        s = line.text.strip()
        if not s[:1].islower():
            break
        joined += " " + s
    return len(joined) >= BODY_SENTENCE_MIN_CHARS and joined.endswith((".", ";", ":"))


# MOTTO_BELOW (session 28): the national motto stands in the header (NĐ 30/2020 box 1, HD 36's Party header prints
# "ĐẢNG CỘNG SẢN VIỆT NAM"), so no line above it is the body's: a web page prints its post's title, a long line, above
# the document ("Công văn: V/v tổ chức tuyên dương … hoạt động có hiệu quả" / "16:05 - 14/11/2019" / "HỘI NÔNG DÂN VIỆT
# NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the unseen probe's ph11), and the header is read below it.
_MOTTO_LINE_RE = regex.compile(rf"(?i:{P.SUBTITLE_HEAD})|{P.STATE_NAME_HEAD}|{P.PARTY_NAME}", regex.V1)


def _motto_below(lines: list[Line], i: int) -> bool:
    """Whether a motto line stands among the header's lines after ``lines[i]`` (MOTTO_BELOW)."""
    return any(_MOTTO_LINE_RE.search(line.text) for line in lines[i + 1 : i + 1 + HEADER_MAX_LINES // 3])


# TITLE_SUBJECT_LINE: under a type title that stands alone on its line ("THÔNG BÁO", "KẾ HOẠCH"; NĐ 30 box 5a), the
# subject follows (box 5a's trích yếu); a web or viewer copy prints it unwrapped, a long line ("Kết luận của đồng chí
# … Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị thi công tại một số vị trí … tuyến cao tốc Tân Phú – Bảo Lộc",
# n009 with its line breaks lost and restored, RUN_IN_TEXT). It is the header's while it ends with no sentence's
# punctuation. Counter-example: a body sentence right under the title ("Căn cứ …", or one that ends with "." or ":")
# is the body's.
def _title_subject_line(lines: list[Line], i: int, s: str) -> bool:
    """Whether ``lines[i]`` (stripped ``s``) is the subject under a lone type title (TITLE_SUBJECT_LINE)."""
    if s.endswith((".", ";", ":")) or P.CAN_CU_RE.match(s) or P.KINH_GUI_RE.match(s) or not s[:1].isupper():
        return False
    prev = next((ln.text.strip() for ln in reversed(lines[:i]) if ln.text.strip()), "")
    m = P.type_line_match(prev)
    return m is not None and not P.bare(prev)[m.end() :].strip()


# FLATTENED_HEADER_LINE (session 31): a long line is the header's, flattened by a legal-text site's copy, when it
# prints the motto ("Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
# Độc lập - Tự do - Hạnh phúc ---------------") or opens with the place and date ("Hà Nội, ngày 03 tháng 12 năm 2020
# QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC …"), two unseen pages; before, the body started at it and no
# number, date or subject was read. Counter-example: a body paragraph that cites a date ("Căn cứ Kế hoạch … ngày
# 15/8/2024 …") opens with no place and date.
PLACE_DATE_OPENS_MAX_CHARS = 3


def _flattened_header_line(s: str, fold: str) -> bool:
    """Whether a long line ``s`` (``fold`` its folded text) is the header flattened (FLATTENED_HEADER_LINE)."""
    if _MOTTO_LINE_RE.search(s):
        return True
    m = P.place_date_search(fold)
    return m is not None and m.start() - (len(fold) - len(fold.lstrip())) <= PLACE_DATE_OPENS_MAX_CHARS


def _header_end(t: Text) -> int:
    """Where the header stops: the first body-like line within the first lines."""
    lines = lines_of(t.text)[: HEADER_MAX_LINES * 2]
    nonblank = 0
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s or P.RULE_LINE_RE.match(s):
            continue  # a rule under the issuer or the motto ("______") is part of the header
        nonblank += 1
        if nonblank > HEADER_MAX_LINES:
            return line.start
        if nonblank <= 2 and _motto_below(lines, i):
            continue  # MOTTO_BELOW: a page's title above the document
        fold = t.fold[line.start : line.end]
        if P.KINH_GUI_RE.match(fold) or P.CAN_CU_RE.match(fold):
            return line.start
        if _title_subject_line(lines, i, s):
            continue  # TITLE_SUBJECT_LINE: the subject under a type title, printed unwrapped
        if nonblank > 1 and _PART_HEADING_RE.match(s):
            # PART_HEADING_OPENS_BODY (session 38): a Roman-numbered part heading is the body's, however short the lines
            # around it: a plan whose parts print only short lines ("I. NỘI DUNG, HOẠT ĐỘNG" / "5. Lễ tổng kết chương
            # trình" / " Thời gian (dự kiến): Ngày 22/8/2021 (Chủ nhật)", our words in an unseen Đoàn plan's form) was
            # read as header down to its first long line, its items' times lost. Counter-example: the header's own
            # lines open with no Roman numeral and a capital ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Số: 38-KH/TWĐTN").
            return line.start
        if len(s) >= BODY_LINE_MIN_CHARS and "|" not in s and "\t" not in s and not P.SUBJECT_VV_RE.match(fold) and not _flattened_header_line(s, fold):
            # (FLATTENED_HEADER_LINE: not a long line of the header flattened)
            # LONG_VV_LINE (session 28): a web copy prints the "V/v" subject unwrapped, a long line that is still the
            # header's ("V/v Đề án bổ sung quy hoạch khu công nghiệp … vào quy hoạch phát triển các khu công nghiệp", the
            # unseen probe's pg19: its date line under it was lost with it)
            return line.start
        if len(s) >= BODY_SENTENCE_MIN_CHARS and _sentence_like(s) and not _header_element(fold):
            return line.start
        if _sentence_like(s) and not _header_element(fold) and lines[i + 1 : i + 2] and _wrapped_sentence(lines, i):
            return line.start
    return lines[-1].end if lines else 0


# BODY_GOES_ON_AFTER_SIGNATURE: NĐ 30/2020 (Phụ lục I, boxes 7-9) and HD 36 place the signature and "Nơi nhận"
# after the body's last part, so a signature block after which the body's own part numbering goes on is an example
# printed in the body, not the closing: n038 (a guide on the Party's document format, "II- HƯỚNG DẪN CỤ THỂ") prints
# "Ví dụ 1: Văn bản của đại hội, đoàn chủ tịch" / "T/M ĐOÀN CHỦ TỊCH" / "(chữ ký)" / "Họ và tên" in II, and after
# them "III- TỔ CHỨC THỰC HIỆN", its duties, then the real "Nơi nhận:" and "K/T CHÁNH VĂN PHÒNG". The part goes on
# when the first Roman-numbered part heading after the candidate is the successor of the last one before it ("II-"
# … signature … "III-"), with no attachment heading between. Counter-example: n002's annex after its closing
# restarts at "I." (a new document's numbering, not the body's), so its closing stands.
_PART_HEADING_RE = regex.compile(rf"^[ \t]*{P.ROMAN_MARKER}[ \t]*(?-i:\p{{Lu}})", regex.M | regex.V1)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    """The value of a Roman numeral of at most four letters ("IV" 4, "III" 3)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _body_goes_on(text: str, start: int) -> int | None:
    """Where the body's next part starts after a closing candidate at ``start`` (BODY_GOES_ON_AFTER_SIGNATURE).

    Returns:
        The offset of the part heading that goes on with the body's numbering, or None when the candidate
        is the closing (no Roman part before it, or the next one restarts or skips).
    """
    before = None
    for m in _PART_HEADING_RE.finditer(text, 0, start):
        before = m
    if before is None:
        return None
    after = _PART_HEADING_RE.search(text, start)
    if after is None or _roman_value(after["roman"]) != _roman_value(before["roman"]) + 1:
        return None
    if ATTACHMENT_RE.search(text, start + 1, after.start()):
        return None
    return after.start()


def _closing(t: Text, body_start: int) -> tuple[int, int]:
    """The closing block: from "Nơi nhận" or the signer's authority line to the attachments."""
    text = t.fold
    n = len(text)
    while True:
        candidates = []
        m = P.NOI_NHAN_RE.search(text, body_start)
        if m:
            candidates.append(m.start())
        for m2 in P.authority_re().finditer(text, body_start):
            if _line_is_short(text, m2.start()):
                candidates.append(m2.start())
                break
        if not candidates:
            return n, n
        start = min(candidates)
        start = text.rfind("\n", 0, start) + 1
        goes_on = _body_goes_on(text, start)
        if goes_on is None:
            break
        body_start = goes_on
    end = n
    for a in ATTACHMENT_RE.finditer(text, start):
        if a.start() > start + 20:
            end = a.start()
            break
    return start, end


# ISSUED_WITH_THE_DECISION (session 31): a Quyết định (or a Nghị quyết, a Chỉ thị) that issues a plan, a regulation
# or a programme prints it after its own signature and "Nơi nhận", under its own type title and the line "(Ban hành
# kèm theo Quyết định số … ngày … của …)" (NĐ 30/2020 art. 8 and Phụ lục I). The issued text is the decision's
# content: the duties, times and targets of its "III. TỔ CHỨC THỰC HIỆN" / "1. Bộ Lao động …" are the recipients', so
# it is read as body, not as closing (the check set's qc01, QĐ 773/QĐ-TTg issuing a Kế hoạch, prints its 53 duties
# there). Counter-examples: a list or a table attached "(Kèm theo Quyết định số …)" under "DANH SÁCH" (n018) or
# "PHỤ LỤC" is an attachment (ATTACHMENT_RE); a plan's schedule "(Kèm theo Kế hoạch số …)" (n002) is not issued by a
# decision.
_ISSUED_BY_RE = regex.compile(
    r"\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị)(?!\p{L})", regex.I | regex.V1
)
# the issued title's subject may wrap over this many lines before its "(Ban hành kèm theo …)" line
ISSUED_TITLE_LINES = 5


def _issued(t: Text, start: int) -> list[tuple[int, int]]:
    """The documents issued after the closing that starts at ``start`` (ISSUED_WITH_THE_DECISION), each from its
    type title to the next attachment heading or the next issued title."""
    lines = [ln for ln in lines_of(t.text, start) if ln.text.strip()]
    titles: list[int] = []
    for i, line in enumerate(lines):
        title = line.text.strip()
        if ATTACHMENT_RE.match(title) or not title.split()[0].isupper() or not P.type_line_match(title):
            continue  # a title in capitals ("KẾ HOẠCH", "QUY CHẾ PHỐI HỢP …"), not a sentence naming a plan
        below = lines[i : i + ISSUED_TITLE_LINES]
        if any(_ISSUED_BY_RE.search(ln.text) for ln in below) and not any(ATTACHMENT_RE.match(ln.text) for ln in below[1:]):
            titles.append(line.start)
    out: list[tuple[int, int]] = []
    n = len(t.text)
    for k, s in enumerate(titles):
        stop = titles[k + 1] if k + 1 < len(titles) else n
        a = ATTACHMENT_RE.search(t.text, s + 1, stop)
        out.append((s, a.start() if a else stop))
    return out


def _line_is_short(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le == -1 else le
    return le - ls < 90


def split(t: Text) -> Layout:
    """Find the zones of a normalised directive."""
    header_end = _header_end(t)
    # Authority lines and "Nơi nhận" never stand in a header: search from the top, so a
    # text whose header could not be told from its body still finds its closing.
    closing_start, closing_end = _closing(t, 0)
    issued = _issued(t, closing_start) if closing_start < len(t.text) else []
    if issued:
        closing_end = min(closing_end, issued[0][0])  # ISSUED_WITH_THE_DECISION: the closing stops at its title
    attachments: list[tuple[int, int]] = []
    starts = [m.start() for m in ATTACHMENT_RE.finditer(t.text, closing_end)]
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(t.text)
        attachments.append((s, e))
    return Layout(
        header_end=header_end,
        body_start=header_end,
        closing_start=closing_start,
        closing_end=closing_end,
        attachments=attachments,
        issued=issued,
    )
