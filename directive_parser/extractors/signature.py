"""The closing block: signer (authority, position, name) and the "Nơi nhận" distribution list.

NĐ 30 boxes 7a-7c and 9b, HD 36 the same: the authority line ("K/T TRƯỞNG BAN", "TM. ỦY BAN
NHÂN DÂN") stands above the position line ("PHÓ TRƯỞNG BAN"), then the signature, then the
name; "Nơi nhận:" sits to the left with one recipient per line ("- Như trên;", "- Lưu: VT.").

Which lines these are is the role labeller's call (``roles.py``: the rules' closing, or a trained
labeller): this stage reads the lines tagged "distribution", "authority", "position" and
"signer" and applies the value rules on them. Flattened copies put both columns on shared
lines, so a line is split into cells: the signer's cells are no items, and the items on a line
the signer's role took are still items.
"""

from __future__ import annotations

import itertools

import regex

from .. import patterns as P
from .. import roles as R
from ..layout import Line, cells_of
from ..loaders.ocr import deputy_title
from ..loaders.ocrdist import repair_items
from ..loaders.ocrnames import (
    family_names,
    fits_title,
    garbled_position,
    is_syllable,
    ranks,
    rejoined_title_words,
    repair_signer_name,
)
from ..loaders.ocrwords import letters_key
from ..record import Directive
from ..source import Text
from ..structure import Structure
from ..values import clean_value, is_caps
from ..vocabulary import vocabulary

# The roles of the closing's lines; a line of another role inside the list is not read.
CLOSING_ROLES = frozenset(R.CLOSING_ROLES)
# A run of items read down from a line tagged "distribution" counts from this many items (or when
# it starts at the "Nơi nhận" heading): a lone line is a stray tag, not a list.
MIN_RUN_ITEMS = 2

TaggedLine = tuple[Line, str]


def _cells_from(t: Text, line: Line, begin: int) -> list[Line]:
    """The cells of ``line`` from ``begin`` on; the signer's line a flattened text glued after an item
    (``roles.glued_cells``) is none of them."""
    begin = max(begin, line.start)
    return [c for c, signer in R.glued_cells(t, Line(begin, line.end, t.text[begin : line.end])) if not signer]


# ITEMS_RUN_TOGETHER (session 39): a web copy may print the whole list in one table cell, its items run together on
# one line: "| *Nơi nhận:* - Bộ trưởng (để báo cáo); - Các Thứ trưởng; - Văn phòng Chính phủ; - … - Lưu VT, VP(TH),
# BĐKH. | KT. BỘ TRƯỞNG … |" (two unseen ministry and VPCP letters in Markdown: one item of them all, or none when the
# cell was longer than an item). A cell is read as its items where an item's ";" is followed by a bullet. Counter-
# example: "Các Bộ: CT, NN&PTNT, TC" (commas inside one item) and a hyphen inside a name ("Kế hoạch - Tài chính") stay.
_RUN_TOGETHER_RE = regex.compile(rf";[ \t]+(?=[{regex.escape(R.ITEM_BULLETS)}][ \t])", regex.V1)


def _items_of(c: Line) -> list[Line]:
    """A cell as the items run together in it (ITEMS_RUN_TOGETHER), or the cell itself."""
    cuts = [m.end() for m in _RUN_TOGETHER_RE.finditer(c.text)]
    if not cuts:
        return [c]
    out = []
    for a, b in itertools.pairwise([0, *cuts, len(c.text)]):
        part = c.text[a:b]
        if part.strip():
            lead, trail = len(part) - len(part.lstrip()), len(part) - len(part.rstrip())
            out.append(Line(c.start + a + lead, c.start + b - trail, part.strip()))
    return out


def _rows_from(t: Text, lines: list[TaggedLine], first: int) -> tuple[list[tuple[int, int, str]], int]:
    """The item cells read down from line ``first``, and the index of the line after the list."""
    rows: list[tuple[int, int, str]] = []  # (start, end, text) per item cell
    without_items = 0
    for k in range(first, len(lines)):
        line, role = lines[k]
        heading = P.NOI_NHAN_RE.search(t.fold, line.start, line.end)
        cells = _cells_from(t, line, heading.end() if heading else line.start) if role in CLOSING_ROLES else []
        cells = [c for cell in cells for c in _items_of(cell) if R.is_item_cell(t, c)]
        if not cells:
            without_items += 1
            if rows and without_items > 1:
                return rows, k
            continue
        without_items = 0
        for c in cells:
            s = c.text.strip()
            if len(s) > R.ITEM_MAX_CHARS:
                return rows, k
            if s.startswith("(") and rows and rows[-1][2].endswith(";"):
                # a note printed to the right of its item: "Ban Dân vận TW;   (Để b/c)"
                p0, _, joined = rows[-1]
                rows[-1] = (p0, c.end, f"{joined[:-1]} {s};")
                continue
            if rows and R.is_name_beside_list(s):
                continue
            rows.append((c.start, c.end, s))
            if R.LUU_ITEM_RE.match(s):
                return rows, k + 1
    return rows, len(lines)


