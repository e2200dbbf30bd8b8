"""Line roles: what each line of a directive is (issuer, number, place and date, subject, …).

A ``RoleLabeller`` tags every line of the structure layer with one role. The labeller is an
interface: ``RuleRoleLabeller`` (today's rules: the zones of ``layout.py`` and the patterns of
``patterns.py`` and the vocabulary) is the first one; a trained labeller (``models/``) can replace
it without touching any extractor, since the pipeline builds the roles once, on the structure
(``Structure.roles``), and extractors that read roles read them there.

The rules that find which lines hold the header's number and date, the addressees and the
closing (``header_roles``, ``recipient_lines``, ``closing_roles``) live here, once; the header
and signature stages read the lines so tagged and keep only the rules of the values.

The roles follow NĐ 30/2020 Phụ lục I and HD 36-HD/VPTW's boxes: the header (parent body, issuer,
motto, number, place and date, type, subject), the addressees, the body, the closing (authority,
position, signer, "Nơi nhận" items), attachments, and what stamps and e-office systems add (the
received stamp "ĐẾN Số … Ngày …", the e-signature box "Ký bởi …").
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import Literal, Protocol

import regex
from pydantic import BaseModel

from . import layout as layout_mod
from . import patterns as P
from .layout import Layout, cells_of, lines_of
from .loaders.ocrfields import RECEIVED_MARK
from .loaders.ocrnames import fits_title, is_syllable, rejoined_title_words
from .loaders.ocrwords import letters_key
from .record import System
from .source import Text
from .structure import DANGLING_WORD, Structure
from .values import is_caps, upper_ratio
from .vocabulary import DataFile, SystemMotto, alternation, vocabulary

Role = Literal[
    "parent",
    "issuer",
    "motto",
    "number",
    "place_date",
    "type",
    "subject",
    "recipient",
    "body",
    "authority",
    "position",
    "signer",
    "distribution",
    "attachment",
    "received_stamp",
    "esign_box",
    "blank",
]

ROLES: tuple[Role, ...] = Role.__args__  # type: ignore[attr-defined]


# ============================================================================================
# The roles' words (data/header.toml): where a subject ends, how an addressee opens
# ============================================================================================


class _SubjectEnds(BaseModel):
    day_parts: list[str]
    periods: list[str]
    carry_out: list[str]
    leads: list[str]
    examples: list[str]
    counter_examples: list[str]


class _AddresseeOpeners(BaseModel):
    words: list[str]
    examples: list[str]
    counter_examples: list[str]


class StampInSubject(BaseModel):
    """The received stamp's heading as OCR reads it into a copy's subject (``data/header.toml`` [stamp_in_subject])."""

    heading: str
    examples: list[str]
    counter_examples: list[str]


class RoleWords(DataFile):
    """The header's line rules' words (``data/header.toml`` [subject_ends], [addressee_openers], [stamp_in_subject])."""

    FILE = "header.toml"

    subject_ends: _SubjectEnds
    addressee_openers: _AddresseeOpeners
    stamp_in_subject: StampInSubject


class RoleLabeller(Protocol):
    """Anything that gives each line of a structure its role."""

    def label(self, st: Structure) -> list[Role]:
        """One role per line of ``st.lines``, in order."""
        ...


# The mottos under the national and Party names: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập -
# Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH" (the Đoàn's header line).
MOTTO_RE = regex.compile(rf"(?:{P.STATE_NAME_HEAD}|{P.SUBTITLE_HEAD}|{P.PARTY_NAME}|{P.DOAN_NAME})", regex.V1 | regex.I)
# A received stamp: "ĐẾN Số: 1234 Ngày: 12/3/2025", "CÔNG VĂN ĐẾN".
RECEIVED_RE = regex.compile(r"(?:^|\s)(?:ĐẾN|Đến)\s*(?:Số|SỐ|$)|CÔNG\s+VĂN\s+ĐẾN|Ngày\s+đến", regex.V1)
# An e-signature box of an e-office system: "Ký bởi: …", "Thời gian ký: …", an e-mail and a timestamp.
# Three patterns tried one after the other: joined in one alternation, the address's look-behind
# keeps the regex engine from skipping ahead, and a line of prose costs a hundred times more.
ESIGN_RES: tuple[regex.Pattern[str], ...] = (
    regex.compile(rf"{P.label_pattern(P.ESIGN_MARK_LABELS)}|(?:{P.label_pattern((P.ESIGN_SIGNER_LABEL,))})\s*:", regex.V1 | regex.I),
    regex.compile(r"\d{2}[.]\d{2}[.]\d{4}\s+\d{2}:\d{2}:\d{2}"),
    regex.compile(r"(?<![\w.])[\w.]+@[\w-]+\.gov\.vn", regex.V1 | regex.I),
)


# The same labels read on bare text (an OCR damages tone marks and spacing: "Ký) bởi:", "Nguời ký:",
# "Thời gia n ký:"); "Ký bởi" opens its line (bare "KY BOI" is also prose's "kỹ bởi").
ESIGN_BARE_RE = regex.compile(r"^\W{0,4}KY\W{0,2}\s*BOI\b|NGU\w{0,2}\s+KY\s*:|THOI\s+GIA\s?N\s+KY\b")
# What a box prints besides its labels: a clock time with seconds ("12.09.2024 07:49:43"), a time
# zone ("@r-z⁄ +07:00"), the portal's address with its "@" OCR'd "@)" ("ttcbth@)quangngai. gOV.").
ESIGN_MARK_RE = regex.compile(r"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)|[+]\d{2}:\d{2}\s*$|[\w.]+@\)\s*[\w-]+")
# Two marks of one box stand at most this many lines apart; the lines between them are the box's.
ESIGN_BOX_GAP = 8
# The box's owner is printed on at most this many capitalised lines above its first mark.
ESIGN_OWNER_LINES = 2


def is_esign(text: str) -> bool:
    """Whether a line belongs to an e-signature box ("Ký bởi: …", "ttcbth@quangngai.gov.vn")."""
    return any(rx.search(text) for rx in ESIGN_RES) or bool(ESIGN_BARE_RE.search(P.bare(text)))


def esign_box_lines(st: Structure, end: int) -> set[int]:
    """The lines of e-signature boxes printed before offset ``end``: from a box's first mark to its last.

    A scanned stamp interleaves its labels with the OCR of its logo ("Ký bởi: Ủy ban …", "N TRUNG
    TÂM CÔNG", "Cơ quan: Tỉnh Quản;", "Thời gian ký: …", "@r-z⁄ +07:00"): the lines between two
    marks at most ``ESIGN_BOX_GAP`` lines apart belong to the box.
    """
    marks = [
        i
        for i, ln in enumerate(st.lines)
        if ln.start < end and (is_esign(ln.text) or ESIGN_MARK_RE.search(ln.text))
    ]
    box: set[int] = set(marks)
    for a, b in itertools.pairwise(marks):
        if b - a <= ESIGN_BOX_GAP:
            box.update(range(a, b + 1))
    # the capitals just above a box's first mark name the box's owner ("TRUNG TÂM CÔNG / BÁO VÀ TIN
    # HỌC" over "ttcbth@quangngai.gov.vn")
    for first in [i for i in sorted(box) if i - 1 not in box]:
        above = [k for k in range(first - 1, max(-1, first - 4), -1) if st.lines[k].text.strip()][:ESIGN_OWNER_LINES]
        for k in above:
            if not is_caps(st.lines[k].text.strip()) or MOTTO_RE.search(st.lines[k].text):
                break
            box.add(k)
    return box


# The attachments' first line: "PHỤ LỤC", "ĐỀ CƯƠNG BÁO CÁO", "Mẫu số 01".
ATTACHMENT_RE = regex.compile(r"^\s*(?:PHỤ\s+LỤC|ĐỀ\s+CƯƠNG|BIỂU\s+MẪU|MẪU\s+SỐ|Mẫu\s+số|DANH\s+SÁCH|DANH\s+MỤC)", regex.V1)


class RuleRoleLabeller:
    """The first labeller: the zones of ``layout.py`` and the patterns the extractors use."""

    def label(self, st: Structure) -> list[Role]:
        """One role per line of ``st.lines``.

        Args:
            st: the document's structure.

        Returns:
            The roles, in line order.
        """
        layout = st.layout
        fold = st.text.fold
        roles: list[Role] = []
        attachment_starts = {start for start, _ in layout.attachments}
        caps_in_header: list[int] = []
        closing = closing_roles(st.text, layout)
        starts = [ln.start for ln in st.lines]
        header = header_roles(st.text, layout, st)
        recipient_at = {bisect.bisect_right(starts, pos) - 1 for pos in recipient_lines(st.text, layout)}
        # the number's line takes its role before the date's, both before the box's, type's,
        # issuer's, parent's and subject's (a flattened header shares one line)
        header_at: dict[int, Role] = {}
        for header_role, where in header.items():
            for pos in where:
                header_at.setdefault(bisect.bisect_right(starts, pos) - 1, header_role)
        closing_at: dict[int, Role] = {}
        # a line shared by both columns takes the signer's role ("- Lưu: VT. | KT. CHỦ TỊCH"); the
        # distribution list still reads the items on it
        for closing_role in CLOSING_ROLES:
            for pos in closing.get(closing_role, []):
                closing_at.setdefault(bisect.bisect_right(starts, pos) - 1, closing_role)
        for i, line in enumerate(st.lines):
            text = fold[line.start : line.end]
            stripped = text.strip()
            role: Role
            if not stripped:
                roles.append("blank")
                continue
            if i in header_at and (header_at[i] in ("number", "place_date") or i not in closing_at):
                role = header_at[i]  # a short text's closing is in the header's window: it keeps its roles
            elif i in recipient_at:
                role = "recipient"
            elif is_esign(stripped):
                role = "esign_box"
            elif RECEIVED_RE.search(stripped):
                role = "received_stamp"
            elif i in closing_at:  # before the header's rules: a short text's zones overlap
                role = closing_at[i]
            elif line.start < layout.header_end:
                role = self._header_role(stripped)
                if role == "body" and line.caps:  # capitals none of the issuer's rules took
                    caps_in_header.append(i)
            elif layout.closing_start <= line.start < layout.closing_end:
                role = "body"  # a closing line none of the closing's rules placed
            elif any(line.start <= s <= line.end for s in attachment_starts) or (
                line.start >= layout.closing_end and ATTACHMENT_RE.match(stripped)
            ):
                role = "attachment"
            else:
                role = "body"
            roles.append(role)
        # A caps line just above an e-signature box's address belongs to the box ("TRUNG TÂM CÔNG
        # BÁO / VÀ TIN HỌC" over "ttcbth@…gov.vn").
        for j in reversed(caps_in_header):
            nxt = next((k for k in range(j + 1, min(j + 3, len(roles))) if roles[k] != "blank"), None)
            if nxt is not None and roles[nxt] == "esign_box":
                roles[j] = "esign_box"
        return roles

    @staticmethod
    def _header_role(text: str) -> Role:
        """A header line the header's rules (``header_roles``) placed nowhere: a motto, a number or
        date line they did not read, a "Kính gửi" line, else body."""
        if MOTTO_RE.search(text):
            return "motto"
        if P.NUMBER_LINE_RE.search(text):
            return "number"
        if P.place_date_search(text):
            return "place_date"
        if P.KINH_GUI_RE.match(text):
            return "recipient"
        return "body"


def label_lines(st: Structure, labeller: RoleLabeller | None = None) -> list[Role]:
    """The role of each line of ``st``, by ``labeller`` (the rules by default).

    Args:
        st: the structure.
        labeller: a labeller; ``RuleRoleLabeller`` when None.

    Returns:
        One role per line.

    Raises:
        ValueError: the labeller returned a number of roles other than the number of lines, or a
            role outside ``ROLES``.
    """
    roles = (labeller or RuleRoleLabeller()).label(st)
    if len(roles) != len(st.lines):
        raise ValueError(f"the labeller gave {len(roles)} roles for {len(st.lines)} lines")
    unknown = sorted({r for r in roles if r not in ROLES})
    if unknown:
        raise ValueError(f"unknown role(s): {', '.join(unknown)}")
    return roles


# ============================================================================================
# The closing block: which lines hold the "Nơi nhận" items and the signer (NĐ 30 boxes 7a-7c, 9b)
# ============================================================================================
# The rules find the cells (a flattened copy puts both columns on shared lines); the labeller
# gives their lines the roles, and ``extractors/signature.py`` reads the values from the lines
# so tagged, whichever labeller tagged them.

# When there is no "Nơi nhận" and no authority line, a position line this close to the end of the
# main text may still sign.
TAIL_CHARS = 2500
# A distribution item is at most this long (a longer cell is body text and ends the list).
ITEM_MAX_CHARS = 160
# How far after the position line the signer's name may be (signature, seal, "(Đã ký)").
NAME_WINDOW_LINES = 8
# How many cells after the authority the position may stand (a blank line, an OCR speck).
POSITION_WINDOW_CELLS = 7
# The roles of the closing's lines, strongest first (a line holding cells of both columns takes
# the first).
CLOSING_ROLES: tuple[Role, ...] = ("authority", "position", "signer", "distribution")

# "(Đã ký)", "[đã ký]", "Ký tên": the note where the signature stands.
SIGNED_NOTE = regex.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?\s*$|^\(?\s*(?:Ký|ký)\s+tên.*$|^\[?\s*(?:đã ký|Đã ký)\s*\]?$", regex.V1)
# The characters that print a distribution item's bullet.
ITEM_BULLETS = "-–+•·*"
# The archive copy that closes the list: "Lưu: VT", "- Lưu VP."
LUU_RE = regex.compile(r"^(?:Lưu|LƯU)\b")
LUU_ITEM_RE = regex.compile(r"^[-–+•·*\s]*(?:Lưu|LƯU)\b")


# How far above a closing zone that opens at the signer's block a damaged "Nơi nhận:" heading may
# stand (the list printed left of the signature, which an OCR reads first).
HEADING_REACH_CHARS = 1500


def closing_range(t: Text, layout: Layout) -> tuple[int, int]:
    """Where the closing's roles are looked for: the closing zone, or without one the main text's tail.

    A zone the layout opened at the signer's block starts at a damaged "Nơi nhận:" heading printed
    just above it (c137's scan: "ơi nhận:"), whose list is the closing's too.
    """
    start, end = layout.closing_start, layout.closing_end
    if start >= len(t.text):
        main_end = layout.attachments[0][0] if layout.attachments else len(t.text)
        start, end = max(layout.body_start, main_end - TAIL_CHARS), main_end
    elif not P.NOI_NHAN_RE.search(t.fold, start, end):
        above = max(layout.body_start, start - HEADING_REACH_CHARS)
        headings = list(NOI_NHAN_DAMAGED_RE.finditer(P.bare(t.fold[above:start])))
        if headings:
            start = above + headings[-1].start()  # the last one above the zone
        elif (first := _luu_list_above(t, above, start)) is not None:
            start = first  # LIST_CLOSED_BY_LUU: the list printed left of the block, its heading unread
    return start, end


def closing_cells(t: Text, start: int, end: int) -> list[layout_mod.Line]:
    """The cells of ``t.text[start:end]``, a blank line as an empty cell."""
    out: list[layout_mod.Line] = []
    for ln in lines_of(t.text, start, end):
        out.extend(cells_of(ln) if ln.text.strip() else [layout_mod.Line(ln.start, ln.start, "")])
    return out


def is_signer_cell(t: Text, c: layout_mod.Line) -> bool:
    """A cell of the signer's column: an authority or a position line ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")."""
    f = t.fold[c.start : c.end].strip()
    return bool(P.authority_re().match(f) or P.position_re().match(f))


def is_item_cell(t: Text, c: layout_mod.Line) -> bool:
    """A cell that may be a distribution item: not the signer's and not the signature's note."""
    return not is_signer_cell(t, c) and not SIGNED_NOTE.match(c.text.strip())


# --- the signer's column glued to the "Nơi nhận" column (text OCR'd line by line) ----------------
# NĐ 30's closing prints two columns side by side: "Nơi nhận:" and its items on the left, the
# authority line, the position line, the signature and the name on the right. A text that was OCR'd
# line by line (or copied from such a text) joins the two columns' lines with one space, so the
# right column's line ends the left one's: "- Thủ tướng, PTTg Trần Hồng Hà (để b/c); KT. BỘ TRƯỞNG,
# CHỦ NHIỆM" (c143), "- Như Diều 3; ~__THỨ TRƯỞNG" (c151), "Nơi nhận: THỨ TRƯỞNG" (c153). The
# right column's part starts after the item's end (";") or the heading's colon, and specks (no
# letter) may stand before it, where the signature or the seal was:
# - GLUED_AUTHORITY: an authority line ("KT. BỘ TRƯỞNG", "TM. BAN THƯỜNG VỤ") to the line's end;
# - GLUED_POSITION: a position of the vocabulary in capitals ("THỨ TRƯỞNG", "PHÓ CHỦ NHIỆM") to the
#   line's end.
# Counter-examples: an item naming a position in its own words ("- Chủ tịch, các PCT UBND tỉnh;"),
# an item ending with its ";" ("- PHÓ CHỦ TỊCH UBND TỈNH;"), units after an office's colon ("- Các
# Bộ: GTVT, KHĐT, TC"): no right column there.
# Where the right part may start: after an item's end or the heading's colon, specks between (marks,
# and letters standing alone: "Nơi nhận: : š x. CHỦ TỊCH", n055; "Nơi nhận: <=>x CHỦ TỊCH", n058).
GLUED_SEPARATOR = regex.compile(r"[;:](?:[^\p{L}\p{N}]|(?<![\p{L}\p{Mn}])\p{L}(?![\p{L}\p{Mn}]))*?(?=(?-i:\p{Lu}))", regex.V1)


# The specks between an item's end (or the heading's colon) and the signer's line glued after it.
_SPECKS_AFTER_END = regex.compile(r"(?<=[;:])(?:[^\p{L}\p{N}]|(?<![\p{L}\p{Mn}])\p{L}(?![\p{L}\p{Mn}]))+$", regex.V1)


# SIGNER_AFTER_DEBRIS: on OCR'd text (a scan's, or a copy someone else OCR'd) the signer's column may
# be glued after no item's end at all, where the seal or the signature spoilt the left column's
# words: n057's copy reads "K-.46 (d0 TL. CHỦ TỊCH" (the "Nơi nhận:" heading's ruin before the
# authority) and "TK iiip nan, CHÁNH VĂN PHÒNG" (an item's ruin, then its comma, before the
# position). The right column's part may then start
# - after DEBRIS_LEAD: the line's first words, each of them no Vietnamese syllable (a letter alone,
#   digits, marks: "K-.46 (d0"), at most DEBRIS_MAX_WORDS of them, no item's bullet among them; the
#   part must then be a whole authority line, its mark included (a position after such words is an
#   authority line whose mark was misread: "KIT CHÁNH VĂN PHÒNG" over "PHÓ CHÁNH VĂN PHÒNG", n038
#   rendered at 300 dpi — taken as a position there, the two lines were joined into one position);
# - after DEBRIS_COMMA: a comma that ends words with a small letter among them (an item's words read
#   or misread: "TK iiip nan,", "- Như kính gửi,"); the part a whole authority line or a position
#   in capitals.
# A cell that is a signer's line as it stands is never split ("KT. BỘ TRƯỞNG, CHỦ NHIỆM" keeps its
# comma: nothing before it has a small letter). Typed text never gets these splits.
DEBRIS_MAX_WORDS = 3
_WORD = regex.compile(r"\S+")
DEBRIS_COMMA = regex.compile(r",[ \t]*(?=(?-i:\p{Lu}))", regex.V1)
_LETTER_RUN = regex.compile(r"[\p{L}\p{Mn}]+", regex.V1)


def _is_debris_word(word: str) -> bool:
    """A word of a seal's or a signature's debris: no letter run in it is a syllable of two letters or more.

    >>> [_is_debris_word(w) for w in ("K-.46", "(d0", "iiip", "TK", "nan", "Như", "-")]
    [True, True, True, True, False, False, False]
    """
    if word[0] in ITEM_BULLETS:
        return False
    return all(len(run) < 2 or not is_syllable(run) for run in _LETTER_RUN.findall(word))


def _debris_starts(text: str) -> list[tuple[int, bool]]:
    """Where, inside a cell's ``text``, the signer's part may start after debris (SIGNER_AFTER_DEBRIS),
    each with whether only an authority line may start there (DEBRIS_LEAD) or a position too (DEBRIS_COMMA).

    >>> text = "K-.46 (d0 TL. CHỦ TỊCH"
    >>> [(text[k:], a) for k, a in _debris_starts(text)]
    [('(d0 TL. CHỦ TỊCH', True), ('TL. CHỦ TỊCH', True)]
    >>> text = "TK iiip nan, CHÁNH VĂN PHÒNG"
    >>> [(text[k:], a) for k, a in _debris_starts(text)]
    [('iiip nan, CHÁNH VĂN PHÒNG', True), ('nan, CHÁNH VĂN PHÒNG', True), ('CHÁNH VĂN PHÒNG', False)]
    >>> _debris_starts("KT. BỘ TRƯỞNG, CHỦ NHIỆM"), _debris_starts("KT. kàu TRƯỞNG, CHỦ NHIỆM"), _debris_starts("- Như trên;")
    ([], [], [])
    """
    out: list[tuple[int, bool]] = []
    marks = {w for w in vocabulary().signature.authority if " " not in w}
    for m in _WORD.finditer(text):  # DEBRIS_LEAD: the line's first words, while each is debris
        if m.group() in marks or not _is_debris_word(m.group()) or len(out) >= DEBRIS_MAX_WORDS:
            break  # an authority's mark ("TL.") starts the signer's line: no debris
        nxt = _WORD.search(text, m.end())
        if nxt is not None:
            out.append((nxt.start(), True))
    for m in DEBRIS_COMMA.finditer(text):  # DEBRIS_COMMA: never inside an authority line ("KT. kàu TRƯỞNG, CHỦ NHIỆM")
        before = text[: m.start()].split()
        if regex.search(r"(?-i:\p{Ll})", text[: m.start()]) and not marks.intersection(before):
            out.append((m.end(), False))
    return out


def _signer_rest_at(t: Text, c: layout_mod.Line, at: int, authority_only: bool = False) -> bool:
    """Whether the cell ``c`` from ``at`` (the document's offset) on is a whole authority line or
    (unless ``authority_only``) a position in capitals (``GLUED_AUTHORITY``, ``GLUED_POSITION``)."""
    rest = t.fold[at : c.end].rstrip()
    auth = P.authority_re().match(rest)
    if auth is not None and auth.end() == len(rest):
        return True
    return not authority_only and bool(P.position_re().match(rest) and is_caps(rest))


def glued_signer_at(t: Text, c: layout_mod.Line) -> int | None:
    """Where the signer's column starts inside the cell ``c`` when a flattened line glued it after
    the "Nơi nhận" column's item or heading (``GLUED_AUTHORITY``, ``GLUED_POSITION`` above), or on
    OCR'd text after the debris the seal left of them (SIGNER_AFTER_DEBRIS), else None.

    The offset is the document's (``t.text``), at the authority's or the position's first letter.
    """
    for m in GLUED_SEPARATOR.finditer(c.text):
        if _signer_rest_at(t, c, c.start + m.end()):
            return c.start + m.end()
    if t.source.ocred and not is_signer_cell(t, c):
        for k, authority_only in _debris_starts(c.text):
            if _signer_rest_at(t, c, c.start + k, authority_only):
                return c.start + k
    return None


def glued_cells(t: Text, line: layout_mod.Line) -> list[tuple[layout_mod.Line, bool]]:
    """The cells of a closing line, each with whether it is the signer's column's part of a cell the
    line glued (``glued_signer_at``); the item's part before it is a cell of its own.

    A split cell gives two: (the item or heading, False), (the signer's line, True); no split: (cell, False).
    """
    out: list[tuple[layout_mod.Line, bool]] = []
    for c in cells_of(line):
        at = glued_signer_at(t, c)
        if at is None:
            out.append((c, False))
            continue
        head = t.text[c.start : at]
        keep = len(head) - len(head.lstrip())
        core = head.strip()
        # the item keeps its end; the specks after it (the signature's strokes) are no part of it
        core = _SPECKS_AFTER_END.sub("", core)
        after_item = any(c.start + m.end() == at for m in GLUED_SEPARATOR.finditer(c.text))
        if core and (after_item or not all(_is_debris_word(w) for w in core.split())):  # debris alone ("~-__", "K-.46 (d0") is no item
            out.append((layout_mod.Line(c.start + keep, c.start + keep + len(core), core), False))
        out.append((layout_mod.Line(at, c.end, t.text[at : c.end]), True))
    return out


def is_name_beside_list(s: str) -> bool:
    """The signer's name printed beside the "Nơi nhận" list ("Nguyễn Văn A", no bullet, no ";")."""
    return bool(P.NAME_LINE_RE.match(s)) and s[0] not in ITEM_BULLETS and not s.endswith((";", ",", "."))


# The "Nơi nhận:" heading alone on its line with its first letter misread (".Vơi nhận:",
# "Xơi nhận:"), on bare text: at most two marks and a look-alike of "N" (or none) before "ƠI NHẬN:".
NOI_NHAN_DAMAGED_RE = regex.compile(r"^[ \t]*[^\w\n]{0,2}[NVXHMWI]?[^\w\n]{0,2}OI[ \t]?NHAN[ \t]*:[ \t]*$", regex.M)


# A line a seal or a signature leaves among the "Nơi nhận" items on a scan ("/Z5ÄN", "z", "v #"):
# at most this many characters, no word of three letters, no bullet, no item's end.
SPECK_LINE_MAX_CHARS = 6


def is_speck_line(text: str) -> bool:
    """A short line of marks, not an item ("/Z5ÄN"; not "- Lưu.", "VT;").

    >>> is_speck_line("/Z5ÄN"), is_speck_line("v #"), is_speck_line("- Lưu."), is_speck_line("VT;")
    (True, True, False, False)
    """
    s = text.strip()
    return (
        0 < len(s) <= SPECK_LINE_MAX_CHARS
        and s[0] not in ITEM_BULLETS
        and not s.endswith((";", ".", ","))
        and not regex.search(r"\p{L}{3}", s)
    )


# A bullet a scan read as another mark ("ˆ Như Điều 3", c153): one mark that is no letter (a
# modifier letter such as "ˆ" is a mark), digit, bracket or quote, then a space and a capital.
MISREAD_BULLET_RE = regex.compile(r"^(?:[^\p{L}\p{N}\s()\[\]\"“”'‘’]|\p{Lm})\s+(?-i:\p{Lu})")
# The signer's column read into the list on a scan ("KT." / "THỨ" / "\\" between two items, c153):
# at most this many lines, each blank, specks, an authority or position cell, or one word in
# capitals of at most SPECK_LINE_MAX_CHARS characters, before a bulleted item that goes on.
SIGNER_FRAGMENT_MAX_LINES = 6


def _signer_fragment(t: Text, ln: layout_mod.Line) -> bool:
    """A line of the signer's column cut short on a scan: blank, specks, an authority or position
    cell, or one word in capitals of at most SPECK_LINE_MAX_CHARS characters ("KT.", "THỨ")."""
    s = ln.text.strip()
    return (
        not s or is_speck_line(s) or all(is_signer_cell(t, c) for c in cells_of(ln))
        or (len(s) <= SPECK_LINE_MAX_CHARS and s.isupper() and " " not in s and s[0] not in ITEM_BULLETS)
    )


def _list_resumes(t: Text, lns: list[layout_mod.Line], k: int) -> int | None:
    """Where a list interrupted at line ``k`` by the signer's column's fragments goes on with a
    bulleted item, or None."""
    for j in range(k, min(len(lns), k + SIGNER_FRAGMENT_MAX_LINES + 1)):
        s = lns[j].text.strip()
        if s and s[0] in ITEM_BULLETS:
            return j if j > k else None
        if not _signer_fragment(t, lns[j]):
            return None
    return None


# LIST_CLOSED_BY_LUU: NĐ 30/2020 (Phụ lục I, box 9a) closes every "Nơi nhận" list with the archive
# copy, "- Lưu: VT, …". Where a scan's heading is read as noise (n057's italic "Nơi nhận:" read
# "R-.46 (d0", its list "- Như trên; / - PCT UBND tỉnh; / … / - Lưu: VT, TTHC(Tm)."), the list is the
# run of bulleted lines in the closing that the bulleted "Lưu" item closes: read up from that item
# over the bulleted lines right above it, at least ``LUU_LIST_MIN_ITEMS`` items in all. Not a list:
# a "Lưu" item alone, bulleted lines with a blank or an unbulleted line between them and the item.
LUU_LIST_MIN_ITEMS = 2
# ARCHIVE_COPY_ITEM: the archive item names where the copy is kept, after a colon or straight on, in
# an office's abbreviation or capitalised name ("- Lưu: VT, TTHC(Tm).", "- Lưu VP, CNĐT.", "- Lưu
# Văn phòng …", "- Lưu"). A dash item whose "Lưu" is the verb "keep" with a lower-case object is a
# checklist line of the body, no archive copy: "- Lưu các báo cáo 6 tháng, cuối năm (theo mẫu)"
# under "Kiểm tra lại hồ sơ … gồm:" (probe pd01, a Phòng GD&ĐT công văn with no closing block).
_ARCHIVE_NOT_A_VERB = r"(?![ \t]+(?-i:\p{Ll}))"
_BULLETED_LUU = regex.compile(rf"^[ \t]*[{ITEM_BULLETS}][ \t]*(?:Lưu|LƯU)\b{_ARCHIVE_NOT_A_VERB}")


# Above a closing zone the layout opened at the signer's block, the "Lưu" item closing such a list
# stands at most this many lines (a signature's specks, blank lines) above the block.
LUU_ABOVE_BLOCK_LINES = 4


def _luu_list_first(lns: list[layout_mod.Line], closing: int) -> int | None:
    """The index of the first item of the bulleted run that ``lns[closing]`` (a "Lưu" item) closes."""
    first = closing
    while first > 0:
        s = lns[first - 1].text.strip()
        if not s or s[0] not in ITEM_BULLETS or len(s) > ITEM_MAX_CHARS:
            break
        first -= 1
    return first if closing - first + 1 >= LUU_LIST_MIN_ITEMS else None


def _luu_list_above(t: Text, above: int, start: int) -> int | None:
    """Where a list closed by its "Lưu" item, printed just above offset ``start``, begins, or None."""
    lns = list(lines_of(t.text, above, start))
    closing = next((k for k in range(len(lns) - 1, max(-1, len(lns) - 1 - LUU_ABOVE_BLOCK_LINES), -1) if _BULLETED_LUU.match(lns[k].text)), None)
    if closing is None:
        return None
    first = _luu_list_first(lns, closing)
    return None if first is None else lns[first].start


def _rows_closed_by_luu(t: Text, start: int, end: int) -> list[int]:
    """Where a "Nơi nhận" list whose heading was not read starts its items: read up from its "Lưu" item."""
    lns = list(lines_of(t.text, start, end))
    closing = next((k for k, ln in enumerate(lns) if _BULLETED_LUU.match(ln.text)), None)
    if closing is None:
        return []
    first = _luu_list_first(lns, closing)
    if first is None:
        return []
    return [c.start for ln in lns[first : closing + 1] for c in cells_of(ln)[:1] if is_item_cell(t, c)]


def _distribution_rows(t: Text, start: int, end: int) -> list[int]:
    """Where the "Nơi nhận" heading and its items' cells start: the list read down from the heading.

    The list ends at two blank lines, at a cell too long for an item, at an unbulleted line
    before any item, and after the "Lưu" item.
    """
    m = P.NOI_NHAN_RE.search(t.fold, start, end)
    found = [m.start()] if m else []
    if m is None:
        # a heading whose first letter a scan damaged (".Vơi nhận:") is a label on its own line:
        # the list under it is read, the heading left untagged (it is no item)
        m = NOI_NHAN_DAMAGED_RE.search(P.bare(t.fold[start:end]))
        if m is None:
            return _rows_closed_by_luu(t, start, end)
        m = NOI_NHAN_DAMAGED_RE.search(P.bare(t.fold), start + m.start(), start + m.end())
        assert m is not None  # the same line, found again in the whole text's offsets
    rows = 0
    first_line_end = t.text.find("\n", m.end())
    blank_run = 0
    lns = list(lines_of(t.text, m.end(), min(end, m.end() + 3000)))
    resume = 0
    for k, ln in enumerate(lns):
        if k < resume:
            continue
        if is_speck_line(ln.text):
            blank_run = 0  # a seal's or a signature's specks between the items, set apart by blank lines
            continue
        if rows and blank_run and ln.text.strip() and _signer_fragment(t, ln):
            resume = _list_resumes(t, lns, k) or 0  # "KT." / "THỨ" read between two items (c153)
            if resume:
                continue
        cells = [c for c in cells_of(ln) if is_item_cell(t, c)]
        if not cells:
            blank_run += 1
            if rows and blank_run > 1:
                break
            continue
        blank_run = 0
        same_line = first_line_end == -1 or ln.start < first_line_end
        for c in cells:
            s = c.text.strip()
            if len(s) > ITEM_MAX_CHARS:
                return found
            if rows and is_name_beside_list(s):
                continue  # the signer's name printed beside the list
            # BULLET_GLYPH_LOST: a PDF whose font has no dash copies "- Phó Thủ tướng …" as "Phó Thủ tướng …" (the
            # unseen sets' qb04, qf01; scripts/variants.py dash_lost): under a heading alone on its line, the first line
            # is an item whatever it ends with (a wrapped one: "Phó Thủ tướng TT Trương Hòa Bình" / "(báo cáo);", n050)
            lost_bullet = not rows and s[:1].isupper() and first_line_end != -1 and not t.text[m.end() : first_line_end].strip()
            if s[0] in ITEM_BULLETS or MISREAD_BULLET_RE.match(s) or same_line or s.endswith((";", ",", ".", ")")) or LUU_RE.match(s) or rows or lost_bullet:
                found.append(c.start)
                rows += 1
                if LUU_ITEM_RE.match(s):
                    return found
                continue
            return found
    return found


# AUTHORITY_LINES_APART: the block's two authority lines ("TL. CỤC TRƯỞNG" over "KT. TRƯỞNG BAN …")
# are one authority; where a flattened OCR'd line put the left column's item between them (n048's
# copy: "Nơi nhận: TL. CỤC TRƯỞNG" / "- Như trên; - KT. TRƯỞNG BAN BẠN CHÍNH SÁCH, THUÊ QUÓC TẾ"),
# the authority is the two lines' texts, the item ("- Như trên;") no part of it. The cell spans
# both lines (its evidence); its text is theirs, joined by a space. Two lines with nothing between
# ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") read as before, the text as printed.
# AUTHORITY_MARK_ALONE (session 34): a web copy may break the authority's line after its mark, "KT." / "TỔNG CỤC
# TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh" (the probe's qj09, a customs letter: no authority read, the position read
# as "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG"). The mark alone on its cell (NĐ 30 box 7a: "TM.", "KT.", "TL.", "TUQ.",
# "Q.") and the block's next cell, in capitals, are one authority cell. Counter-example: a mark with its body on its
# line ("KT. CHỦ TỊCH") is read as before.
# The marks are the vocabulary's (``patterns.authority_mark``).
@functools.cache
def _authority_mark_alone_re() -> regex.Pattern[str]:
    return regex.compile(P.authority_mark(), regex.V1)


@functools.cache
def authority_mark_re() -> regex.Pattern[str]:
    """An authority's mark where it opens a word (the second part of a two-level authority: "TL. CHỦ TỊCH" / "KT. …")."""
    return regex.compile(rf"(?<!\S){P.authority_mark()}", regex.V1)


def _marks_joined(t: Text, cells: list[layout_mod.Line]) -> list[layout_mod.Line]:
    """``cells`` with each authority mark alone joined to the capitals of the block's next cell (AUTHORITY_MARK_ALONE)."""
    out: list[layout_mod.Line] = []
    skip: set[int] = set()
    for i, c in enumerate(cells):
        if i in skip:
            continue
        # (no authority line after the mark: on a scan a mark alone is a stray read, "KT." / "THỨ" / "\" / "KT. BỘ
        # TRƯỞNG" on c153's, whose authority is the line below)
        if _authority_mark_alone_re().fullmatch(c.text.strip()) and not any(P.authority_re().match(t.fold[x.start : x.end].strip()) for x in cells[i + 1 :]):
            nxt = next((k for k in range(i + 1, len(cells)) if cells[k].text.strip()), None)
            if nxt is not None and _block_cell(cells[nxt].text) and cells[nxt].text.strip()[:1].isupper() and is_caps(cells[nxt].text.strip().split()[0]):
                out.append(_authority_lines(t, c, cells[nxt]))
                skip.add(nxt)
                continue
        out.append(c)
    return out


def _authority_lines(t: Text, first: layout_mod.Line, second: layout_mod.Line) -> layout_mod.Line:
    """One authority cell of two authority lines, whatever stands between them (AUTHORITY_LINES_APART)."""
    text = t.text[first.start : second.end]
    if t.text[first.end : second.start].strip():
        text = f"{first.text.strip()} {second.text.strip()}"
    return layout_mod.Line(first.start, second.end, text)


# DEPUTY_GLUED_UNDER_KT: on OCR'd text, under a "KT. …" authority whose position no cell gave, the
# deputy's title (``ocr.deputy_title``: "THỨ TRƯỞNG" under "KT. BỘ TRƯỞNG") may be glued after an
# item with its words split or misread: n039's copy, "- Như trên; =. Ứ TRUƯ ỞNG". The part after
# the item's end (``GLUED_SEPARATOR``) that fits that title (``ocrnames.fits_title`` after
# ``rejoined_title_words``) is the position's cell; the extractor reads it as the title
# (signature.py DEPUTY_UNDER_KT). An item's own words after its ";" ("- Đ/c Bộ trưởng (đê báo
# cáo); ⁄c© ẢNN") fit no title: no position.
def _glued_deputy(t: Text, auth: layout_mod.Line, cells: list[layout_mod.Line]) -> layout_mod.Line | None:
    """The deputy's title glued after an item under a "KT. …" authority (DEPUTY_GLUED_UNDER_KT), or None."""
    from .loaders.ocr import deputy_title  # the OCR loader's table of deputies' titles

    positions = list(vocabulary().signature.positions)
    deputy = deputy_title(" ".join(auth.text.split()))
    if deputy is None or deputy not in positions:
        return None
    for c in cells:
        for m in GLUED_SEPARATOR.finditer(c.text):
            rest = c.text[m.end() :].strip()
            if rest and fits_title(rejoined_title_words(rest, positions), deputy, positions):
                at = c.start + m.end()
                return layout_mod.Line(at, at + len(rest), rest)
    return None


def _signer_part(t: Text, c: layout_mod.Line) -> layout_mod.Line:
    """The signer's part of a cell a flattened OCR'd line glued after an item or its debris (``glued_signer_at``), else the cell."""
    at = glued_signer_at(t, c)
    return c if at is None else layout_mod.Line(at, c.end, t.text[at : c.end])


def _block_cell(text: str) -> bool:
    """Whether a closing's cell may be the signature block's: it holds text and is no "Nơi nhận" item or label."""
    s = text.strip()
    return bool(s) and s[0] not in ITEM_BULLETS and not P.NOI_NHAN_RE.match(s)


def signer_cells(t: Text, cells: list[layout_mod.Line]) -> dict[Role, layout_mod.Line | None]:
    """The authority, position and name cells among the closing's ``cells`` (in reading order).

    The authority is the first "KT. …"/"TM. …" cell; the position the next capitalised cell that
    is not part of "Nơi nhận", or without an authority the first position word ("CHỦ TỊCH"); the
    name the first name after them (``name_after``).
    """
    auth = pos = None
    if t.source.ocred:  # the signer's line glued after the left column's item or its debris (SIGNER_AFTER_DEBRIS)
        cells = [_signer_part(t, c) for c in cells]
    cells = _marks_joined(t, cells)
    for i, c in enumerate(cells):
        f = t.fold[c.start : c.end].strip()
        if P.authority_re().match(f) and len(f) < 80:
            auth = c
            # a second authority under the first signs for it ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ
            # TỊCH", "TL. CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG"): one authority, both lines.
            # SECOND_AUTHORITY_PAST_ITEMS: a closing copied with its two columns side by side ("Nơi nhận:<TAB>TL.
            # CHỦ TỊCH" / "- Như thành phần;<TAB>KT. CHÁNH VĂN PHÒNG", scripts/variants.py closing_side_by_side,
            # n035) puts an item's cell between the two; the items are no cells of the block. Before, the second
            # authority was read as the position ("KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG").
            nxt_at = next((k for k in range(i + 1, len(cells)) if _block_cell(cells[k].text)), None)
            if nxt_at is not None and P.authority_re().match(t.fold[cells[nxt_at].start : cells[nxt_at].end].strip()):
                auth = _authority_lines(t, c, cells[nxt_at])
                i = nxt_at
            # the position is the next capitalised cell that is not part of "Nơi nhận"
            # POSITION_PAST_BLANKS: on a typed copy the window counts cells with text; a web copy's blank lines between
            # the authority and the position ("KT. CHỦ TỊCH" / "" × 7 / "PHÓ CHỦ TỊCH", the unseen set's qa07, its "Nơi
            # nhận" items between) are no cells of the block. Counter-example: an OCR'd copy, whose far lines are a
            # seal's or a stamp's reads (n061's "\\ CHỦ TỊCH": the deputy's "PHÓ" lost; the repairs read it)
            typed = not (t.source.ocred or t.source.ocr_like)
            window = [x for x in cells[i + 1 :] if x.text.strip()] if typed else cells[i + 1 :]
            for nxt in window[:POSITION_WINDOW_CELLS]:
                s = nxt.text.strip()
                if _block_cell(s) and is_caps(s):
                    pos = _without_specks(t, nxt)
                    break
            if pos is None and t.source.ocred:
                pos = _glued_deputy(t, auth, cells[i + 1 : i + 1 + POSITION_WINDOW_CELLS])
            break
    if auth is None:
        pos = next((w for c in cells if P.position_re().match(t.fold[(w := _without_specks(t, c)).start : w.end].strip())), None)
    if auth is None and pos is None:
        pair = next((pn for c in cells if (pn := position_then_name(t, c)) is not None), None)
        if pair is not None:  # POSITION_THEN_NAME
            return {"authority": None, "position": pair[0], "signer": pair[1]}
    anchor = pos or auth
    name = name_after(t, [c for c in cells if c.start >= anchor.end]) if anchor is not None else None
    return {"authority": auth, "position": pos, "signer": name}


# POSITION_THEN_NAME (session 31): a head who signs in his own name (no "KT."/"TM.": NĐ 30 box 7a's bare position)
# prints the position and the name as two lines of one column; a web copy that flattens the closing's table runs them
# into one cell after the "Nơi nhận" items: "… - Lưu: VT, KGVX (2.b). | THỦ TƯỚNG Nguyễn Xuân Phúc", "… | CHỦ TỊCH
# Nguyễn Ngọc Hai" (two unseen pages of one legal-text site). The cell is the position in capitals, perhaps a
# signature note, then a name in title case and nothing after it. Counter-examples: "- Chủ tịch UBND tỉnh Nguyễn Văn
# A;" (an item: its case and its ";"), "CHỦ TỊCH NGUYỄN VĂN A" (a name in capitals cannot be told from the position's
# last words: left to the other rules). NAME_BEFORE_GLUED_CAPS (session 32): the copy may run the next part's capitals
# on after the name, "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……" (an attached form's first
# line, an unseen customs letter): the name ends before two words in capitals.
_POSITION_THEN_NAME = regex.compile(
    r"^[ \t]*(?P<pos>(?-i:\p{Lu})(?-i:[\p{Lu}\p{Mn}])*(?:[ \t]+(?-i:[\p{Lu}\p{Mn}&,-])+)*?)[ \t]+"
    r"(?:[(\[]?(?:đã ký|Đã ký|ĐÃ KÝ)[)\]]?[ \t]+)?"
    r"(?P<name>(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+[ \t]+){1,4}(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+)(?:[ \t]+(?=(?-i:\p{Lu})(?-i:[\p{Lu}\p{Mn}])+[ \t]+(?-i:\p{Lu})(?-i:[\p{Lu}\p{Mn}])+[ \t]).*)?[ \t]*$",
    regex.V1,
)


def position_then_name(t: Text, c: layout_mod.Line) -> tuple[layout_mod.Line, layout_mod.Line] | None:
    """The position and the name one cell prints side by side (POSITION_THEN_NAME), else None.

    >>> from directive_parser.normalize import normalize_text
    >>> t = normalize_text("THỦ TƯỚNG Nguyễn Xuân Phúc")
    >>> pair = position_then_name(t, layout_mod.Line(0, len(t.text), t.text))
    >>> pair[0].text, pair[1].text
    ('THỦ TƯỚNG', 'Nguyễn Xuân Phúc')
    >>> position_then_name(t, layout_mod.Line(0, 9, "THỦ TƯỚNG")) is None
    True
    """
    m = _POSITION_THEN_NAME.match(c.text)
    if m is None or not P.position_re().match(t.fold[c.start + m.start("pos") : c.start + m.end("pos")]):
        return None
    pos = layout_mod.Line(c.start + m.start("pos"), c.start + m.end("pos"), m["pos"])
    return pos, layout_mod.Line(c.start + m.start("name"), c.start + m.end("name"), m["name"])


# Specks a seal or a signature leaves before the position's word on a scan ("~z== PHÓ CHỦ NHIỆM"):
# at most this many characters, none of them a word of two letters.
SPECKS_MAX_CHARS = 6
SPECKS_RE = regex.compile(r"(?:(?:[^\p{L}\s]|(?<!\p{L})\p{L}(?!\p{L}))+[ \t]+){1,2}", regex.V1)


def _without_specks(t: Text, c: layout_mod.Line) -> layout_mod.Line:
    """The position cell from its position word on, when specks stand before it ("~z== PHÓ CHỦ NHIỆM")."""
    lead = len(c.text) - len(c.text.lstrip())
    m = SPECKS_RE.match(c.text, lead)
    if (
        m is None
        or m.end() - lead > SPECKS_MAX_CHARS
        or m.group().strip() in ITEM_BULLETS  # "- CHỦ TỊCH …" is a list's item
        or not P.position_re().match(t.fold[c.start + m.end() : c.end])
    ):
        return c
    return layout_mod.Line(c.start + m.end(), c.end, c.text[m.end() :])


def name_after(t: Text, cells: list[layout_mod.Line]) -> layout_mod.Line | None:
    """The signer's name: the first name among ``cells`` (signature notes and list items skipped)."""
    seen = 0
    for c in cells:
        s = c.text.strip()
        if not s:
            continue
        seen += 1
        if seen > NAME_WINDOW_LINES:
            return None
        if SIGNED_NOTE.match(s) or s.startswith(("(", "[")):
            continue
        if s[0] in ITEM_BULLETS or s.endswith((";", ",")) or P.NOI_NHAN_RE.match(s) or LUU_RE.match(s):
            seen -= 1  # the "Nơi nhận" list printed between the position and the name
            continue
        if is_name(t, c):
            return c
    return None


def is_name(t: Text, c: layout_mod.Line) -> bool:
    """A cell that prints a person's name ("Vũ Thị Thúy Nga", "NGUYỄN VĂN A")."""
    s = c.text.strip()
    if P.NAME_LINE_RE.match(s) and len(s.split()) <= 6 and not s.startswith(("Nơi", "Như")):
        return True
    return bool(P.NAME_CAPS_RE.match(s) and 2 <= len(s.split()) <= 5 and not P.position_re().match(t.fold[c.start : c.end]))


def closing_roles(t: Text, layout: Layout) -> dict[Role, list[int]]:
    """The rules' closing: where the distribution list's and the signer's cells start.

    Args:
        t: the normalised text.
        layout: its zones.

    Returns:
        For "distribution", "authority", "position" and "signer", the offsets of their cells.
    """
    start, end = closing_range(t, layout)
    signer = signer_cells(t, closing_cells(t, start, end))
    # an authority may run over two lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"): each is tagged
    found: dict[Role, list[int]] = {
        role: [ln.start for ln in lines_of(t.text, c.start, c.end) if ln.text.strip()] or [c.start]
        for role, c in signer.items()
        if c is not None
    }
    found["distribution"] = _distribution_rows(t, start, end)
    return found


def roles_of(st: Structure) -> list[str]:
    """The roles the pipeline's labeller gave ``st``'s lines, or the rules' when it gave none.

    Args:
        st: the structure.

    Returns:
        One role per line.
    """
    if st.roles is not None and len(st.roles) == len(st.lines):
        return st.roles
    return list(label_lines(st))


# ============================================================================================
# The addressees: "Kính gửi:" and the list under it (NĐ 30 box 9a)
# ============================================================================================
# Specks an OCR reads before a bullet: stray quotes, a backtick, a caret.
NOISE_BEFORE_BULLET = "“”\"'‘’`^ "
RECIPIENT_BULLETS = ("-", "–", "+", "•")
# A bulleted recipient line is at most this long; a wrapped or unbulleted one at most the second.
RECIPIENT_ITEM_MAX_CHARS = 200
RECIPIENT_WRAP_MAX_CHARS = 120


@functools.lru_cache(maxsize=1)
def addressee_opener_re() -> regex.Pattern[str]:
    """A line opening with an organisation's head word or an office ("Sở …", "Chủ tịch …", "Các …")."""
    words = RoleWords.load().addressee_openers.words + vocabulary().organisations.heads
    return regex.compile(rf"^[ \t]*(?i:{alternation(words)})(?!\p{{L}})", regex.V1)


# MEMBERS_ON_NEXT_LINES (session 31): an addressee that names a plural head and a colon lists the members on the lines
# under it, indented under the label: "Kính gửi: Công đoàn giáo dục các tỉnh:" / "Lào Cai, Lai Châu, Yên Bái, …," /
# "Cà Mau, Sơn La, … và Quảng Bình" (an unseen letter: the members were lost, the addressee read as "… các tỉnh:"). The
# members are the item's; the lines after a "," go on as before (an addressee wrapped over lines). Counter-example:
# a colon after no plural head ("Kính gửi:" alone, FIRST_ADDRESSEE_ON_ITS_LINE) opens no members.
MEMBERS_LABEL_END_RE = regex.compile(r"(?<!\p{L})các\s[^:;]{1,40}:$", regex.V1 | regex.I)


# NAMES_LINE_BY_LINE's guards: a name the wrap cut after a word that needs what follows ("… cơ quan thuộc" / "Chính phủ",
# c148 without its bullets) goes on; a line holding a clause's words ("Bộ Nội vụ nhận được Công văn số …", n023 with its
# addressee under the label) is the body's.
_NAME_GOES_ON_RE = regex.compile(rf"(?<!\p{{L}})(?:{DANGLING_WORD}|thuộc|tại|về|trực|ngang)\s*$", regex.V1 | regex.I)
_CLAUSE_IN_LINE_RE = regex.compile(r"(?<!\p{L})(?:nhận\s+được|đề\s+nghị|yêu\s+cầu|về\s+việc|số\s+\d|ngày\s+\d)", regex.V1 | regex.I)


def recipient_line_kind(t: Text, s: str, items: list[tuple[int, int]], ln: layout_mod.Line, after_blank: bool = False) -> str | None:
    """How a line under "Kính gửi" continues the list: "item", "wrap" (the item above goes on), or None (the list ended).

    Args:
        t: the normalised text.
        s: the line, stripped, its OCR specks before the bullet removed.
        items: the items so far as (start, end) spans.
        ln: the line.
        after_blank: a blank line stands between the list so far and this line.
    """
    bulleted = any(t.text[a:b].lstrip()[:1] in RECIPIENT_BULLETS for a, b in items)
    prev_text = t.text[items[-1][0] : items[-1][1]].rstrip() if items else ""
    if items and not bulleted and prev_text.endswith("."):
        # LIST_CLOSED_BY_FULL_STOP: the last addressee ends with "." (NĐ 30 box 9a), so after an
        # unbulleted one that does, the list is over: "Kính gửi: Các sở, ban, ngành." then the body's
        # "- Sở Tài chính bố trí kinh phí …" is a duty, no addressee
        return None
    if s[0] in "-–+•" and len(s) < RECIPIENT_ITEM_MAX_CHARS:
        return "item"
    if not items and len(s) < RECIPIENT_ITEM_MAX_CHARS and addressee_opener_re().match(s):
        # FIRST_ADDRESSEE_ON_ITS_LINE: "Kính gửi:" alone, the one addressee unbulleted on the line under it (a web copy
        # breaks NĐ 30's one line there): "Kính gửi:" / "" / "Ủy ban nhân dân các tỉnh, thành phố: Hồ Chí Minh, Hải
        # Phòng, …." (the unseen set's qa04: no recipient read). Its closing "." ends the list (LIST_CLOSED_BY_FULL_STOP).
        # Counter-example: a line that names no body ("Thực hiện Kế hoạch số …") ends the list before it starts.
        return "item"
    if items and s[0].islower() and len(s) < RECIPIENT_WRAP_MAX_CHARS:
        return "wrap"  # a narrow column wrapped the item
    if items and not bulleted and not after_blank and MEMBERS_LABEL_END_RE.search(prev_text) and len(s) < RECIPIENT_WRAP_MAX_CHARS:
        return "wrap"  # MEMBERS_ON_NEXT_LINES
    # an unbulleted continuation of a recipient list ends with ";" or "."
    raw = ln.text.strip()
    if bulleted and raw[:1] in NOISE_BEFORE_BULLET and raw[1:2] == " " and s[0].isupper() and len(s) < RECIPIENT_ITEM_MAX_CHARS:
        return "item"  # a mark where the bullet stands, apart from the words, is the bullet misread ("” Ủy ban MTTQ …", 002)
    if (
        bulleted
        and not prev_text.endswith((";", "."))
        and s.rstrip(" ,").endswith((";", ",", "."))
        and len(s) < RECIPIENT_WRAP_MAX_CHARS
        and not is_caps(s)
    ):
        return "wrap"  # a bulleted item wrapped onto a line of its own
    if (
        items
        and not bulleted  # after bulleted items, an unbulleted line ends the list
        and len(s) < RECIPIENT_WRAP_MAX_CHARS
        and not s.endswith(":")
        and not is_caps(s)  # not the motto of a column printed after the list
        and not P.place_date_search(t.fold, ln.start, ln.end)
    ):
        opens = bool(addressee_opener_re().match(s))
        if prev_text.endswith((",", ";")) and opens:
            # NEXT_ADDRESSEE_AFTER_SEMICOLON: NĐ 30 closes each addressee but the last with ";" (box 9a); a copy that
            # lost the bullets keeps it: "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc;" / "" / "Ban
            # Biên tập các cơ quan báo chí thuộc Trung ương Đoàn." (the unseen set's qe01: the second one lost)
            return "item"
        multi_line = "\n" in t.text[items[-1][0] : items[-1][1]]
        first_line = t.text[t.text.rfind("\n", 0, items[0][0]) + 1 : items[0][0]]
        under_label = not first_line.strip(" \t-–+•")  # the list opened on the line under "Kính gửi:"
        if (
            opens
            and under_label
            and not after_blank
            and not multi_line
            and not prev_text.endswith(",")
            and not _NAME_GOES_ON_RE.search(prev_text)
            and not _CLAUSE_IN_LINE_RE.search(s)
            and addressee_opener_re().match(prev_text.lstrip(NOISE_BEFORE_BULLET))
        ):
            # NAMES_LINE_BY_LINE (session 38): a copy that lost the bullets and the ";" prints each addressee on its own
            # line, each opening with a body's head: "Kính gửi:" / "Ban Thường vụ các tỉnh, thành Đoàn" / "Thường trực ĐCT
            # Hội Doanh nhân trẻ Việt Nam" / "Ban Thư ký Hội Sinh viên Việt Nam" (an unseen Đoàn letter: the last two
            # lost). Only for a list opened under its label. Counter-examples: a name wrapped after a "," ("Ủy ban nhân
            # dân các huyện," / "thị xã"), an item already over two lines, and the body's first line under an addressee
            # printed on the label's line ("Kính gửi: Sở Nội vụ tỉnh Lâm Đồng" / "Bộ Nội vụ nhận được Công văn …", n023).
            return "item"
        # one addressee wrapped over lines: after a "," the line names no new addressee; or the
        # item already runs over lines and its last one stopped inside a name ("… Huế, Quảng")
        if not opens and (prev_text.endswith(",") or (multi_line and not prev_text.endswith((";", ".", ":")))):
            # WRAP_STOPS_AT_BLANK_LINE: an unbulleted addressee wrapped over lines is one paragraph (NĐ 30 box 9a);
            # a blank line under it sets the body apart: "Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam"
            # / "tỉnh" / "" / "Theo đề nghị của …" (n016 at 60 columns), "… Đoàn và Đoàn trực" / "thuộc" / "" /
            # "Căn cứ Kế hoạch …" (c109). Bulleted items and a new addressee after "," are read past blank lines as before
            # (web copies set their bullets apart).
            return None if after_blank else "wrap"
    return None


# A speck cell a scan reads before the addressees' label, a tab apart ("kế\tTHỦ TƯỚNG CHÍNH PHỦ
# điện:", c157): at most this many characters.
LABEL_SPECK_MAX_CHARS = 3


def addressee_label(t: Text, start: int, end: int) -> tuple[int, int] | None:
    """The span of the addressees' label ("Kính gửi:", "THỦ TƯỚNG CHÍNH PHỦ điện:") opening the line
    ``t.text[start:end]``, or its second cell after a speck cell; None without one."""
    m = P.KINH_GUI_RE.match(t.fold[start:end])
    if m is not None:
        return start + m.start(), start + m.end()
    cells = cells_of(layout_mod.Line(start, end, t.text[start:end]))
    if len(cells) >= 2 and len(cells[0].text.strip()) <= LABEL_SPECK_MAX_CHARS:
        m = P.KINH_GUI_RE.match(t.fold[cells[1].start : end])
        if m is not None:
            return cells[1].start + m.start(), cells[1].start + m.end()
    return None


def _first_addressee_label(t: Text, end: int) -> tuple[int, int] | None:
    """The first addressees' label before offset ``end``."""
    if not P.KINH_GUI_WORD_RE.search(t.fold, 0, end):
        return None  # ADDRESS_WORD_FIRST: no "Kính gửi" nor "điện:" before ``end``, no label
    m = P.KINH_GUI_RE.search(t.fold, 0, end)
    if m is not None:
        return m.start(), m.end()
    for ln in lines_of(t.text, 0, end):
        if "\t" in ln.text and (label := addressee_label(t, ln.start, ln.end)) is not None:
            return label
    return None


def recipient_lines(t: Text, layout: Layout) -> list[int]:
    """The rules' addressees: where the "Kính gửi" line and each line of the list under it start.

    Args:
        t: the normalised text.
        layout: its zones.

    Returns:
        Offsets of the lines (the first is the "Kính gửi" label's), or none without a label.
    """
    label = _first_addressee_label(t, min(len(t.fold), layout.closing_start))
    if label is None:
        return []
    found = [label[0]]
    items: list[tuple[int, int]] = []
    nl = t.text.find("\n", label[1])
    line_end = len(t.text) if nl == -1 else nl
    first = lines_of(t.text, label[1], line_end)
    if first and first[0].text.strip():
        # items side by side on the "Kính gửi" line (a flattened table) are separate
        items.extend((c.start, c.end) for c in cells_of(first[0]))
        pos = first[0].end + 1
    else:
        pos = nl + 1
    blank = False  # a blank line since the last line read (WRAP_STOPS_AT_BLANK_LINE)
    for ln in lines_of(t.text, pos, min(len(t.text), pos + 2000)):
        s = ln.text.strip()
        if not s:
            blank = True
            continue  # web copies put blank lines between the bullets
        s = s.lstrip(NOISE_BEFORE_BULLET)  # an OCR speck before the bullet ("“ -Bộ trưởng …")
        kind = recipient_line_kind(t, s, items, ln, blank) if s else None
        blank = False
        if kind is None:
            break
        if kind == "wrap":
            items[-1] = (items[-1][0], ln.end)
        else:
            items.append((ln.start, ln.end))
        found.append(ln.start)
    return found


# ============================================================================================
# The header's cells and the lines of the number and of the place and date (NĐ 30 boxes 3, 4)
# ============================================================================================
# The header's boxes arrive in many shapes: two columns kept apart, flattened onto shared lines,
# one cell per line, joined by "|". The header is read as cells; the number's and the date's
# cells give their lines the roles "number" and "place_date".

# How many lines past the header's end the motto and place/date may still appear (PDFs put
# the right column after the left one, which may already hold "Kính gửi").
HEADER_WINDOW_LINES = 40
# A header line this long is a flattened header (when it holds the number or the date) or a
# body paragraph (past the header's end).
FLAT_LINE_MIN_CHARS = 110
# Only the first lines of a text can be a flattened header.
FLAT_HEADER_LINES = 3

# Where a header flattened onto one long line is cut into cells: before "Số:", "V/v",
# "Kính gửi", and around the mottos (the place/date is found after them).
#   "UBND TỈNH X CỘNG HÒA XÃ HỘI … Số : 2917 /SGDĐT-VP Phan Rang, ngày 05 tháng11 năm 2010 V/v …"
FLAT_CUT = regex.compile(
    r"""(?=\bSO\s?:)|(?=\bV/V\b)|(?=\bKINH\s+GUI\b)|(?=\bCONG\s+HOA\s+XA)|(?=\bDOC\s+LAP\b)
      |(?=\bDANG\s+CONG\s+SAN\b)|(?=\bDOAN\s+(?:TNCS|THANH\s+NIEN)\b)|(?<=HANH\s+PHUC)
      |(?<=CHU\s+NGHIA\s+VIET\s+NAM)|(?<=DANG\s+CONG\s+SAN\s+VIET\s+NAM)|(?<=DOAN\s+TNCS\s+HO\s+CHI\s+MINH)""",
    regex.X,
)


def _split_flat(line: layout_mod.Line) -> list[layout_mod.Line]:
    """Cut a long flattened header line into cells at the header's markers."""
    b = P.bare(line.text)
    cuts = sorted({0, len(b), *(m.start() for m in FLAT_CUT.finditer(b) if m.start() > 0)})
    out = []
    for a, z in itertools.pairwise(cuts):
        out.extend(cells_of(layout_mod.Line(line.start + a, line.start + z, line.text[a:z])))
    return out


def header_cells(t: Text, layout: Layout) -> list[layout_mod.Line]:
    """The header's cells: lines up to the first body paragraph, split into cells.

    Args:
        t: the normalised text.
        layout: its zones.

    Returns:
        The cells in reading order.
    """
    out: list[layout_mod.Line] = []
    count = 0
    for line in lines_of(t.text):
        s = line.text.strip()
        if not s:
            continue
        count += 1
        if count > HEADER_WINDOW_LINES:
            break
        long_line = len(s) >= FLAT_LINE_MIN_CHARS
        if long_line and count <= FLAT_HEADER_LINES and (
            P.NUMBER_LINE_RE.search(t.fold, line.start, line.end) or P.place_date_search(t.fold, line.start, line.end)
        ):
            out.extend(_split_flat(line))
            continue
        if line.start >= layout.header_end and (long_line or P.CAN_CU_RE.match(t.fold, line.start)):
            break
        out.extend(cell for c in cells_of(line) for cell in _subject_beside_place_date(t, c))
    return out


# SUBJECT_BESIDE_PLACE_DATE (session 37): NĐ 30's box 5a (the "V/v" subject, left) and box 4 (the place and date,
# right) flattened onto one line with one space between, as an OCR copy prints them: "V/v thẩm định hồ sơ đề nghị xây
# dựng Hà Nội, ngày 22 thang 5 năm 2024" (an unseen ministry letter's OCR text; before, the date was unread and the
# subject held it). The cell is cut where the place starts: the capitalised words (at most ``PLACE_BESIDE_MAX_WORDS``)
# before ", ngày". Counter-example: a "V/v" cell without a place and date stays whole, and so does a "V/v" cell whose
# words before ", ngày" are not capitalised (no place).
PLACE_BESIDE_MAX_WORDS = 4
_PLACE_BESIDE_RE = regex.compile(
    rf"(?<=\S[ \t]+)(?P<place>(?:(?-i:\p{{Lu}})(?-i:\p{{Ll}})*[ \t]+){{0,{PLACE_BESIDE_MAX_WORDS - 1}}}(?-i:\p{{Lu}})(?-i:\p{{Ll}})*)[ \t]*,[ \t]*ng[àa]y(?!\p{{L}})", regex.V1
)


def _place_beside(text: str, pos: int, end: int) -> int | None:
    """Where the place starts whose place and date close ``text[pos:end]`` after other words
    (SUBJECT_BESIDE_PLACE_DATE), else None."""
    m = _PLACE_BESIDE_RE.search(text, pos, end)
    date = P.PLACE_DATE_RE.match(text, m.start("place"), end) if m is not None else None
    if m is None or date is None or text[date.end() : end].strip():
        return None  # the place and date must close the line
    return m.start("place")


def without_place_date_beside(line: str) -> str:
    """A subject's ``line`` without the place and date printed beside it (SUBJECT_BESIDE_PLACE_DATE).

    >>> without_place_date_beside("thẩm định hồ sơ đề nghị xây dựng Hà Nội, ngày 22 thang 5 năm 2024")
    'thẩm định hồ sơ đề nghị xây dựng'
    >>> without_place_date_beside("tổ chức Hội nghị tại Hà Nội")
    'tổ chức Hội nghị tại Hà Nội'
    """
    at = _place_beside(line, 0, len(line))
    return line if at is None else line[:at].rstrip()


def _subject_beside_place_date(t: Text, c: layout_mod.Line) -> list[layout_mod.Line]:
    """Cell ``c`` cut before the place and date it holds after a "V/v" subject (SUBJECT_BESIDE_PLACE_DATE), else ``[c]``."""
    vv = P.SUBJECT_VV_RE.match(t.fold, c.start, c.end)
    at = _place_beside(t.fold, vv.end(), c.end) if vv is not None and vv.end() < c.end else None
    if at is None:
        return [c]
    cut = at - c.start
    left = c.text[:cut].rstrip()
    return [layout_mod.Line(c.start, c.start + len(left), left), layout_mod.Line(at, c.end, c.text[cut:])]


def line_end(t: Text, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = t.text.find("\n", pos)
    return len(t.text) if end == -1 else end


# A number box (NĐ 30 box 3) whose label or symbol a scan damaged: its label read and its symbol
# not ("Số: 2 5 JJBCA-C04"), or its label lost and a symbol's tail kept ("ST /CT-UBND", "-36/CĐ-TTg",
# "Số ỞÌ` /LĐLĐ-CTCĐ"). No body's name prints either, so the issuer block ends at it.
#   the label "Số:" (not "SỞ", a department's head word: the colon is required)
NUMBER_LABEL_RE = regex.compile(r"^\W{0,3}[Ss][ốóồôoỐÓỒÔO]\s*[:：]", regex.V1)
# NUMBER_LABEL_PARTY_SYMBOL (i29-cols): HD 36's number line prints "Số" without a colon before the number and a symbol
# whose capitals are joined by a dash ("Số 1092-CV/BDVTU", 000; "Số 52 - CV/HNDT", n043), its "/" lost on a copy of a scan
# ("Số ÿÌ` LĐLĐ-CTCĐ", n044). "Số" in lower case after its capital: never an issuer's line in capitals ("SỞ Y TẾ").
NUMBER_LABEL_PARTY_RE = regex.compile(r"^\W{0,3}S[ốóồô][ \t]+[^\n]*?(?-i:[\p{Lu}\d])[ \t]?-[ \t]?(?-i:\p{Lu})", regex.V1)
#   a state symbol's tail "/CT-UBND", or a Party symbol's "-CV/HU", ending the cell
SYMBOL_TAIL_RE = regex.compile(
    r"(?:^|\s)[\W\d]*(?:/\s?(?-i:\p{Lu})[\p{L}\d&]*(?:-(?-i:\p{Lu})[\p{L}\d&]*)+|-(?-i:\p{Lu})[\p{L}\d&]*/(?-i:\p{Lu})[\p{L}\d&-]*)\s*$", regex.V1
)


def is_number_box(text: str) -> bool:
    """A header cell that is the number box though "Số: …" could not be read as a number.

    >>> is_number_box("Số: 2 5 JJBCA-C04"), is_number_box("-36/CĐ-TTg"), is_number_box("SỞ Y TẾ")
    (True, True, False)
    """
    s = text.strip()
    return bool(NUMBER_LABEL_RE.match(s) or SYMBOL_TAIL_RE.search(s) or NUMBER_LABEL_PARTY_RE.match(s))


_NUMBER_LABEL_ALONE_RE = regex.compile(r"[ \t|]*Số\s*:[ \t|]*", regex.V1)


def number_match(t: Text, c: layout_mod.Line) -> regex.Match[str] | None:
    """"Số: 12-KH/TU" opening cell ``c`` (a "số 12-KH/TU" inside a sentence is a citation, not ours)."""
    end = line_end(t, c.start)
    if _NUMBER_LABEL_ALONE_RE.fullmatch(t.fold, c.start, end):
        # NUMBER_ON_NEXT_LINE (session 31): a web copy's table cell wraps after the label, "Số:" / "1666/QĐ-BHXH" (an
        # unseen decision: no number read); the symbol on the next line is the number's. Counter-example: a label
        # whose number is left blank ("Số:      /QĐ-UBND") is read on its own line as before.
        end = line_end(t, end + 1) if end < len(t.fold) else end
    m = P.NUMBER_LINE_RE.match(t.fold, c.start, end)
    if m is None or (m.group("symbol") and P.SYMBOL_RE.match(t.fold, m.start("symbol"), end) is None):
        return None
    return m


# A place and date (NĐ 30 box 4) whose day a handwritten mark or the copy damaged, "ngày" with it:
# "Hà Nội, ngày (Ÿ tháng/2năm 2025", "Quảng Ngãi, ngàW‡† tháng 5 năm 2021", "Quảng Ngãi,
# ngày/1}' tháng 9 năm 2024", "Hà Nội ngày 0Ÿ tháng # năm 2026". The place is still read; the
# day and month are left unread (empty groups), the year kept when whole.
PLACE_DATE_DAMAGED_RE = regex.compile(
    r"""
    (?P<place>(?-i:[\p{Lu}])[\p{L}.'’\- ]{1,60}?)\s*,?\s*
    ngà\S{0,6}(?P<day>)[^\n]{0,12}?                  # "ngày" and the damaged day
    tháng(?P<month>)[^\n]{0,8}?                       # "tháng" and the month, not read
    năm\s*(?P<year>\d{4}(?!\d))?
    """,
    regex.X | regex.V1,
)


def place_date_match(t: Text, c: layout_mod.Line, used: list[tuple[int, int]]) -> regex.Match[str] | None:
    """"Hải Phòng, ngày 07 tháng 7 năm 2023" in cell ``c``, after what ``used`` spans (the number) on it."""
    # in "Số: 73/UBND-TH Hậu Giang, ngày …" the place starts after the number
    begin = max([c.start] + [e for _, e in used if c.start <= e <= c.end])
    while begin < c.end and t.fold[begin] in " \t|.,;:":  # (a speck between: "Số 171-KL/TW . Hà Nội, ngày …")
        begin += 1
    # the year may wrap onto the next line of a narrow right column ("… năm\n2022")
    end = line_end(t, line_end(t, c.start) + 1)
    m = _place_date_at(t, begin, end)
    if m is None and NUMBER_LABEL_RE.match(t.fold[c.start : c.end]):
        # the number box glued before it, its symbol misread or unread: after the symbol's shape
        starts = [begin] + [sym.end() for sym in _SYMBOL_SHAPE.finditer(t.fold, begin, c.end)]
        for at in starts:
            while at < c.end and t.fold[at] in " \t|.,;:":
                at += 1
            m = _place_date_at(t, at, end)
            if m is not None:
                break
    return m


# PLACE_AFTER_SYMBOL: the number box and the place and date share a line (NĐ 30 boxes 3 and 4 side by
# side, flattened) and the symbol was not read, its handwritten number garbled: the place starts
# after the symbol's shape, a word with "/" and a capital or a code of capitals and "-" ("Số: 2Š”
# /CĐ-TTg Hà Nội, ngày 04tháng 12 năm 2024", c157; "Số: Ä Ý 1 }BCA-C04 Hà Nội, ngày …", n039; "Số:
# 172/TB-VPCP. Hà Nội, ngày …", c140, a stop between). Counter-example: a place-date the number's
# cell does not hold ("Số: 12/UBND-KT" alone on its line): nothing after the symbol; a body's "theo
# Thông báo số 261/TB- VPCP ngày 23 tháng …" (c140): no number box's "Số:" opens the line.
_SYMBOL_SHAPE = regex.compile(r"[^\s,]*(?:/[^\s,]*(?-i:\p{Lu})|(?-i:\p{Lu})[^\s,]*-[^\s,]*(?-i:\p{Lu}))[^\s,]*(?=[\s.,;:|])", regex.V1)


def _place_date_at(t: Text, begin: int, end: int) -> regex.Match[str] | None:
    """A place and date (whole, else damaged) starting at ``begin``."""
    m = P.PLACE_DATE_RE.match(t.fold, begin, end)
    if m is None:
        m = P.PLACE_DATE_FIGURES_RE.match(t.fold, begin, line_end(t, begin))
    if m is None:
        m = PLACE_DATE_DAMAGED_RE.match(t.fold, begin, line_end(t, begin))
        # "Sáng ngày 12 tháng 3 năm 2025, tại …" opens a sentence of the body: "Sáng" is no place
        if m is not None and m.group("place").strip() in RoleWords.load().subject_ends.day_parts:
            return None
    return m


def date_words_match(t: Text, c: layout_mod.Line) -> regex.Match[str] | None:
    """A date without its place ("ngày 07 tháng 7 năm 2023") opening cell ``c``."""
    return P.DATE_WORDS_RE.match(t.fold, c.start, c.end)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


# The spacing a motto is compared across: spaces, hyphens and dashes as one space.
_MOTTO_SPACING_RE = regex.compile(r"[\s\-–—]+")


@functools.lru_cache(maxsize=1)
def _motto_keys() -> tuple[tuple[SystemMotto, str], ...]:
    """VOCABULARY_WORDS_ONCE: each system of data/header.toml with its motto as ``mottos`` compares it (spacing as
    one space), in the data's order, made once for the process rather than for each cell of each header (28,644
    substitutions over the 117 corpus texts)."""
    return tuple((m, _MOTTO_SPACING_RE.sub(" ", m.motto)) for m in vocabulary().systems)


# CASED_NAME_IS_NO_MOTTO (session 41): a motto is printed in capitals ("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM",
# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; NĐ 30 and HD 36); the same words in a name's case are the name in running text:
# "“V/v lưu hành Điều lệ" / "Đoàn TNCS Hồ Chí Minh khóa XII”" (f39b's rc04), "… Hội nghị cán bộ chủ chốt" / "của Đoàn
# TNCS Hồ Chí Minh”" (f38's qu04), "… tại Đại hội Đoàn TNCS Hồ Chí Minh …" (f42's ri03): the subject was cut there,
# read as the Đoàn's motto line. Only the line printed mostly in lower case (an OCR'd capital misread small stays a
# motto). Counter-example: "Độc lập - Tự do - Hạnh phúc" is printed in a title's case (``TITLE_CASE_MOTTOS``).
TITLE_CASE_MOTTOS = frozenset({"DOC LAP TU DO HANH PHUC"})
_MISREAD_MOTTO_RE = regex.compile(r"(?<![\p{L}\d])CONG\s+HO\S{0,2}\s+(?:\S+\s+){0,3}?(?:XA\s+HOI|CHU\s+NGH)", regex.V1)
MISREAD_MOTTO_MAX_WORDS = 9
MOTTO_MAX_LOWER_SHARE = 0.3


def _mostly_lower(printed: str) -> bool:
    """Whether more than ``MOTTO_MAX_LOWER_SHARE`` of the letters of ``printed`` are small (CASED_NAME_IS_NO_MOTTO)."""
    letters = [ch for ch in printed if ch.isalpha()]
    return bool(letters) and sum(ch.islower() for ch in letters) > MOTTO_MAX_LOWER_SHARE * len(letters)


def mottos(cells: list[layout_mod.Line]) -> tuple[System | None, list[tuple[int, int]]]:
    """The system the mottos name ("ĐẢNG CỘNG SẢN VIỆT NAM": party), and the spans they occupy in ``cells``."""
    system: System | None = None
    spans: list[tuple[int, int]] = []
    for c in cells:
        b = P.bare(c.text)
        bnorm = _MOTTO_SPACING_RE.sub(" ", b)
        for m, motto in _motto_keys():
            if motto in bnorm:
                # map back: find the motto's span in the cell text, tolerant of spacing
                mm = regex.search(P.motto_pattern(m.motto), b)
                if mm and motto not in TITLE_CASE_MOTTOS and _mostly_lower(c.text[mm.start() : mm.end()]):
                    continue  # CASED_NAME_IS_NO_MOTTO
                if mm:
                    spans.append((c.start + mm.start(), c.start + mm.end()))
                if system is None or (system == "other" and m.system != "other"):
                    system = m.system
    # WRAPPED_NATIONAL_NAME: a narrow header column wraps its motto over two lines, "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
    # NAM" (legal-text sites' header tables, the unseen probe's pa03, pc09, pg15; a PDF's narrow right cell): the two
    # lines are the motto, never the issuer's name going on. Only a line that ends on the motto's first words
    # followed by one that opens with the rest, each part of two words or more. WRAPPED_MOTTO_FIRST (speed): the
    # spacing-normalised lines are compared as strings first; the patterns that map the parts back run only on a pair
    # that passes (a header has some 20 line pairs, each asked of every motto and split).
    norms = [_MOTTO_SPACING_RE.sub(" ", P.bare(c.text)).strip() for c in cells]
    for i in range(len(cells) - 1):
        a, b = norms[i], norms[i + 1]
        if not a or not b:
            continue
        for m, splits in _motto_splits():
            for head, tail in splits:
                if not (a.endswith(head) and (len(a) == len(head) or a[-len(head) - 1] == " ")):
                    continue
                if not (b.startswith(tail) and (len(b) == len(tail) or b[len(tail)] == " ")):
                    continue
                c, d = cells[i], cells[i + 1]
                if any(s[0] < c.end and c.start < s[1] for s in spans) or any(s[0] < d.end and d.start < s[1] for s in spans):
                    continue
                split = _wrapped_motto(c.text, d.text, m.motto)
                if split is not None:
                    spans += [(c.start + split[0], c.end), (d.start, d.start + split[1])]
                    if system is None or (system == "other" and m.system != "other"):
                        system = m.system
    # MISREAD_NATIONAL_NAME (session 41; after WRAPPED_NATIONAL_NAME, which reads "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
    # NAM" whole): an OCR'd header prints the national name after the issuer's on one line, its words misread: "BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGH. TNAM", "BỘ TÀI CHÍNH CONG HO¿ 21 CHỦ NGHĨA VIET NAD" (tax
    # letters OCR'd elsewhere, f38's qv01, f43's rl03, f42's rj03: the motto was read into the issuer's parent). "CỘNG
    # HÒA" in capitals, then within three words "XÃ HỘI" or "CHỦ NGHĨA", opens it, and it runs to the line's end (at most
    # ``MISREAD_MOTTO_MAX_WORDS`` words). Counter-example: "Cộng hòa" in a name's case ("Hiến pháp nước Cộng hòa xã hội
    # chủ nghĩa Việt Nam" in a subject) is no header line's motto.
    for c in cells:
        if any(a < c.end and c.start < b for a, b in spans):
            continue
        misread = _MISREAD_MOTTO_RE.search(P.bare(c.text))
        if misread is None or _mostly_lower(c.text[misread.start() : misread.start() + 8]) or len(c.text[misread.start() :].split()) > MISREAD_MOTTO_MAX_WORDS:
            continue
        spans.append((c.start + misread.start(), c.end))
        if system is None or system == "other":
            system = "state"
    return system, spans


@functools.lru_cache(maxsize=1)
def _motto_splits() -> tuple[tuple[SystemMotto, tuple[tuple[str, str], ...]], ...]:
    """Each motto of data/header.toml with the ways it wraps over two lines, (first words, the rest) in bare capitals,
    the first part of two words or more and the rest of one or more (WRAPPED_MOTTO_FIRST's strings,
    WRAPPED_MOTTO_LAST_WORD)."""
    out = []
    for m, _motto in _motto_keys():
        words = P.bare(m.motto).replace("-", " ").split()
        out.append((m, tuple((" ".join(words[:k]), " ".join(words[k:])) for k in range(2, len(words)))))
    return tuple(out)


def _wrapped_motto(first: str, second: str, motto: str) -> tuple[int, int] | None:
    """Where a motto wrapped over two lines starts in ``first`` and ends in ``second`` (WRAPPED_NATIONAL_NAME).

    >>> _wrapped_motto("TỈNH VĨNH LONG CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    (15, 18)
    >>> _wrapped_motto("TỈNH VĨNH LONG", "CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is None
    True

    WRAPPED_MOTTO_LAST_WORD: a two-column header row wrapped as a whole (a plain-text e-mail's or a narrow page's
    60 columns) leaves the motto's last word alone on the next line: "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT" / "NAM" (n013, n014 at 60 columns). The first part still holds every word but one, so a line opening
    with "NAM" under it is the motto's end, never the issuer's "NAM ĐỊNH" going on; a first part of one word is never
    read ("CỘNG" / "HÒA XÃ HỘI …" is too little to tell).

    >>> _wrapped_motto("ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    (18, 3)
    >>> _wrapped_motto("ỦY BAN NHÂN DÂN TỈNH", "NAM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is None
    True
    """
    words = P.bare(motto).replace("-", " ").split()
    a, b = P.bare(first), P.bare(second)
    for k in range(2, len(words)):
        head = r"[\s\-–—]+".join(regex.escape(w) for w in words[:k])
        tail = r"[\s\-–—]+".join(regex.escape(w) for w in words[k:])
        mh = regex.search(rf"(?<!\w){head}[\s\-–—]*$", a)
        mt = regex.match(rf"[\s\-–—]*{tail}(?!\w)", b)
        if mh and mt:
            return mh.start(), mt.end()
    return None


def type_line_ok(rest: str) -> bool:
    """What follows a type name on its line: nothing, a number, a subject opener or lower case.

    "THỦ TƯỚNG CHÍNH PHỦ" starts with the letters of "THƯ" but is not a type line.
    """
    rest = rest.strip()
    if not rest:
        return True
    if regex.match(r"^(?:Số|SỐ|số|Về|VỀ|về|V/v|\(|:|-)", rest):
        return True
    return rest[:1].isupper() and upper_ratio(rest) < 0.5


def _type_match(t: Text, ln: layout_mod.Line) -> regex.Match[str] | None:
    """A type name opening ``ln``, matched on bare text."""
    m = P.type_line_match(ln.text)
    if m is None and ln.start > 0 and t.text[ln.start - 1] == "\t" and ln.text.rstrip().endswith(":"):
        # a stamp's specks stood before it (type_window took them off): its ":" is one more speck
        # ("__—\tTHÔNG BÁO:", c143's scan); the enacting "QUYẾT ĐỊNH:" has no specks before it
        m = P.type_line_match(ln.text.rstrip()[:-1])
    return m


def _opens_with_type(t: Text, ln: layout_mod.Line) -> regex.Match[str] | None:
    """The type name opening ``ln`` in capitals, as a type line prints it ("THỦ TƯỚNG …" is no "THƯ")."""
    m = _type_match(t, ln)
    if m and upper_ratio(ln.text[: m.end()]) > 0.9 and (type_line_ok(ln.text[m.end() :]) or " " in m.group("type")):
        return m
    return None


def type_line(t: Text, lines: list[layout_mod.Line], used: list[tuple[int, int]]) -> tuple[int, regex.Match[str]] | None:
    """The first of ``lines`` that opens with a type name in capitals ("KẾ HOẠCH", "THÔNG BÁO Về …"), with its match on bare text.

    Args:
        t: the normalised text.
        lines: candidate lines, in order.
        used: the spans of the mottos, the number and the date (a type name there is no type line).

    Returns:
        The line's index in ``lines`` and the match, or None.
    """
    for i, ln in enumerate(lines):
        m = _opens_with_type(t, ln)
        if m and not _overlaps((ln.start, ln.end), used):
            return i, m
    return None


# A cell of specks at a line's start, before a tab: a received stamp's or a seal's marks read
# left of the type or the subject, which are centred ("__—\tTHÔNG BÁO:", "Làn |\tKết luận …",
# "22⁄\ttại cuộc họp …", c143's scan): at most 6 characters, one of them neither a letter, a
# digit nor a space.
# A heading's number ("1.", "II.", "a)") or a bullet ("-", "+") standing in that cell is none.
_HEADING_CELL = r"\s*(?:[IVX]+[.)]|\d+[.)]|(?-i:\p{Ll})\)|[-+•*–])\s*\t"
SPECK_CELL_RE = regex.compile(rf"^(?!{_HEADING_CELL})(?=[^\t]{{0,5}}[^\p{{L}}\p{{N}}\s])[^\t]{{1,6}}\t", regex.V1)


def speck_cell_end(text: str) -> int:
    r"""Where ``text`` starts after a leading cell of specks (0 where it has none).

    >>> speck_cell_end("__—\tTHÔNG BÁO:"), speck_cell_end("Làn |\tKết luận"), speck_cell_end("Số 12\tHà Nội")
    (4, 6, 0)
    """
    m = SPECK_CELL_RE.match(text)
    return m.end() if m else 0


def type_window(t: Text, layout: Layout) -> list[layout_mod.Line]:
    """The non-blank lines a type line is looked for in: the header and 12 lines of the body,
    each without a leading cell of specks; on OCR'd text where no line opens with a type name, the
    first line holding one between the stamp's debris is cut to the name (TYPE_UNDER_DEBRIS).

    TYPE_ABOVE_CLOSING: the window ends where the closing starts ("Nơi nhận", the authority line): the type name
    stands above the body (NĐ 30 box 5a), never under the signer, where an attachment's heading does ("ĐỀ CƯƠNG BÁO
    CÁO" right under the signer's name of a short công văn printed without blank lines, 000 rewritten by
    ``scripts/variants.py`` ``no_blank`` / ``run_in``)."""
    nl = layout.header_end
    for _ in range(12):
        nxt = t.text.find("\n", nl + 1)
        if nxt == -1:
            nl = len(t.text)
            break
        nl = nxt
    if layout.header_end < layout.closing_start < nl:
        nl = layout.closing_start
    out = []
    for ln in lines_of(t.text, 0, min(len(t.text), nl)):
        off = speck_cell_end(ln.text)
        if ln.text[off:].strip():
            out.append(layout_mod.Line(ln.start + off, ln.end, ln.text[off:]))
    if t.source.ocred and not any(_opens_with_type(t, ln) for ln in out):
        for k, ln in enumerate(out):
            cut = type_under_debris(ln.text)
            if cut is not None:
                out[k] = layout_mod.Line(ln.start + cut[0], ln.start + cut[1], ln.text[cut[0] : cut[1]])
                break
    return out


# TYPE_UNDER_DEBRIS: the type name (NĐ 30 box 5a: alone on its line, centred, in capitals) on a copy
# of a scan whose received stamp or e-signature box OCR read onto the same line (STAMP_DEBRIS):
# "giề........ « THONG BẢO" (c139), "z] THÔNG BẢO ĐẾN gạ„G2if012075.-" (c143), "ĐỀN “ CÔNG ĐIỆN"
# (c146), "cồn mộ TIN BIỆN TỬ CHÍNH PHỦ CÔNG ĐIỆN" (c149), "THÔNG BÁO - |ĐẾN 2121635" (c159). The
# name stands as whole words in capitals, and what stands on either side is debris: the stamp's
# mark or heading, or no two words of the language in a row. Counter-examples: a heading "II. KẾ
# HOẠCH THỰC HIỆN" (two words after it), "KÈM THEO BÁO CÁO SỐ 12" (two before), the enacting
# "QUYẾT ĐỊNH:" (a colon after the name is the formula's, as ``type_line_re`` has it).
@functools.lru_cache(maxsize=1)
def _type_anywhere_re() -> regex.Pattern[str]:
    """A type name as whole words anywhere in a line, on bare text."""
    alt = alternation([P.bare(n) for n in vocabulary().type_names()])
    return regex.compile(rf"(?<![A-Z])(?P<type>{alt})(?![A-Z])")


def _is_debris(text: str) -> bool:
    """Whether ``text``, beside a type name, is the stamp's debris (see TYPE_UNDER_DEBRIS)."""
    words = text.split()
    if not words or any(is_received_mark(w) for w in words) or stamp_heading_run(words) or stamp_heading_run(words[-4:]):
        return True
    clean = [_is_word_syllable(w) for w in words]
    return not any(a and b for a, b in itertools.pairwise(clean))


def type_under_debris(line: str) -> tuple[int, int] | None:
    """Where a type name stands in ``line`` between the stamp's debris (TYPE_UNDER_DEBRIS), or None.

    >>> type_under_debris("giề........ « THONG BẢO"), type_under_debris("THÔNG BÁO - |ĐẾN 2121635")
    ((14, 23), (0, 9))
    >>> line = "cồn mộ TIN BIỆN TỬ CHÍNH PHỦ CÔNG ĐIỆN"; s, e = type_under_debris(line); line[s:e]
    'CÔNG ĐIỆN'
    >>> type_under_debris("II. KẾ HOẠCH THỰC HIỆN"), type_under_debris("QUYẾT ĐỊNH:"), type_under_debris("KẾ HOẠCH")
    (None, None, None)
    """
    for m in _type_anywhere_re().finditer(P.bare(line)):
        s, e = m.span("type")
        before, after = line[:s], line[e:]
        if not (before.strip() or after.strip()) or after.lstrip().startswith(":") or upper_ratio(line[s:e]) <= 0.9:
            continue
        if _is_debris(before) and _is_debris(after):
            return s, e
    return None


# At least this share of a cell's letters are capitals for it to be an issuer line, and at most
# this many characters long.
ISSUER_MIN_UPPER = 0.75
ISSUER_MAX_CHARS = 90
# Lines of a digital-signature box ("Người ký: Cổng Thông tin điện tử Chính phủ", "Cơ quan: …",
# "Thời gian ký: …") and of a received stamp ("ĐẾN", "CÔNG VĂN ĐẾN"), matched on bare text.
# (the labels: ``patterns.ESIGN_*``; at a cell's start a field needs no colon but "Cơ quan", which opens issuers' names)
ESIGN_CELL_RE = regex.compile(
    rf"^(?:{P.label_pattern((*P.ESIGN_MARK_LABELS, *(w for w in P.ESIGN_FIELD_LABELS if w != 'Cơ quan')), bare_text=True)}"
    r"|CO\s+QUAN\s*:|SIGNATURE|(?:CONG\s+VAN\s+)?DEN\b)"
)


# ISSUER_LINE_SPECKS: NĐ 30 prints the issuer's name in capitals (Phụ lục I, box 2); on a copy of a
# scan, words at either end of its line that hold no capital and no figure are the e-signature box's,
# the seal's or the stamp's debris read onto it: "mm VĂN PHÒNG CHÍNH PHỦ" (c159), "TRƯỜNG ĐẠI HỌC
# CÔNG THƯƠNG —# “." (c130), "LIÊN ĐOAN LAO ĐỘNG l à \" `" (n044). Counter-examples, kept: a figure
# ("TRƯỜNG THCS SỐ 2", "ĐẢNG BỘ KHỐI 1"), a word inside the name; a line mostly in lower case is
# no issuer's line to clean ("P V G P.: thongtinchinhphu@…", the e-signature box's address, c146).
_ISSUER_LEAD_SPECKS = regex.compile(r"^(?:(?-i:[^\p{Lu}\p{N}\s])+\s+)+(?=\S*(?-i:\p{Lu}))", regex.V1)
_ISSUER_TRAIL_SPECKS = regex.compile(r"(?<=(?-i:\p{Lu})\S*)(?:\s+(?-i:[^\p{Lu}\p{N}\s])+)+$", regex.V1)


def issuer_line_specks(text: str) -> tuple[int, str]:
    """An issuer line without the specks at its ends (ISSUER_LINE_SPECKS), and how many characters left its start.

    >>> issuer_line_specks("mm VĂN PHÒNG CHÍNH PHỦ"), issuer_line_specks("TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG —# “")
    ((3, 'VĂN PHÒNG CHÍNH PHỦ'), (0, 'TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG'))
    >>> issuer_line_specks("TRƯỜNG THCS SỐ 2"), issuer_line_specks("SỞ GIÁO DỤC và ĐÀO TẠO")
    ((0, 'TRƯỜNG THCS SỐ 2'), (0, 'SỞ GIÁO DỤC và ĐÀO TẠO'))
    """
    lead = _ISSUER_LEAD_SPECKS.match(text)
    cut = lead.end() if lead is not None else 0
    text = _ISSUER_TRAIL_SPECKS.sub("", text[cut:])
    return cut, text


# ISSUER_WRAPPED_WORD: NĐ 30 prints a long issuer's name over lines in its box (Phụ lục I, box 2); a narrow copy
# wraps one of them again and may leave a single word of the name on a line of its own, a list's comma after it:
# "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG" / "TẠO," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06" (n006 at 60
# columns). The word is the name's when it is one syllable in capitals, on the line right under the name's last line,
# and ends with the comma of the name's list. Counter-examples, left out as before: a stray fragment without the
# comma ("TT"), a speck that is no syllable ("JJ,"), a word after a blank line (another box).
def issuer_wrapped_word(t: Text, c: layout_mod.Line, text: str, last: tuple[int, int, str]) -> bool:
    """Whether a one-word cell ``c`` (``text`` its word) goes on with the issuer's name ending at ``last`` (ISSUER_WRAPPED_WORD)."""
    return (
        c.text.rstrip().endswith(",")
        and len(text.split()) == 1
        and is_caps(text)
        and is_syllable(text)
        and t.text.count("\n", last[1], c.start) == 1
    )


# ISSUER_WORD_ALONE (session 31): a narrow copy wraps the name's box at any word, and may leave one short word alone on a
# line, no comma after it: "ỦY" / "BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG", "UỶ BAN NHÂN" / "DÂN" / "TỈNH QUẢNG BÌNH" (two unseen
# pages of one legal-text site), "HUYỆN ĐOÀN" / "THANH" / "CHƯƠNG". The word is the name's when it is a syllable of two
# letters or more in capitals and the name goes on with no blank line between: a line of the block right above it,
# or a line in capitals of two words or more right under it. Not on OCR'd text, whose lone syllables are as often a
# stamp's or a seal's ("ĐẾN"). Counter-examples: "TT" (no syllable), a word after a blank line (another box), a word
# over a lower-case line.
def issuer_word_alone(
    t: Text, c: layout_mod.Line, text: str, last: tuple[int, int, str] | None, after: list[layout_mod.Line]
) -> bool:
    """Whether a one-word cell ``c`` (``text`` its word) is part of the issuer's name that ``last`` (the block's last
    line so far) or the next line of ``after`` goes on with (ISSUER_WORD_ALONE)."""
    if t.source.ocred or t.source.ocr_like or len(text) < 2 or not is_caps(text) or not is_syllable(text):
        return False
    if last is not None and t.text.count("\n", last[1], c.start) == 1:
        return True
    nxt = next((x for x in after if x.text.strip()), None)
    if nxt is None or t.text.count("\n", c.end, nxt.start) != 1:
        return False
    below = nxt.text.strip()
    return len(below.split()) >= 2 and is_caps(below)


# PLACE_DATE_RIGHT_COLUMN (i29-cols): NĐ 30/2020 (Phụ lục I, box 4) and HD 36 print "<place>, ngày … tháng … năm …" in
# the header's right column, under the motto; the issuer's block is the left column's (box 1, closed by the number, box
# 3). A copy read right column first gives the motto, its subtitle and the date line before the issuer ("CỘNG HÒA XÃ
# HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" / "Hà Nội, ngày 13 tháng 4 năm 2025" / "THỦ TƯỚNG CHÍNH PHỦ",
# c146 rewritten): like the motto, the date line is passed over and does not close the block, so a stray capital
# line read before it (an e-signature box's "CHINHPHU.V T0 …") does not leave the issuer out. Counter-example: the
# number's cell ("Số: 6/CĐ-TTg", or "Số: 542/TB-VPCP Hà Nội, ngày …" sharing a row with the date) still closes it.
PLACE_DATE_SPAN_RE = regex.compile(r"\bth[áa]ng\b|\d{1,2}/\d{1,2}/\d{4}", regex.V1 | regex.I)


def issuer_cells(
    t: Text, cells: list[layout_mod.Line], used: list[tuple[int, int]], motto_spans: list[tuple[int, int]], type_start: int | None
) -> list[tuple[int, int, str]]:
    """The issuer block: the capitalised cells at the top that are none of the other fields.

    Args:
        t: the normalised text.
        cells: the header's cells, in reading order.
        used: the spans of the mottos, the number and the date.
        motto_spans: the mottos' spans (a flattened line carries the motto on the issuer's right).
        type_start: where the type name stands (the block ends there), or None.

    Returns:
        (start, end, text) of each cell of the block, its motto and marks cut off.
    """
    vocab = vocabulary()
    marks = {P.bare(x) for x in vocab.marks.urgency + vocab.marks.secrecy}
    candidates: list[tuple[int, int, str]] = []
    stop_at = None
    for k, c in enumerate(cells):
        fixed = [u for u in used if u not in motto_spans and _overlaps((c.start, c.end), [u])]
        if fixed and all(PLACE_DATE_SPAN_RE.search(t.text[s:e]) for s, e in fixed):
            continue  # PLACE_DATE_RIGHT_COLUMN: the date line is the right column's, it does not close the issuer's block
        if fixed:
            # a number cell ends the issuer block only once something was collected
            if candidates:
                stop_at = c.start
            continue
        text, start = c.text, c.start
        # a flattened line carries the motto on its right: keep what stands before it. MOTTOS_AT_LINE_START: a line
        # may open with the organisation's motto and go on with the state's ("ĐỘI TNTP HỒ CHÍ MINH CỘNG HOÀ XÃ HỘI CHỦ
        # NGHĨA VIỆT NAM", a Đội plan's flattened header, probe pf11): what follows both is read, never the second
        # motto (the spans in the line's order)
        for s, e in sorted(motto_spans):
            if c.start <= s < c.end and t.text[start:s].strip():
                text = t.text[start:s]
                break
            if s <= start < e or (c.start <= s < c.end and not t.text[start:s].strip()):
                text, start = (t.text[e : c.end], e) if e < c.end else ("", c.start)
                if not text.strip():
                    break
        if candidates and P.RULE_LINE_RE.match(text) and text.strip():
            break  # the rule under the issuer's name ("-----", "*") closes the block
        lead = len(text) - len(text.lstrip(" *-–—_=|.,"))
        text = text.strip(" *-–—_=|.,")
        if t.source.ocred and upper_ratio(text) >= ISSUER_MIN_UPPER:  # a copy of a scan: specks at the name's ends
            cut, text = issuer_line_specks(text)
            lead += cut
        b = P.bare(text)
        if not text or P.RULE_LINE_RE.match(text) or b in marks or b.startswith(("DU THAO", "DOC LAP")):
            continue
        if ESIGN_CELL_RE.match(b):
            continue  # the digital-signature box printed over a scan's header
        if is_number_box(text):
            if candidates:  # the number box a scan damaged ("Số: 2 5 JJBCA-C04") ends the block
                stop_at = c.start
            continue
        if type_start is not None and c.start <= type_start < c.end:
            break
        if regex.match(r"^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s", text):
            break  # a numbered heading belongs to the body
        if P.SUBJECT_VV_RE.match(text) or P.KINH_GUI_RE.match(text):
            break
        last = candidates[-1] if candidates else None
        short = len(text.split()) < 2 and len(text) < 6
        if short and not (last and issuer_wrapped_word(t, c, text, last)) and not issuer_word_alone(t, c, text, last, cells[k + 1 :]):
            continue  # a stray mark or OCR fragment ("TT"), not a body's name
        if upper_ratio(text) < ISSUER_MIN_UPPER or len(text) > ISSUER_MAX_CHARS:
            if candidates:
                break
            continue
        if stop_at is not None and c.start > stop_at and candidates:
            break
        candidates.append((start + lead, start + lead + len(text), text))
    return candidates


# COMMITTEE_ALONE (session 31): an executive committee's word alone on the first line names the committee of the body
# under it, not a parent: "BAN CHẤP HÀNH" / "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS AN PHÚ" is "Ban Chấp hành Công đoàn cơ sở …"
# (HD 36's and the mass organisations' headers; before, "Ban Chấp hành" was read as the parent once "CÔNG ĐOÀN" and
# "ĐOÀN" open units).
_COMMITTEE_ALONE = frozenset({"BAN CHAP HANH", "BCH", "BAN THUONG VU", "BTV"})


def issuer_units(texts: list[str]) -> list[list[int]]:
    """Group issuer lines into bodies (indices into ``texts``): a line opening with an organisation word starts one."""
    heads = sorted({P.bare(h) for h in vocabulary().organisations.heads}, key=len, reverse=True)
    units: list[list[int]] = []
    for i, line in enumerate(texts):
        b = P.bare(line)
        # a word alone that opens the block, and names no body, goes on to the next line (ISSUER_WORD_ALONE: "ỦY" / "BAN
        # NHÂN DÂN"); one that ends a name stays its ("UBND TỈNH QUẢNG" / "BÌNH" / "SỞ TÀI CHÍNH": two bodies)
        first = P.bare(texts[units[-1][0]]).strip() if units else ""
        alone = bool(units) and len(units[-1]) == 1 and ((len(first.split()) == 1 and first not in heads) or first in _COMMITTEE_ALONE)
        if not units or (not alone and any(b == h or b.startswith(h + " ") for h in heads)):
            units.append([i])
        else:
            units[-1].append(i)
    return units


def number_value(t: Text, c: layout_mod.Line, m: regex.Match[str]) -> tuple[str, str | None, int, int]:
    """The symbol and number of a "Số: …" match in cell ``c`` (``number_match``), and the symbol's span.

    "Số:      KH/TWĐTNBTG" (a Party number and hyphen left blank) is "-KH/TWĐTNBTG".
    """
    if m.group("symbol"):
        sm = P.SYMBOL_RE.match(t.fold, m.start("symbol"), line_end(t, m.start("symbol")))  # (NUMBER_ON_NEXT_LINE)
        assert sm is not None  # number_match checked it
        symbol, num = P.canonical_symbol(sm)
        return symbol, num, sm.start(), sm.end()
    blank = regex.sub(r"\s+", "", m.group("blank")).replace("–", "-")
    if blank[0] not in "-/":
        head, _, tail = blank.partition("/")
        blank = f"-{head}/{P.restore_issuer_hyphen(tail)}"
    return blank, None, m.start("blank"), m.end("blank")


# A subject (trích yếu) is at most this many lines. A PDF keeps the lines a centred title is set in: n009's
# printed subject "Kết luận của đồng chí … - Ủy viên Ban" / "Thường vụ Tỉnh ủy," / … / "– Bảo Lộc" is six.
SUBJECT_MAX_LINES = 8
# A subject line is a header line: a longer one is a body paragraph.
SUBJECT_LINE_MAX_CHARS = 140
# A wrapped "V/v" subject's next cell is at most this long.
SUBJECT_WRAP_MAX_CHARS = 90
# "V/v" standing inside a flattened cell ("Số: 7470 CV/TWĐTNBTG “V/v tổ chức …").
VV_INSIDE_RE = regex.compile(r"[“\"]?\bV/[vV]\b[ \t]*[:.]?[ \t]*")
# "V/v" as a scan reads it, on bare text: its slash read as a look-alike ("V4v", "VIv", "Váv":
# n048) or a space put in; its second "v" read "W" ("V/W", "VWW": the v's two strokes doubled),
# its first "V" read "Ứ" before the slash's look-alike ("ỨAv").
VV_LOOK_ALIKE = r"(?:V|U(?=[/A]V))[ \t]?[/4lI1|AW][ \t]?[VW]"
# "V/v" opening a cell so.
VV_BARE_RE = regex.compile(rf"^[ \t\"“]*{VV_LOOK_ALIKE}(?![\w/])[ \t]*[:.]?[ \t]*")
# "V/v" as a scan reads it where NĐ 30 prints it (box 5b: at the start of a line in the header's
# left column, under the number), wider than ``VV_LOOK_ALIKE`` since nothing else opens such a line
# with these marks: its first "V" read "W" ("W/v", "W⁄v" with a fraction slash, n024 at 300 dpi),
# its second "v" read "y" ("V/y") or lost with the slash read "4" ("W4 Tô chức …", n024 at 200 dpi),
# its slash lost ("“VW giới thiệu …", n032 photographed) or its first "V" lost ("4y Tổ chức …",
# n024 photographed), its slash read as any one mark ("V¿v' chính sách thuế", n048 on a fresh
# machine's render) with a speck after it. On bare text; a cell opening its line only (see
# ``_opens_its_line``).
VV_LINE_START_LOOK_ALIKE = r"(?:[VW][ \t]?(?:[/⁄4lI1|]|[^\w\s])[ \t]?[VWY]|[VW][ \t]?[/⁄4]|VW|[/⁄4]Y)"
VV_LINE_START_RE = regex.compile(rf"^[ \t\"“]*{VV_LINE_START_LOOK_ALIKE}(?![\w/⁄])['’`]?[ \t]*[:.]?[ \t]*(?=\p{{L}})", regex.V1)
# What ends a subject under the type: a numbered heading or a căn cứ opens the body ("Thực hiện …"
# may be a subject); after the first line, a number, a place or an attachment note.
BODY_START_RE = regex.compile(r"^\s*(?:[IVX]+\.|\d+\.|Căn cứ)\s")
AFTER_SUBJECT_RE = regex.compile(r"^\s*(?:Số|Hà Nội|\(|Kèm)")
# A subject line left open ("… Tỉnh ủy,"), and the ends of a paragraph's last line.
OPEN_LINE_ENDS = (",", "-", "–")
PARAGRAPH_ENDS = (".", ":", ";")

# A received stamp's field with nothing legible after its label ("lmà|š Ị Số: _——-"), printed
# over the subject's lines on a scan: at most this long.
STAMP_FIELD_RE = regex.compile(r"(?:Số|Ngày|Chuyển)\s*:\s*[^\p{L}\d]*$", regex.V1)
STAMP_FIELD_MAX_CHARS = 30
# STAMP_FIELD_FILLED: the stamp's fields filled in by hand or by its numberer, read with their
# labels: the day received as figures ("Ngày: 23/1/2024", under n014's "V/v" subject, its DOCX
# rendered as a scan at 300 dpi with the stamp; "… 02 cấp Ngày: 24/9/2024", n006 at 200 dpi,
# the stamp's row run into the subject's last line), the number received as figures alone
# ("Số: 1693"). A directive prints its own date in words ("ngày 24 tháng 9 năm 2024") and its
# number with a symbol ("Số: 170/TB-VPCP"), so a labelled figure date or a bare figure number is
# the stamp's. Counter-examples: "Số: 170/TB-VPCP", "Hà Nội, ngày 10 tháng 4 năm 2025".
STAMP_FILLED_RE = regex.compile(
    r"(?:^|\s)(?:Ngày\s*:\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|Số\s*:\s*\d{1,6})[^\p{L}\d]*$", regex.V1
)


def is_stamp_field(line: str) -> bool:
    """A received stamp's field, empty, illegible or filled with figures, on a line of its own.

    >>> is_stamp_field("lmà|š Ị Số: _——-"), is_stamp_field("Ngày: 23/1/2024"), is_stamp_field("ĐẾN Số: 1693")
    (True, True, True)
    >>> is_stamp_field("Số: 170/TB-VPCP"), is_stamp_field("ngày 10 tháng 4 năm 2025")
    (False, False)
    """
    line = line.strip()
    return len(line) <= STAMP_FIELD_MAX_CHARS and bool(STAMP_FIELD_RE.search(line) or STAMP_FILLED_RE.search(line))


def drop_stamp_date(line: str) -> str:
    """``line`` without a received stamp's filled day at its end (STAMP_FIELD_FILLED).

    >>> drop_stamp_date("chính quyền địa phương 02 cấp Ngày: 24/9/2024")
    'chính quyền địa phương 02 cấp'
    >>> drop_stamp_date("chính quyền địa phương 02 cấp")
    'chính quyền địa phương 02 cấp'
    """
    m = STAMP_FILLED_RE.search(line)
    return line[: m.start()].rstrip() if m is not None and "Ngày" in m.group() else line


# ============================================================================================
# STAMP_DEBRIS: the received stamp on a copy of a scan, read among the type's and subject's lines
# ============================================================================================
# A receiving office stamps its box on the left of the first page, beside or over the type name
# and the subject, which NĐ 30 centres (Phụ lục I, boxes 5a/5b): "ĐẾN / Số: … / Ngày: … / Chuyển:",
# the Government portal's "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN / Giờ: … Ngày: …". OCR of such a
# page (ours, or a copy someone else OCR'd and gave us as text) reads the box line by line among
# the centred lines, so the stamp's pieces stand on the type's line, between the subject's lines
# (blank lines around them) or before a subject line's words. Its pieces, as copies print them:
# - the received mark: a word whose letters are "ĐẾN" as OCR reads it (``ocrfields.RECEIVED_MARK``,
#   the image path's own definition): "(ĐẾN màn 111412026." (c139), "ĐẾN m _—" (c148), "THÔNG BÁO -
#   |ĐẾN 2121635" (c159), "ĐỀN “ CÔNG ĐIỆN" (c146);
# - the stamp's heading: ``STAMP_HEADING_MIN_WORDS`` of its words or more, by their letters, in a
#   run of capitals and specks, more than half of the run's words ("| GỐNG THÔNG TN " TỬ CHÍNH
#   PHỦ", c148; "GỒNG THÔNG TTN ĐIỆN TỪ CHÍNH PHỦ quan và địa phương", c142; "cồn mộ TIN BIỆN TỬ
#   CHÍNH PHỦ CÔNG ĐIỆN", c149). Counter-example: "TTHC THUỘC CHÍNH PHỦ" (two of its words);
# - the day received, its "Ngày" read as a short word ending "-ày" before a mark, then figures and
#   specks ("ĐN taày:..(3 14. 12025... _", c140; "PP ngày:.041Í. 21L 4...", c142; "ca ngày, “4
#   .13,129 15", c158). Counter-example: the body's "Ngày 01 tháng 4 năm 2025, tại …" (no mark
#   after "Ngày");
# - under such a line, the stamp's other lines read as specks: short lines fewer than half of whose
#   words are syllables ("ng Đã TS) c......", c148 under "ĐẾN m _—"; "TY SS 3. Go. .n ————", c140).
# Used on OCR'd text only (``source.ocred``): a typed text has no stamp in it.
STAMP_HEADING_MIN_WORDS = 3
_CAPS_OR_SPECK = regex.compile(r"^(?-i:[^\p{Ll}])*$", regex.V1)
_HAS_CAPITAL = regex.compile(r"(?-i:\p{Lu})", regex.V1)
STAMP_DAY_FIELD_RE = regex.compile(r"(?:^|\s)\S{0,3}\p{L}{0,3}[àa]y\s*[:.,]+[^\p{L}]*\d[^\p{L}]*(?:\p{L}[^\p{L}]*){0,2}$", regex.V1)
# A stamp's line under another is at most this long.
STAMP_JUNK_MAX_CHARS = 30
# A received-mark line holds at most this many syllables of two letters or more besides the mark.
STAMP_MARK_MAX_WORDS = 2


@functools.lru_cache(maxsize=1)
def _stamp_heading_keys() -> frozenset[str]:
    return frozenset(letters_key(w) for w in RoleWords.load().stamp_in_subject.heading.split())


def stamp_heading_run(words: list[str]) -> int:
    """How many of ``words`` (from the first) are the received stamp's heading read in capitals: 0, or
    the length of a run of capitals and specks holding ``STAMP_HEADING_MIN_WORDS`` of its words, more
    than half of the run's words in capitals.

    >>> stamp_heading_run("GỒNG THÔNG TTN ĐIỆN TỪ CHÍNH PHỦ quan và địa phương".split())
    7
    >>> stamp_heading_run("TTHC THUỘC CHÍNH PHỦ".split()), stamp_heading_run("Kết luận".split())
    (0, 0)
    """
    j = 0
    while j < len(words) and _CAPS_OR_SPECK.match(words[j]):
        j += 1
    caps = [regex.sub(r"[^\p{L}]", "", w) for w in words[:j] if _HAS_CAPITAL.search(w)]
    matched = sum(letters_key(w) in _stamp_heading_keys() for w in caps)
    return j if matched >= STAMP_HEADING_MIN_WORDS and matched > len(caps) / 2 else 0


def is_received_mark(word: str) -> bool:
    """A word whose letters are the received stamp's "ĐẾN" (specks around it allowed: "(ĐẾN", "|ĐẾN")."""
    return bool(RECEIVED_MARK.match(regex.sub(r"^[^\p{L}]+|[^\p{L}]+$", "", word)))


def _is_word_syllable(word: str) -> bool:
    """A syllable of two letters or more, specks before it and marks after it aside ("(việc,")."""
    core = regex.sub(r"^[^\p{L}]+|[.,;:!?)]+$", "", word)
    return len(core) >= 2 and core.isalpha() and is_syllable(core)


def _syllables(words: list[str]) -> int:
    """How many of ``words`` are syllables of two letters or more (``_is_word_syllable``)."""
    return sum(_is_word_syllable(w) for w in words)


def is_stamp_line(line: str) -> bool:
    r"""A line that is the received stamp's (STAMP_DEBRIS), not a title's.

    >>> is_stamp_line("(ĐẾN màn 111412026."), is_stamp_line("| GỐNG THÔNG TN \" TỬ CHÍNH PHỦ"), is_stamp_line("ĐN taày:..(3 14. 12025... _")
    (True, True, True)
    >>> is_stamp_line("tốc độ tăng trưởng kinh tế hai con số"), is_stamp_line("Ngày 01 tháng 4 năm 2025, tại Trụ sở")
    (False, False)
    """
    words = line.split()
    if not words:
        return False
    if is_stamp_field(line) or (is_speck_line(line) and not all(w.isalpha() or w.isdigit() for w in words)):
        return True
    marks = [k for k, w in enumerate(words) if is_received_mark(w)]
    if marks and _syllables(words[: marks[0]] + words[marks[0] + 1 :]) <= STAMP_MARK_MAX_WORDS:
        return True
    run = stamp_heading_run(words)
    if run and _syllables(words[run:]) == 0:
        return True
    return len(line.strip()) <= STAMP_JUNK_MAX_CHARS * 2 and bool(STAMP_DAY_FIELD_RE.search(line))


def is_stamp_junk(line: str) -> bool:
    """A short line fewer than half of whose words are syllables: a stamp's line read as specks,
    taken as such only under a stamp's line (STAMP_DEBRIS).

    >>> is_stamp_junk("ng Đã TS) c......"), is_stamp_junk("TY SS 3. Go. .n ————"), is_stamp_junk("tại kỳ họp thứ 31")
    (True, True, False)
    """
    words = line.split()
    return 0 < len(line.strip()) <= STAMP_JUNK_MAX_CHARS and _syllables(words) * 2 < len(words)


# SUBJECT_LINE_SPECKS: on a copy of a scan, marks the stamp or the seal leaves before a subject
# line's first word, and the stamp's heading read before it: "| | Kết luận của …" (c143), "2⁄ tại
# cuộc họp …" (c143), "——- —————KẾt luận …" (c140), "GỒNG THÔNG TTN ĐIỆN TỪ CHÍNH PHỦ quan và địa
# phương" (c142). Specks: characters that are no letter, digit, space, quote or bracket (a run of
# two at least, or one that is no dash: "Bắc" / "- Nam" wraps a title), or a figure glued to such a
# mark. Counter-examples, kept: a year opening a line ("2024 trên địa bàn"), a quote ("“Ngày hội …"),
# a slash or backslash, which may be the opener's ("\\ việc tham dự …": VV_OPENER_UNREAD's).
_LINE_SPECKS = regex.compile(r"^(?:(?:[^\p{L}\p{N}\s\"“'‘(\[\\/⁄]{2,}|[^\p{L}\p{N}\s\"“'‘(\[\\/⁄\-–]|\p{N}+[^\p{L}\p{N}\s.,;:)\-–]+)\s*)+", regex.V1)


def subject_line_start(line: str) -> int:
    r"""Where a copy's subject line starts after the stamp's specks and heading (SUBJECT_LINE_SPECKS).

    >>> subject_line_start("| | Kết luận"), subject_line_start("——- —————KẾt luận"), subject_line_start("2024 trên địa bàn")
    (4, 9, 0)
    >>> subject_line_start("\\ việc tham dự"), subject_line_start("2⁄ tại cuộc họp")
    (0, 3)
    >>> line = "GỒNG THÔNG TTN ĐIỆN TỪ CHÍNH PHỦ quan và địa phương"; line[subject_line_start(line):]
    'quan và địa phương'
    """
    at = 0
    while True:
        m = _LINE_SPECKS.match(line, at)
        if m is not None and m.end() > at:
            at = m.end()
            continue
        words = line[at:].split()
        run = stamp_heading_run(words)
        if not run or run == len(words):
            return at
        for w in words[:run]:
            at = line.index(w, at) + len(w)
        while at < len(line) and line[at].isspace():
            at += 1


# OPENER_AFTER_DEBRIS: on a copy of a scan, the subject's opener ("V/v", "Về việc", NĐ 30 box 5b)
# standing after the stamp's or the e-signature box's debris on the subject's first line: the
# stamp's day field before it ("Ngày.Á4.14.1.20125...... V/w tập trung khắc phục …", c146), the box's
# address read as words ("[nenetixeivesiet tho o NGÃ Về việc tăng cường …", n050). Debris as beside
# a type name (TYPE_UNDER_DEBRIS: no two words of the language in a row, or the stamp's mark or
# heading). Counter-example: "Kế hoạch thực hiện V/v …" is no debris (two words in a row).
_OPENER_INSIDE = regex.compile(rf"(?<=\s)(?:{VV_LOOK_ALIKE}|V[EA]\s*VIEC)(?![\w/])")


def opener_after_debris(line: str) -> int:
    """Where the subject's opener stands after debris on a copy's first subject line (OPENER_AFTER_DEBRIS), else 0.

    >>> line = "Ngày.Á4.14.1.20125...... V/w tập trung"; line[opener_after_debris(line):]
    'V/w tập trung'
    >>> line = "[nenetixeivesiet tho o NGÃ Về việc tăng cường"; line[opener_after_debris(line):]
    'Về việc tăng cường'
    >>> opener_after_debris("Kế hoạch thực hiện V/v tổ chức"), opener_after_debris("V/v tổ chức")
    (0, 0)
    """
    m = _OPENER_INSIDE.search(P.bare(line))
    return m.start() if m is not None and _is_debris(line[: m.start()]) else 0


def copy_line(line: str, first: bool, in_stamp: bool) -> tuple[int | None, bool]:
    """How a subject line of a copy of a scan is read (STAMP_DEBRIS): None where the line is the
    stamp's, else where it starts (SUBJECT_LINE_SPECKS, and OPENER_AFTER_DEBRIS on the ``first``);
    and whether the stamp was read last (``in_stamp`` for the next line)."""
    if P.RULE_LINE_RE.match(line):
        return 0, False  # the short rule under the subject (NĐ 30 box 5a) ends it: no stamp's
    if is_stamp_line(line) or (in_stamp and is_stamp_junk(line)):
        return None, True
    lead = subject_line_start(line)
    if first:
        lead += opener_after_debris(line[lead:])
    return lead, lead > 0 and stamp_heading_run(line[:lead].split()) > 0


def copy_subject_lines(text: str) -> list[str]:
    r"""A copy's subject lines (``text``, its span) without the stamp's lines and specks (``copy_line``).

    >>> copy_subject_lines("và việc thúc đây\n\n| GỐNG THÔNG TN \" TỬ CHÍNH PHỦ\n\nĐẾN m _—\n\nng Đã TS) c......\n\ntốc độ tăng")
    ['và việc thúc đây', 'tốc độ tăng']
    """
    out: list[str] = []
    in_stamp = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        lead, in_stamp = copy_line(line, not out, in_stamp)
        if lead is not None:
            out.append(line[lead:])
    return out


def _quote_open(text: str) -> bool:
    """Whether ``text`` opened a curly quote it has not closed ("Tổ chức “Ngày hội … Connect": the title goes on)."""
    return text.count("“") > text.count("”")


SubjectKind = Literal["type_line", "under_type", "vv", "after_number"]


@functools.lru_cache(maxsize=1)
def body_opening_re() -> regex.Pattern[str]:
    """A line that opens the body's first sentence, not a title's line (``data/header.toml`` [subject_ends])."""
    words = RoleWords.load().subject_ends
    return regex.compile(
        rf"""^\s*(?:
          (?:(?:{alternation(words.day_parts)})\s+[Nn]gày|Ngày)\s+\d[\d ]?\s*   # the day of the meeting or event
            (?:tháng\s+\d[\d ]?\s*năm\s+\d{{4}}|/\s*\d{{1,2}}\s*/\s*\d{{4}})\s*,
        | (?:{alternation(words.periods)}|(?:Trong\s+)?[Nn]ăm\s+\d{{4}})\s*,           # the period looked back on
        | (?:{alternation(words.carry_out)})\s+(?:                                  # the document carried out:
              (?-i:\p{{Ll}})?[\p{{L}} ]{{1,25}}?\s+số\s                                     # with its number,
            | (?-i:\p{{Lu}})(?-i:\p{{Ll}})                                                          # or named ("Chương trình")
          )
        | (?:{alternation(words.leads)})\s+(?-i:\p{{Ll}})                                   # the lead (BODY_LEAD_OPENERS)
        )""",
        regex.X | regex.V1,
    )


def is_cong_van_symbol(symbol: str | None) -> bool:
    """A Party "…-CV/…" or a state symbol without a type abbreviation ("12/UBND-VX")."""
    if not symbol:
        return False
    if regex.match(r"^\d*-CV/", symbol):
        return True
    m = regex.match(r"^\d*/(?:\d{4}/)?([^-/]+)", symbol)
    return m is not None and vocabulary().type_by_abbr(m.group(1)) is None


# A line opening a sentence: a capitalised word before a word in lower case ("Cơn bão số 3 và mưa
# lũ …"). A title's line opens so only with a body's head word ("Ban Vì sự tiến bộ …", "Văn phòng
# Chính phủ …", data/vocabulary.toml [organisations] heads) or a name ("Quảng Ngãi", "Hồ Chí Minh").
_SENTENCE_OPENING = regex.compile(r"^\s*(?P<first>(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+)\s+(?P<second>(?-i:[\p{Ll}])(?-i:[\p{Ll}\p{Mn}])*)", regex.V1)


# A line continuing a sentence: it starts in lower case.
_LOWER_START = regex.compile(r"^\s*(?-i:\p{Ll})", regex.V1)
TITLE_GAP_MAX_BLANKS = 2  # TITLE_GOES_ON_OVER_BLANK
# TITLE_GOES_ON_AFTER_GAP: a title's line left open ("… và miền núi giai đoạn") goes on over the
# blank a stamp's gap leaves on a scan with a line in lower case, or with a figure that is no
# numbered heading's ("2030 khu vực miền Trung, Tây Nguyên", n035's DOCX at 200 dpi; "1. Mục đích"
# is the body's).
_GOES_ON_START = regex.compile(r"^\s*(?:(?-i:\p{Ll})|\d+(?![\d.)/]))", regex.V1)


def _opens_sentence(line: str) -> bool:
    """Whether ``line`` opens with a sentence's capital and no body's head word or name.

    >>> _opens_sentence("Cơn bão số 3 và mưa lũ sau bão"), _opens_sentence("Ban Vì sự tiến bộ của phụ nữ")
    (True, False)
    >>> _opens_sentence("Văn phòng Chính phủ"), _opens_sentence("Quảng Ngãi năm 2024"), _opens_sentence("tại cuộc họp")
    (False, False, False)
    """
    m = _SENTENCE_OPENING.match(line)
    if m is None:
        return False
    heads = {h.upper() for h in vocabulary().organisations.heads}
    return m["first"].upper() not in heads and f"{m['first']} {m['second']}".upper() not in heads


# SUBJECT_CITES_A_DOCUMENT (session 35): a title that carries out a document names it on its next line, by type, number
# and date: "QUYẾT ĐỊNH" / "Ban hành Kế hoạch hành động thực hiện" / "Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của
# Ban Bí thư" / "về thực hiện bảo hiểm y tế toàn dân …" (fresh31's qg01: the title stopped at "… thực hiện", the
# citation's capital read as the body's first sentence). Only after a line left open (no paragraph's punctuation) and
# when the line opens with a type name, "số" and a symbol. Counter-example: a body's sentence under a closed title
# ("… năm 2026." / "Kế hoạch số 12/KH-UBND đã đề ra …" stays the body's).
@functools.cache
def _cited_document_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"^\s*(?:{vocabulary().type_alternation()})\s+(?i:số)\s*(?:{P.PARTY_SYMBOL}|{P.STATE_SYMBOL})", regex.V1 | regex.I
    )


def _cited_document_line(line: str, before: str) -> bool:
    """Whether ``line`` goes on with a title by citing a document (SUBJECT_CITES_A_DOCUMENT) after the open ``before``."""
    return not before.rstrip().endswith(PARAGRAPH_ENDS) and _cited_document_re().match(line) is not None


# TYPE_WITH_ITS_ORDINAL (session 35): a series of notices numbers each on its type line, "THÔNG BÁO SỐ 01" over "Cuộc
# thi nhảy …" (fresh31's qh03: the subject read "Số 01"): the ordinal is the type's, the subject the lines under it.
# Counter-example: "THÔNG BÁO Về việc tổ chức …" keeps its subject on the type's line.
_TYPE_ORDINAL_RE = regex.compile(r"(?i:số)\s*\d{1,3}", regex.V1)


def _title_goes_on_over_blank(t: Text, title: str, gap_from: int, nxt: layout_mod.Line) -> bool:
    """TITLE_GOES_ON_OVER_BLANK (session 36): a copy that sets each printed line apart with a blank line (a PDF's lines
    pasted as paragraphs) cuts the title as a stamp's gap does on a scan: "Kết luận của Bộ trưởng Phùng Xuân Nhạ" /
    (blank) / "tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2017" (the check set's qc08), "… để thỏa thuận, lập
    danh" / (blank) / "sách sơ bộ những người ứng cử …" (qf06). Whether line ``nxt``, after the title read so far
    (``title``, ending at ``gap_from``), goes on with it: in lower case, after a title left unclosed, over at most
    ``TITLE_GAP_MAX_BLANKS`` blank lines, in any text. Counter-examples: a body sentence opens with a capital ("Căn cứ
    …", "Thực hiện …"); a title closed by "." or ":" is closed."""
    return (
        t.text.count("\n", gap_from, nxt.start) - 1 <= TITLE_GAP_MAX_BLANKS
        and not title.rstrip().endswith(PARAGRAPH_ENDS)
        and bool(_LOWER_START.match(nxt.text))
    )


# ENACTING_AUTHORITY_LINE (session 41): a decision prints its enacting authority between its title and its "Căn cứ"
# lines (NĐ 30 Phụ lục I: "BỘ TRƯỞNG BỘ XÂY DỰNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), in capitals like a title printed
# in capitals; without the blank line a copy may lose, it was read into the subject: "PHÊ DUYỆT KẾ HOẠCH LẬP QUY HOẠCH
# … TẦM NHÌN ĐẾN NĂM 2050" / "BỘ TRƯỞNG BỘ XÂY DỰNG" / "Căn cứ Luật Quy hoạch …" (f41's rf02, rf03). A line that
# opens with a signer's position (data/vocabulary.toml [signature] positions) and a name after it, right above the
# first "Căn cứ", ends the title. Counter-example: a title's last line naming a body ("… của Ủy ban nhân dân tỉnh")
# opens with no position.
# ENACTING_BODY_LINE (session 42): a collective body enacts in its own name (NĐ 30 Phụ lục I: a Government resolution's
# "CHÍNH PHỦ", a board's "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH LÀO CAI"), the name its header's issuer line prints, often
# with its place added: "… ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045" / "CHÍNH PHỦ" / "Căn cứ Luật Tổ chức Chính phủ …" (an
# unseen resolution; before, "CHÍNH PHỦ" was read into the subject). A line right above the first "Căn cứ" that opens
# with one of the header's first lines (``HEADER_ISSUER_LINES``, two words at least) ends the title. Counter-example:
# a title's last line naming another body ("… CHO ỦY BAN NHÂN DÂN CÁC HUYỆN") opens with no header line.
HEADER_ISSUER_LINES = 4
_RULE_DASHES_RE = regex.compile(r"[-–_*|]{2,}|(?<!\S)[|*](?!\S)")  # the rule under a name and a table's bars, in a copy


def _enacting_authority_line(t: Text, lines: list[layout_mod.Line], k: int) -> bool:
    """Whether line ``k`` under a title is the decision's enacting authority, above its "Căn cứ" (ENACTING_AUTHORITY_LINE,
    ENACTING_BODY_LINE)."""
    text = lines[k].text.strip()
    after = next((x for x in lines[k + 1 :] if x.text.strip()), None)
    if not is_caps(text) or after is None or not P.CAN_CU_RE.match(t.fold[after.start : after.end].lstrip()):
        return False
    if any(text.startswith(p + " ") and len(text[len(p) :].split()) >= 2 for p in vocabulary().signature.positions):
        return True
    head = [ln for ln in lines[:k] if ln.text.strip()][:HEADER_ISSUER_LINES]
    names = [" ".join(_RULE_DASHES_RE.sub(" ", c.text).split()) for ln in head for c in cells_of(ln)]
    folded = " ".join(text.split())
    return any(len(n.split()) >= 2 and is_caps(n) and (folded == n or folded.startswith(n + " ")) for n in names)


def _subject_under_type(t: Text, lines: list[layout_mod.Line], type_at: int) -> tuple[int, int, SubjectKind] | None:
    """The subject on the type's line ("KẾ HOẠCH Về việc …") or on the lines under it."""
    ln = lines[type_at]
    m = _type_match(t, ln)
    assert m is not None  # type_line matched it
    rest = ln.text[m.end() :].strip(" :-")
    if len(rest) > 3 and not _TYPE_ORDINAL_RE.fullmatch(rest):
        return ln.start + m.end(), ln.end, "type_line"
    sub: list[layout_mod.Line] = []
    seen_end = 0  # where the last line read ends, a stamp's line skipped included
    ocred = t.source.ocred
    in_stamp = False  # the line before was the stamp's (STAMP_DEBRIS)
    for k, ln in enumerate(lines[type_at + 1 : type_at + 1 + SUBJECT_MAX_LINES], start=type_at + 1):
        if ocred:  # a copy of a scan: the received stamp's lines and specks among the title's
            lead, in_stamp = copy_line(ln.text, not sub, in_stamp)
            if lead is None:
                seen_end = ln.end
                continue
            if lead:
                ln = layout_mod.Line(ln.start + lead, ln.end, ln.text[lead:])
            if sub and t.text.count("\n", sub[-1].end, ln.start) > 1:
                # STAMP_GAP: OCR sets the title's lines apart where the stamp stood beside them; a
                # blank line ends the title unless its last line is left open and the next goes on
                # in lower case ("… Nguyễn Chí Dũng" / "tại buôi làm việc với …", c139)
                if t.text[sub[-1].start : sub[-1].end].rstrip().endswith(PARAGRAPH_ENDS) or not _GOES_ON_START.match(ln.text):
                    break
                seen_end = ln.start
        f = t.fold[ln.start : ln.end]
        if sub and is_stamp_field(ln.text):
            seen_end = ln.end
            continue  # a received stamp's empty field printed over the title (n050's scan)
        if P.CAN_CU_RE.match(f) or addressee_label(t, ln.start, ln.end) or P.RULE_LINE_RE.match(f) or BODY_START_RE.match(f):
            break
        if (AFTER_SUBJECT_RE.match(f) or body_opening_re().match(ln.text)) and sub:
            break
        if P.NUMBER_LINE_RE.match(f.strip()) or P.place_date_search(f):
            break
        if sub and _enacting_authority_line(t, lines, k):
            break  # ENACTING_AUTHORITY_LINE
        gap_goes_on = bool(sub) and _title_goes_on_over_blank(t, t.text[sub[-1].start : sub[-1].end], sub[-1].end, ln)
        if sub and not gap_goes_on and (
            # a blank line ends the subject, unless it only sets a stamp's line apart
            (seen_end < sub[-1].end and t.text.count("\n", sub[-1].end, ln.start) > 1)
            or is_caps(t.text[sub[0].start : sub[0].end]) != is_caps(ln.text)
        ):
            break
        # a long line in capitals is still a title (web copies unwrap it), and so is a long line
        # finishing a line left open with "," (n009: "… Ủy viên Ban Thường vụ Tỉnh ủy," over the
        # rest of the title unwrapped) unless it ends as a paragraph does
        unfinished = bool(sub) and t.text[sub[-1].start : sub[-1].end].rstrip().endswith(OPEN_LINE_ENDS)
        # SUBJECT_QUOTE_GOES_ON: a title that opened a quote and has not closed it goes on, whatever case its next
        # line opens with ("Tổ chức “Ngày hội Học sinh, sinh viên toàn quốc Connect" / "Fest năm 2023” và các hoạt
        # động …", c122's title at 60 columns): the quoted name is the title's; a body's sentence opens after it
        quoted = bool(sub) and _quote_open(t.text[sub[0].start : sub[-1].end])
        if (
            sub and not unfinished and not quoted and _opens_sentence(ln.text) and k + 1 < len(lines) and _LOWER_START.match(lines[k + 1].text)
            and not _cited_document_line(ln.text, t.text[sub[-1].start : sub[-1].end])
        ):
            # the body's first sentence, running on over the next line, under a title whose rule
            # a scan lost ("Cơn bão số 3 … rất lớn về" / "người, tài sản …", n055); a title's last
            # line opening with a name ("Chiến sỹ tình nguyện …", c120) has the body's capital after it
            break
        # TITLE_SUBJECT_LINE (as ``layout._title_subject_line``): the first line under the type, unwrapped, that ends
        # with no paragraph's punctuation is the subject however long (n009 with its line breaks lost and restored)
        if (
            len(ln.text.strip()) > SUBJECT_LINE_MAX_CHARS
            and not is_caps(ln.text)
            and not ((unfinished or not sub) and not ln.text.rstrip().endswith(PARAGRAPH_ENDS))
        ):
            break
        sub.append(ln)
    return (sub[0].start, sub[-1].end, "under_type") if sub else None


# SUBJECT_SPECK_ROW: on a scan, a short row under a "V/v" subject's lines most of whose words are
# specks (marks, or one or two letters that are no syllable: no figure, no acronym in capitals) is the
# stamp's or a seal's marks, not the subject's last line: "z  ửa  ^  >" between "của Bộ Công an" and
# "Kính gửi" (n014's DOCX at 300 dpi, the received stamp's frame under the subject). Counter-examples,
# kept: a title's last row "2021 - 2025" (figures), "TNHH MTV" (acronyms), "(cũ)", and a label read
# as no word ("gửỬI:", n047's copy: the "Kính gửi" that ends the subject).
SPECK_ROW_MAX_LETTERS = 2
def is_speck_row(line: str) -> bool:
    """Whether ``line`` is a short row of specks (SUBJECT_SPECK_ROW).

    >>> is_speck_row("z\tửa\t^\t>"), is_speck_row("2021 - 2025"), is_speck_row("TNHH MTV"), is_speck_row("(cũ)"), is_speck_row("khéo”")
    (True, False, False, False, False)
    >>> is_speck_row("gửỬI:")
    False
    """
    words = line.split()
    cores = [regex.sub(r"^[^\p{L}\d]+|[^\p{L}\d]+$", "", w) for w in words]  # quotes and brackets aside: "khéo”"
    specks = [w for w in cores if len(w) <= SPECK_ROW_MAX_LETTERS and not regex.search(r"\d", w) and not _is_word_syllable(w) and not (len(w) >= 2 and w.isupper())]
    return 0 < len(line.strip()) <= STAMP_JUNK_MAX_CHARS and len(specks) * 2 > len(words)


def _subject_after(t: Text, cells: list[layout_mod.Line], c: layout_mod.Line, used: list[tuple[int, int]]) -> int:
    """Where a subject starting in cell ``c`` ends, continued over the short cells that follow.

    A blank line ends it, unless a quote it opened is still open ("“V/v giới thiệu … tham gia",
    blank line, "Ban Vì sự tiến bộ …", "và tổ thư ký, giúp việc”": n032).
    """
    end = c.end
    seen = end  # where the last cell looked at ends, a row of specks skipped included
    looked = 0
    for nxt in (x for x in cells if x.start > c.end):
        if looked >= SUBJECT_MAX_LINES:
            break
        f = t.fold[nxt.start : nxt.end]
        quoted = _quote_open(t.text[c.start : end])
        # TITLE_GOES_ON_AFTER_GAP on a scan: a blank line the stamp left inside the "V/v" lines (not
        # before the right column's date line, its place damaged: "âm Đồng, ngày 73 th", n024
        # photographed, nor before a label)
        # (and in any text, TITLE_GOES_ON_OVER_BLANK: "Về việc thực hiện Đề án Kiểm soát" / (blank) / "mất cân bằng giới
        # tính khi sinh", the tune set's qa07)
        gap = (
            (t.source.ocred or _title_goes_on_over_blank(t, t.text[c.start : end], max(end, seen), nxt))
            and not t.text[c.start : end].rstrip().endswith(PARAGRAPH_ENDS)
            and bool(_GOES_ON_START.match(nxt.text))
            and not regex.search(r"\bngày\s*\d", nxt.text)
            and not nxt.text.rstrip().endswith(":")  # nor a label read as no word ("gửỬI:", n047's copy)
        )
        if t.source.ocred and is_speck_row(t.text[t.text.rfind("\n", 0, nxt.start) + 1 : line_end(t, nxt.start)]):
            seen = max(seen, nxt.end)
            continue  # SUBJECT_SPECK_ROW: its cells are no lines of the subject's
        if "\n" not in t.text[end : nxt.start] and P.PLACE_DATE_RE.match(t.fold, nxt.start, nxt.end):
            continue  # SUBJECT_BESIDE_PLACE_DATE: the right column's place and date on the subject's line
        looked += 1
        if is_stamp_field(nxt.text):
            continue  # a received stamp's field under or between the subject's lines (n014's scan)
        if (
            _overlaps((nxt.start, nxt.end), used)
            or P.KINH_GUI_RE.match(f)
            or P.RULE_LINE_RE.match(f)
            or is_caps(f)
            or P.place_date_search(f)
            or (t.text.count("\n", max(end, seen), nxt.start) > 1 and not quoted and not gap)
            or len(f) > SUBJECT_WRAP_MAX_CHARS
        ):
            break
        end = seen = nxt.end
    return end


def _opens_its_line(t: Text, c: layout_mod.Line) -> bool:
    """Whether cell ``c`` opens its line (the header's left column), nothing but blanks before it."""
    return not t.text[t.text.rfind("\n", 0, c.start) + 1 : c.start].strip()


def subject_span(
    t: Text,
    lines: list[layout_mod.Line],
    type_at: int | None,
    cells: list[layout_mod.Line],
    used: list[tuple[int, int]],
    number_end: int | None,
    symbol: str | None,
) -> tuple[int, int, SubjectKind] | None:
    """Where the subject (trích yếu) stands, and how it is printed.

    On or under the type line ("KẾ HOẠCH"); else a công văn's "V/v …", possibly wrapped; else a
    Party công văn's trích yếu under the number without "V/v" (HD 36).

    Args:
        t: the normalised text.
        lines: the non-blank lines around the type's (``type_window``).
        type_at: the type line's index in ``lines``, or None.
        cells: the header's cells.
        used: the spans of the mottos, the number and the date.
        number_end: where the number's symbol ends, or None.
        symbol: the number's symbol, or None.

    Returns:
        (start, end, kind), or None.
    """
    if type_at is not None:
        return _subject_under_type(t, lines, type_at)
    for c in cells:
        vv = P.SUBJECT_VV_RE.match(t.fold, c.start, c.end) or VV_INSIDE_RE.search(t.fold, c.start, c.end)
        if vv:
            return vv.end(), _subject_after(t, cells, c, used), "vv"
        damaged = VV_BARE_RE.match(P.bare(c.text)) or (VV_LINE_START_RE.match(P.bare(c.text)) if _opens_its_line(t, c) else None)
        if damaged:
            return c.start + damaged.end(), _subject_after(t, cells, c, used), "vv"
    if number_end is not None and is_cong_van_symbol(symbol):
        after = [c for c in cells if c.start >= number_end and not _overlaps((c.start, c.end), used)]
        if after and upper_ratio(after[0].text) < 0.6 and not P.KINH_GUI_RE.match(t.fold, after[0].start):
            return after[0].start, _subject_after(t, cells, after[0], used), "after_number"
    return None


def header_roles(t: Text, layout: Layout, st: Structure | None = None) -> dict[Role, list[int]]:
    """The rules' header: where the number, place and date, e-signature box, type, issuer and parent stand.

    Args:
        t: the normalised text.
        layout: its zones.
        st: the structure (its e-signature box's lines hold no issuer); None reads every cell.

    Returns:
        For "number", "place_date", "esign_box", "type", "issuer", "parent" and "subject", the
        offsets of their cells or lines (each of number, date and type at most one).
    """
    cells = header_cells(t, layout)
    found: dict[Role, list[int]] = {"number": [], "place_date": [], "esign_box": [], "type": [], "issuer": [], "parent": [], "subject": []}
    _, motto_spans = mottos(cells)
    used: list[tuple[int, int]] = list(motto_spans)
    number = next(((c, m) for c in cells if (m := number_match(t, c))), None)
    symbol, number_end = None, None
    damaged = next(
        (c for c in cells if c.start < layout.header_end and is_number_box(c.text) and not _overlaps((c.start, c.end), used)), None
    )
    if damaged is not None and (number is None or damaged.start < number[0].start):
        # the number box a scan damaged stands before any "số …" read further down (a citation)
        found["number"].append(damaged.start)
        used.append((damaged.start, damaged.end))
        number = None
    if number is not None:
        found["number"].append(number[0].start)
        used.append(number[1].span())
        symbol, _, _, number_end = number_value(t, *number)
    date = next(((c, m) for c in cells if (m := place_date_match(t, c, used))), None) or next(
        ((c, m) for c in cells if (m := date_words_match(t, c))), None
    )
    if date is not None:
        found["place_date"].append(date[0].start)
        used.append(date[1].span())
    lines = type_window(t, layout)
    typed = type_line(t, lines, used)
    type_start = None
    if typed is not None:
        type_start = lines[typed[0]].start + typed[1].start("type")
        found["type"].append(lines[typed[0]].start)
    subject = subject_span(t, lines, typed[0] if typed is not None else None, cells, used, number_end, symbol)
    if subject is not None:
        found["subject"] = [ln.start for ln in lines_of(t.text, subject[0], subject[1]) if ln.text.strip()]
    if st is not None:
        first_fixed = min([c.start for c in cells if _overlaps((c.start, c.end), used)], default=len(t.text))
        box = esign_box_lines(st, first_fixed)
        found["esign_box"] = [st.lines[i].start for i in sorted(box)]
        box_spans = [(st.lines[i].start, st.lines[i].end) for i in box]
        cells = [c for c in cells if not _overlaps((c.start, c.end), box_spans)]
    block = issuer_cells(t, cells, used, motto_spans, type_start)
    units = issuer_units([text for _, _, text in block])
    for k, unit in enumerate(units):
        found["issuer" if k == len(units) - 1 else "parent"].extend(block[i][0] for i in unit)
    return found