# The "Lưu" item keeps the drafter's mark after its count, typed or handwritten ("Lưu: VT, TH (2)
# Thạch", "Lưu: VT, KTTH (2) M.Cường", the gold's H6). On a scan, the specks and strokes beside it
# are read as more words: a letter alone ("Lưu: VT, CN. pvc c", c137) or a word without a letter
# and without a bracket ("Lưu: VT, KTTH (3) 270", c157; "(02) 414", c150). No drafter's mark is
# either, so they are left out at the item's end, on OCR'd text only.
# Marks without a letter or digit at an OCR'd item's end (a closing bracket or quote is the item's).
_TRAILING_STROKES = regex.compile(r"[^\p{L}\p{N})\]”\"'’]+$")
_LUU_SPECKS_AFTER = regex.compile(
    r"^(?P<item>Lưu\b.*?)"
    r"(?:\s+(?:[^\s\p{L}()\[\]]+|\p{L}))+$",  # each: no letter and no bracket, or one letter alone
    regex.V1,
)


# A bulleted item naming an office and, after a colon, its units ("- VPCP: BTCN, các PCN, …;").
_UNITS_LISTED = regex.compile(r"^[-–+•·*]\s*[^\s:;,]+(?:\s+[^\s:;,]+){0,3}:\s", regex.V1)


def _distribution(t: Text, d: Directive, lines: list[TaggedLine]) -> None:
    """The "Nơi nhận" list: the runs of items read down from the lines tagged "distribution".

    The items are the cells of the lines tagged "distribution" and, where the two columns share a
    line, of the lines the signer's roles took; the heading ("Nơi nhận:") is a label, not an
    item; the signer's cells and the signature's note are left out. Two lines without an item in
    a row, a cell too long for an item, and the "Lưu" item end a run; a list printed in two parts
    (PDF reading order puts the signer's block between them) is two runs, and a lone stray line
    tagged "distribution" is none. Where the copy lost its bullets and items end with ";", a line
    ending with "," (or with nothing) is wrapped and continues on the next line.
    """
    tagged = [k for k, (_, role) in enumerate(lines) if role == "distribution"]
    # the heading may share its line with the signer's column ("Nơi nhận:   TL. CHỦ TỊCH"), whose
    # role the line then took; the list starts there
    heading = next(
        (k for k, (ln, role) in enumerate(lines) if role in CLOSING_ROLES and P.NOI_NHAN_RE.search(t.fold, ln.start, ln.end)),
        None,
    )
    if heading is not None and (not tagged or heading < tagged[0]):
        tagged.insert(0, heading)
    rows: list[tuple[int, int, str]] = []
    after = -1
    for first in tagged:
        if first < after:
            continue
        run, after = _rows_from(t, lines, first)
        # the "Lưu" item alone closes a list a lost line parted it from (n044's scan)
        if len(run) >= MIN_RUN_ITEMS or first == heading or (rows and len(run) == 1 and R.LUU_ITEM_RE.match(run[0][2])):
            rows.extend(run)  # a list printed in two parts around the signer's block (PDF reading order)
    bullets = R.ITEM_BULLETS
    bulleted = any(r[2][0] in bullets for r in rows)
    terminated = sum(r[2].endswith(";") for r in rows) >= 2
    items: list[tuple[int, int, str]] = []
    for r in rows:
        prev = items[-1][2] if items else None
        wrapped = prev is not None and (
            (not bulleted and terminated and not prev.endswith((";", ".")))
            or (r[2][0].islower() and r[2][0] not in bullets)
            # in a bulleted list, a line without a bullet continues an item that has not ended
            or (bulleted and r[2][0] not in bullets and not prev.endswith((";", ".")) and not R.LUU_RE.match(r[2]))
            # an office with its units after a colon lists them with ";" over lines without a bullet
            # ("- VPCP: BTCN, các PCN: Nguyễn Sỹ Hiệp;" / "Trợ lý TTgCP, TGĐ Cổng TTĐT, …;", c142)
            or (
                bulleted and r[2][0] not in bullets and prev.endswith(";") and bool(_UNITS_LISTED.match(prev))
                and not R.LUU_RE.match(r[2])
            )
        )
        if wrapped:
            items[-1] = (items[-1][0], r[1], f"{prev} {r[2]}")
        else:
            items.append(r)
    values = []
    ocred = bool(t.source.ocr_words)
    for _, _, text in items:
        # an item ends with ";" or "," ("." the last); ":" is one of these misread (n048's scan)
        v = clean_value(text.lstrip(bullets + " ").rstrip(";,.:").strip())
        if ocred:  # the strokes read after an item's end ("Như Điều 3;_", c155's scan)
            v = _TRAILING_STROKES.sub("", v).rstrip(";,.:").strip()
        marks = _LUU_SPECKS_AFTER.match(v) if ocred and v else None
        if marks:
            v = marks["item"].rstrip(";,.:")  # the punctuation before the specks ends the item
        if v:
            values.append(v)
    d.distribution = repair_items(values, t.text, t.source.ocr_repairs) if ocred else values
    if items:
        d.evidence["distribution"] = t.evidence(items[0][0], items[-1][1])


# What may stand between the position and the name on one flattened line.
_SIGNED_INLINE = regex.compile(r"^[\s(\[]*(?:đã ký|Đã ký|ĐÃ KÝ|Ký|ký)?[\s)\].:]*", regex.V1)


# NAME_BEFORE_CAPS (session 34): the name on a flattened signer's line may have the next block glued after it, a
# heading in capitals: "KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……" (qj09, its
# attached form's first field). The name is the title-case words before the capitals, when it opens with a family
# name (data/ocr.toml [names] family). Counter-example: "… BÍ THƯ Đã ký Nguyễn Văn A" ends with the name alone.
_NAME_BEFORE_CAPS = regex.compile(r"(?P<name>(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+\s+){1,4}(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+)\s+(?=(?-i:\p{Lu}){2,}(?:\s|$))", regex.V1)


def _inline_signature(t: Text, d: Directive, cell: Line) -> bool:
    """Authority, position and name flattened onto one line: "TM. BAN BÍ THƯ … BÍ THƯ Đã ký Ngô Văn Cương"."""
    first = P.authority_re().match(t.fold, cell.start, cell.end)
    if first is None:
        return False
    # a two-level authority ("TL. CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG …", AUTHORITY_LINES_APART) is one cell: the
    # position and the name follow its last part
    m = first
    for mark in R.authority_mark_re().finditer(t.fold, first.start() + 1, cell.end):
        m = P.authority_re().match(t.fold, mark.start(), cell.end) or m
    if m.end() >= cell.end - 3:
        return False
    caps = t.text[first.start() : m.end()]
    positions = sorted(P.position_words(), key=len, reverse=True)
    split_at = None
    for pos in positions:
        if caps.endswith(" " + pos) and len(caps) - len(pos) - 1 > m.start() - first.start() + len(m.group("auth")) + 2:
            split_at = len(caps) - len(pos)
            break
    if split_at is not None and caps[:split_at].endswith(" PHÓ "):
        # DEPUTY_WORD_WITH_ITS_TITLE (session 34): "PHÓ" opens the deputy's title ("KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC
        # TRƯỞNG Vũ Ngọc Anh", qj09: read "KT. TỔNG CỤC TRƯỞNG PHÓ" / "TỔNG CỤC TRƯỞNG" before)
        split_at -= len("PHÓ ")
    tail = t.text[m.end() : cell.end]
    after = _SIGNED_INLINE.match(tail)
    name = tail[after.end() :].strip() if after else tail.strip()
    glued = _NAME_BEFORE_CAPS.match(name) if split_at is not None and not P.NAME_LINE_RE.match(name) else None
    if glued is not None and letters_key(glued["name"].split()[0]) in family_names():
        name = glued["name"]  # NAME_BEFORE_CAPS
    if split_at is None or not P.NAME_LINE_RE.match(name):
        return False
    d.signer.authority = clean_value(caps[:split_at])
    d.signer.position = clean_value(caps[split_at:])
    d.signer.name = clean_value(name)
    d.evidence["signer.authority"] = t.evidence(first.start(), first.start() + split_at)
    d.evidence["signer.position"] = t.evidence(first.start() + split_at, m.end())
    start = cell.end - len(tail) + tail.index(name)
    d.evidence["signer.name"] = t.evidence(start, start + len(name))
    return True


# --- the name as the right column's last line (NĐ 30 box 7c) ----------------------------------
# The name is the last line of the signer's column, under the signature and the seal. Where a
# seal made the authority and position unreadable, or an OCR'd copy ran the two columns into one
# line each, no role is read for it, but the format still places it: the closing's last line
# ("Trương Văn Tùng" under "- Lưu VT.", c149's "Nguyễn Hòa Bình" after the OCR loader's
# signature block), or the end of a "Nơi nhận" line the name was run into ("- Lưu: VT, NC(Tr212).
# Trần Phước Hiền"; "…, Hậu Giang, Nguyên Sỹ Hiệp" on c142). The name read under the strokes is
# repaired as the OCR loader repairs it (loaders/ocrnames.py: completed from the full name
# printed elsewhere in the document, the family name by its letters), and must then start with
# a family name (data/ocr.toml ``[names] family``): "Ban Thường Vụ", "Vụ HSSV" are not names.

# A name run into the end of a list line after the item's "," or "." ("Hậu Giang, Nguyên Sỹ
# Hiệp"): three to five capitalised words and nothing after them. A name after a space or a
# colon belongs to the item ("PTTg Trần Hồng Hà", "các PCN: Nguyễn Sỹ Hiệp").
_NAME_RUN_INTO = regex.compile(r"[,.]\s+(?P<name>(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+\s+){2,4}(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+)\s*$", regex.V1)
# Leading specks an OCR reads before the name (">=Ngấyên Sỹ Hiệp"): no letters, no word.
_SPECKS = regex.compile(r"^[^\p{L}]*")  # matches every string (perhaps empty)
# A name has two to five words (NAME_LINE_RE allows six).
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 5


def _as_name(t: Text, text: str, start: int, end: int) -> str | None:
    """``text`` (the document's ``t.text[start:end]``) as a name, repaired, or None."""
    lines = repair_signer_name([text], t.text[:start] + t.text[end:])
    s = lines[0].strip()
    if not P.NAME_LINE_RE.match(s) or not NAME_MIN_WORDS <= len(s.split()) <= NAME_MAX_WORDS:
        return None
    if len(s.split()) < len(text.split()):  # a word read was dropped: "X6 Hoàng Giang" is a name's end
        return None
    if s.split()[0] not in family_names().values():  # "Đảng Cộng" has Đặng's letters, not the name
        return None
    if s != text.strip():
        t.source.ocr_repairs.append(f"{text.strip()!r} → {s!r}")
    return s


def _ranked_name(t: Text, cells: list[Line], after: int, before: int) -> tuple[int, int, str] | None:
    """A name under the position with a rank before it ("Thượng tướng Nguyễn Văn Long", n039,
    n046): the first such cell between ``after`` and ``before``, as (start, end, name without the
    rank). The rank is no part of the name (the gold's convention, NĐ 30 box 7c prints the full
    name); the role rules skip the line, its rank being in lower case."""
    for c in cells:
        if not after <= c.start < before:
            continue
        words = c.text.split()
        for k in range(1, len(words)):
            if " ".join(words[:k]) in ranks():
                begin = c.start + c.text.index(words[k])
                name = _as_name(t, c.text[c.text.index(words[k]) :].strip(), begin, c.end)
                if name is not None:
                    return begin, c.end, name
    return None


def _last_line_name(t: Text, d: Directive, cells: list[Line]) -> None:
    """The signer's name where no role was read for it: the closing's last line, else a name run
    into the end of the lowest "Nơi nhận" line."""
    filled = [c for c in cells if c.text.strip()]
    if not filled:
        return
    last = filled[-1]
    specks = _SPECKS.match(last.text)
    begin = last.start + (specks.end() if specks else 0)
    name = _as_name(t, t.text[begin : last.end], begin, last.end)
    if name is not None:
        d.signer.name = clean_value(name)
        d.evidence["signer.name"] = t.evidence(begin, last.end)
        return
    for c in reversed(filled):
        m = _NAME_RUN_INTO.search(c.text)
        if m is None:
            continue
        begin, end = c.start + m.start("name"), c.start + m.end("name")
        name = _as_name(t, m.group("name"), begin, end)
        if name is not None:
            d.signer.name = clean_value(name)
            d.evidence["signer.name"] = t.evidence(begin, end)
        return


def _seal_noise(text: str) -> bool:
    """Whether a line read as the name has no word of a Vietnamese name in it: no word of two
    letters or more is a syllable ("SN J"; "NGUYỄN VĂN A" in capitals has three)."""
    return not any(len(w) >= 2 and is_syllable(w) for w in regex.findall(r"[\p{L}\p{Mn}]+", text))


# NAME_UNDER_SEAL_RING: on OCR'd text, a line the roles read as the name whose first word is no
# Vietnamese syllable is a name whose family name the seal's ring crossed ("% # Tgấi Văn Sơn" for
# "Trần Văn Sơn", c159's 1-bit scan: the ring's lower arc over "Trần"): the loader's repairs
# (loaders/ocrnames.py ``repair_signer_name``: a family name by its letters, completed from the
# document) found no name in it, so the name is left null rather than given as read. A first word
# that is a syllable stays ("Trân Phước Hiền", one mark off, is still a name read).
def _family_unread(text: str) -> bool:
    """Whether the first word of a name line read on a scan is no syllable (NAME_UNDER_SEAL_RING).

    Example:
        >>> _family_unread("% # Tgấi Văn Sơn"), _family_unread("Trân Phước Hiền"), _family_unread("Phạm Minh Chính")
        (True, False, False)
    """
    words = regex.findall(r"[\p{L}\p{Mn}]+", text)
    return bool(words) and not is_syllable(words[0])


# NAME_REPAIRED_IN_BLOCK: on OCR'd text, the name the roles read under the position is repaired as
# the closing's last line is (``_as_name``: completed from the full name printed elsewhere in the
# document, the family name by its letters, one repair recorded): n057's copy reads "Xguyến Quốc
# Việt" under "CHÁNH VĂN PHÒNG", the family name's first letter misread ("Nguyễn" is the one
# family name with the letters "guyen" after a first one: ``ocrnames._family``). Where no repair
# makes a name of a family name, the line is read as before (NAME_UNDER_SEAL_RING below, or as
# read); a name read right is never changed ("Trần Phước Hiền", "Phạm Minh Chính"), nor a given
# name one mark off that is itself a name ("Trần Hoàng Tuân": no list says which given name stood).
def _block_name_repaired(t: Text, name: Line) -> str | None:
    """The name line ``name`` repaired (NAME_REPAIRED_IN_BLOCK) where a repair applies, else None."""
    read = name.text.strip()
    repaired = _as_name(t, read, name.start, name.end)
    return repaired if repaired is not None and repaired != read else None


# FAMILY_NAME_WRAPPED (session 38): a narrow column wraps the name after its family name, "Nguyễn" / "Khắc Định" under
# "PHÓ" / "CHỦ NHIỆM" (an unseen web copy of a Government Office letter: "Khắc Định" was read). The family name alone
# on the cell right above the name's joins it. Counter-example: a word above that is no family name ("CHỦ NHIỆM", "Đã
# ký") stays out.
def _family_above(t: Text, name: Line) -> int | None:
    """Where the signer's name starts when its family name stands alone on the cell above it (FAMILY_NAME_WRAPPED)."""
    line_start = t.text.rfind("\n", 0, name.start) + 1
    if t.text[line_start : name.start].strip() or line_start == 0 or len(name.text.split()) > NAME_MAX_WORDS - 1:
        return None  # the name opens its line, and has room for a family name
    above_start = t.text.rfind("\n", 0, line_start - 1) + 1
    word = t.text[above_start : line_start - 1].strip()
    if not word or " " in word or "\t" in word or family_names().get(letters_key(word)) != word:
        return None
    return above_start + t.text[above_start:line_start].index(word)


def _signer(t: Text, d: Directive, lines: list[TaggedLine]) -> None:
    """Authority, position and name from the cells of the lines tagged with a closing role."""
    cells: list[Line] = []
    flattened = False  # a line glued the signer's column after the "Nơi nhận" column's
    for line, role in lines:
        if role in CLOSING_ROLES:
            # where a flattened line glued the signer's line after an item, the item is no signer's cell
            split = R.glued_cells(t, line)
            glued = any(signer for _, signer in split)
            flattened = flattened or glued
            cells.extend(c for c, signer in split if signer or not glued)
        elif role == "blank":
            cells.append(Line(line.start, line.start, ""))
    found = R.signer_cells(t, cells)
    auth_cell, pos_cell, name = found["authority"], found["position"], found["signer"]
    if auth_cell is None and pos_cell is None and not name:
        # no signer's role was read (a seal over the block, two columns run together) in a closing
        # the labeller did find ("Nơi nhận"): the last line may still sign. The rule labeller
        # tags that line body; a labeller that finds no closing at all gets no name.
        if any(role in CLOSING_ROLES for _, role in lines):
            _last_line_name(t, d, [c for line, _ in lines for c in cells_of(line)])
        return
    if auth_cell is not None and _inline_signature(t, d, auth_cell):
        return
    if auth_cell is not None and pos_cell is None:
        auth_cell, pos_cell = _deputy_on_authority_line(t, auth_cell)
    anchor = pos_cell or auth_cell
    ranked = None
    if anchor is not None:  # a ranked name above the one the roles read ("ĐỀ CƯƠNG" on n046), or none read
        every_cell = [c for line, _ in lines for c in cells_of(line)]
        ranked = _ranked_name(t, every_cell, anchor.end, name.start if name else len(t.text))
    if auth_cell is not None:
        d.signer.authority = clean_value(auth_cell.text)
        d.evidence["signer.authority"] = t.evidence(auth_cell.start, auth_cell.end)
    if pos_cell is not None:
        d.signer.position = clean_value(pos_cell.text)
        d.evidence["signer.position"] = t.evidence(pos_cell.start, pos_cell.end)
    if ranked is not None:
        d.signer.name = clean_value(ranked[2])
        d.evidence["signer.name"] = t.evidence(ranked[0], ranked[1])
    elif name is not None and _seal_noise(name.text):
        # the seal's strokes read as a name in capitals under the position ("SN J", n050's scan):
        # the closing's last line signs, when it is a name; else the line read stays
        _last_line_name(t, d, [c for line, _ in lines for c in cells_of(line)])
        if d.signer.name is None:
            d.signer.name = clean_value(name.text)
            d.evidence["signer.name"] = t.evidence(name.start, name.end)
    elif name is not None and t.source.ocred and (repaired := _block_name_repaired(t, name)) is not None:
        d.signer.name = clean_value(repaired)  # NAME_REPAIRED_IN_BLOCK
        d.evidence["signer.name"] = t.evidence(name.start, name.end)
    elif name is not None and t.source.ocred and _family_unread(name.text):
        pass  # NAME_UNDER_SEAL_RING: the family name not read; null, not a guess
    elif name is not None:
        start = _family_above(t, name)
        d.signer.name = clean_value(t.text[start : name.end] if start is not None else name.text)
        d.evidence["signer.name"] = t.evidence(start if start is not None else name.start, name.end)
    elif t.source.ocred or flattened:
        # no name read under the position on OCR'd or flattened text (its first letters under the
        # signature's stroke, "X6uyễn Hoàng Giang", n058): the closing's last line signs, when a name
        _last_line_name(t, d, [c for line, _ in lines for c in cells_of(line)])
    if pos_cell is not None:
        _second_position_line(t, d, lines, pos_cell, name)


# A deputy's title on the authority's line (a flattened copy joined the block's first two lines:
# "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", n004): "KT." (ký thay, NĐ 30 box 7a) means the deputy signs, so the
# line's end that is the deputy's title of the head named before it (``ocr.deputy_title``) is the
# position. Counter-examples: a head's two titles ("KT. BỘ TRƯỞNG, CHỦ NHIỆM"), a collective
# body ending with a position's words ("TM. BAN BÍ THƯ"): no deputy's title there, the line stays
# the authority.
# COLLECTIVE_HEAD_ON_AUTHORITY_LINE (session 41): so does "TM." (thay mặt, NĐ 30 box 7a: the head signs for a collective
# body) with the head's title after the body's name: "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ" (f43's rm02, a block
# flattened into one table cell), "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH". Only a known position at the line's end after a name
# of two words or more. Counter-example: "TM. BAN BÍ THƯ" (the body's own name ends with a position's words; one word
# before them) stays the authority.
_COLLECTIVE_MARK_RE = regex.compile(r"T\.?\s?/?\s?M\.?\s", regex.V1)
COLLECTIVE_NAME_MIN_WORDS = 2


def _deputy_on_authority_line(t: Text, cell: Line) -> tuple[Line, Line | None]:
    """The authority cell and the deputy's (or the collective head's) position cell where the line holds both, else
    (cell, None)."""
    text = cell.text.rstrip()
    for m in regex.finditer(r" (?=\S)", text):
        head, tail = text[: m.start()], text[m.end() :]
        if deputy_title(head) == tail:
            return Line(cell.start, cell.start + m.start(), head), Line(cell.start + m.end(), cell.start + len(text), tail)
    mark = _COLLECTIVE_MARK_RE.match(text)
    if mark is not None:
        for position in sorted(vocabulary().signature.positions, key=len, reverse=True):
            at = len(text) - len(position)
            if at > mark.end() and text.endswith(position) and text[at - 1] == " " and len(text[mark.end() : at].split()) >= COLLECTIVE_NAME_MIN_WORDS:
                head = text[: at - 1].rstrip()
                return Line(cell.start, cell.start + len(head), head), Line(cell.start + at, cell.start + len(text), position)
    return cell, None


# H10: a second position line printed apart from the first, above the name ("PHÓ TRƯỞNG BAN" …
# "PHÓ CHỦ TỊCH UBND TỈNH", n006: the deputy head of a steering committee signs with his own
# office's title too) is part of the position, joined by one space. It is a line in capitals that
# starts with a position of the vocabulary, between the position and the name, whatever role the
# labeller gave it. Counter-example: a "Nơi nhận" item in the same rows ("- Lưu: VT, NC.Châu"), the
# name itself: never joined.
def _second_position_line(t: Text, d: Directive, lines: list[TaggedLine], pos: Line, name: Line | None) -> None:
    """Join to the position a second position line under it and above the name (H10)."""
    if d.signer.position is None:
        return
    # (a name's own line counts when a glued cell stands before the name: "PHÓ CHỦ TỊCH UBND TỈNHNguyễn Ngọc Phúc", the
    # GLUED_CELLS of layout.cells_of)
    below = [ln for ln, _ in lines if ln.start >= pos.end and (name is None or ln.start < name.start) and ln.text.strip()]
    for ln in below:
        for c in cells_of(ln):
            if name is not None and c.end > name.start:
                break
            s = c.text.strip()
            if s and s[0] not in R.ITEM_BULLETS and is_caps(s) and P.position_re().match(t.fold[c.start : c.end]):
                d.signer.position = f"{d.signer.position} {clean_value(s)}"
                d.evidence["signer.position"] = t.evidence(pos.start, c.end)
                return


# How many lines above the name a position garbled by the seal is looked for (the seal's specks
# may stand between: c142's three lines of strokes).
POSITION_LINES_ABOVE = 5


# DEPUTY_UNDER_KT: the position under a "KT. …" authority is the deputy's title of that head (NĐ 30
# box 7a: "KT." — the deputy signs for the head; ``ocr.deputy_title``), so a position line OCR
# spoilt is read as that title where it fits it (``ocrnames.fits_title``, after
# TITLE_WORD_REJOINED): n039's copy, "Ứ TRUƯ ỞNG" under "KT. BỘ TRƯỞNG" → "THỨ TRƯỞNG" (read alone,
# "Ứ TRƯỞNG" would as well fit "VỤ TRƯỞNG": the authority tells which). Counter-examples: no "KT."
# ("TM. ỦY BAN NHÂN DÂN" names no head), a line that does not fit ("Lê Quân"): left to the rules after.
def _deputy_read(position: str, authority: str | None, positions: list[str]) -> str | None:
    """The deputy's title the position ``position`` read under ``authority`` is (DEPUTY_UNDER_KT), or None.

    >>> ps = ["BỘ TRƯỞNG", "THỨ TRƯỞNG", "VỤ TRƯỞNG", "PHÓ CHỦ TỊCH"]
    >>> _deputy_read("Ứ TRUƯ ỞNG", "KT. BỘ TRƯỞNG", ps), _deputy_read("Ứ TRUƯ ỞNG", "TM. ỦY BAN NHÂN DÂN", ps)
    ('THỨ TRƯỞNG', None)
    >>> _deputy_read("Lê Quân", "KT. BỘ TRƯỞNG", ps), _deputy_read("Z6Q TRƯỞNG BAN", "KT. BỘ TRƯỞNG", ps)
    (None, None)
    """
    deputy = deputy_title(authority) if authority else None
    if deputy is None or deputy not in positions:
        return None
    rejoined = rejoined_title_words(position, positions)
    return deputy if rejoined == deputy or fits_title(rejoined, deputy, positions) else None


def _repaired_position(t: Text, d: Directive, lines: list[TaggedLine]) -> None:
    """On a scan (or text OCR'd elsewhere), a position the seal garbled read as the one known position it fits
    (``ocrnames.garbled_position``): the position read ("XP RRƯƠNG BẠN", n048), or, where none
    was read, the nearest line above the name under the "Nơi nhận" list ("HO MU TƯỜNG", c149).
    Each repair recorded."""
    if not t.source.ocred:
        return
    positions = list(vocabulary().signature.positions)
    if d.signer.position is not None:
        if d.signer.position in positions:
            return
        fit = _deputy_read(d.signer.position, d.signer.authority, positions) or garbled_position(d.signer.position, positions)
        if fit is not None:
            t.source.ocr_repairs.append(f"{d.signer.position!r} → {fit!r} (the position under the seal)")
            d.signer.position = fit
        return
    name_ev = d.evidence.get("signer.name")
    if d.signer.name is None or name_ev is None:
        return
    above = [(ln, role) for ln, role in lines if ln.end <= name_ev.start and ln.text.strip()]
    for ln, role in reversed(above[-POSITION_LINES_ABOVE:]):
        if role == "distribution" or P.authority_re().match(t.fold, ln.start, ln.end):
            return
        fit = garbled_position(ln.text.strip(), positions)
        if fit is not None:
            t.source.ocr_repairs.append(f"{ln.text.strip()!r} → {fit!r} (the position under the seal)")
            d.signer.position = fit
            d.evidence["signer.position"] = t.evidence(ln.start, ln.end)
            _authority_above(t, d, [x for x, r in above if x.end <= ln.start and r != "distribution"], positions)
            return


# An authority's title misread by a letter or a mark on OCR'd text ("KT. BỌ TRƯỞNG", c154; "KT. BỘ
# TRƯƠNG", c151): the mark ("KT.", "TM." …) kept, the title read as the one known position it is a
# damaged reading of (``ocrnames.garbled_position``: the same number of words, the last one's
# letters, a known title's word never read as another's). Counter-examples: a title that is no
# position ("TM. BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"), a head's two titles ("KT. BỘ TRƯỞNG, CHỦ
# NHIỆM"), a known title as printed: left as read.
def _repaired_authority(t: Text, d: Directive) -> None:
    """On OCR'd text, the authority's title repaired to the known position it is a damaged reading of."""
    if not t.source.ocred or d.signer.authority is None:
        return
    m = P.authority_re().match(d.signer.authority)
    if m is None or m.end() != len(d.signer.authority):
        return
    positions = list(vocabulary().signature.positions)
    rest = rejoined_title_words(m["rest"], positions)  # TITLE_WORD_REJOINED: "BỌ TRƯỚỞN G" → "BỌ TRƯỞNG"
    fit = rest if rest != m["rest"] and rest in positions else garbled_position(rest, positions)
    if fit is None:
        return
    repaired = d.signer.authority[: m.start("rest")] + fit
    t.source.ocr_repairs.append(f"{d.signer.authority!r} → {repaired!r} (the authority's title)")
    d.signer.authority = repaired


def _authority_above(t: Text, d: Directive, above: list[Line], positions: list[str]) -> None:
    """Over a deputy's position repaired under the seal, the line right above as "KT." and the
    one head's title the deputy signs for (``ocr.deputy_title``: "PHÓ THỦ TƯỚNG" signs under "KT.
    THỦ TƯỚNG"), where it fits that title (``ocrnames.fits_title``: "“RE #'HỦ TƯỚNG", c149).
    A head's title of two parts ("KT. BỘ TRƯỞNG, CHỦ NHIỆM") is never made up from one."""
    if d.signer.authority is not None or not above:
        return
    heads = [p for p in positions if deputy_title(f"KT. {p}") == d.signer.position]
    line = above[-1]
    if len(heads) == 1 and fits_title(line.text.strip(), f"KT. {heads[0]}", positions):
        d.signer.authority = f"KT. {heads[0]}"
        d.evidence["signer.authority"] = t.evidence(line.start, line.end)
        t.source.ocr_repairs.append(f"{line.text.strip()!r} → {d.signer.authority!r} (the authority under the seal)")


def extract(st: Structure, d: Directive) -> None:
    """Fill ``signer`` and ``distribution`` from the closing's lines as the role labeller tagged them.

    Args:
        st: the document's structure, with its lines' roles (the rules' when none were set).
        d: the record, filled in place.
    """
    t = st.text
    start, end = R.closing_range(t, st.layout)
    tagged = R.roles_of(st)
    lines = [(Line(ln.start, ln.end, ln.text), role) for ln, role in zip(st.lines, tagged, strict=True) if ln.end > start and ln.start < end]
    _distribution(t, d, lines)
    _signer(t, d, lines)
    _repaired_authority(t, d)  # first: the deputy's title under it is read from it (DEPUTY_UNDER_KT)
    _repaired_position(t, d, lines)
