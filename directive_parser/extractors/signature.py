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

import regex

from .. import patterns as P
from .. import roles as R
from ..layout import Line, cells_of
from ..record import Directive
from ..source import Text
from ..structure import Structure
from ..values import clean_value, is_caps

# The roles of the closing's lines; a line of another role inside the list is not read.
CLOSING_ROLES = frozenset(R.CLOSING_PRIORITY)
# How many cells after the authority the position may stand (OCR specks, a blank cell).
POSITION_WINDOW_CELLS = 7

TaggedLine = tuple[Line, str]


def _cells_from(t: Text, line: Line, begin: int) -> list[Line]:
    """The cells of ``line`` from ``begin`` on."""
    begin = max(begin, line.start)
    return cells_of(Line(begin, line.end, t.text[begin : line.end]))


def _distribution(t: Text, d: Directive, lines: list[TaggedLine]) -> None:
    """The "Nơi nhận" list: the lines tagged "distribution", one item per cell, bullets and terminators dropped.

    The heading ("Nơi nhận:") is a label, not an item; the signer's cells and the signature's
    note on a shared line are left out; a cell too long for an item ends the list, and so does
    the "Lưu" item. Where the copy lost its bullets and items end with ";", a line ending with ","
    (or with nothing) is wrapped and continues on the next line.
    """
    tagged = [k for k, (_, role) in enumerate(lines) if role == "distribution"]
    if not tagged:
        return
    rows: list[tuple[int, int, str]] = []  # (start, end, text) per item cell
    for line, role in lines[tagged[0] : tagged[-1] + 1]:
        if role not in CLOSING_ROLES:
            continue
        heading = P.NOI_NHAN_RE.search(t.fold, line.start, line.end)
        for c in _cells_from(t, line, heading.end() if heading else line.start):
            s = c.text.strip()
            if not R.is_item_cell(t, c):
                continue
            if len(s) > R.ITEM_MAX_CHARS:
                break
            if s.startswith("(") and rows and rows[-1][2].endswith(";"):
                # a note printed to the right of its item: "Ban Dân vận TW;   (Để b/c)"
                p0, _, joined = rows[-1]
                rows[-1] = (p0, c.end, f"{joined[:-1]} {s};")
                continue
            if rows and R.is_name_beside_list(s):
                continue
            rows.append((c.start, c.end, s))
            if R.LUU_ITEM_RE.match(s):
                break
        else:
            continue
        break
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
        )
        if wrapped:
            items[-1] = (items[-1][0], r[1], f"{prev} {r[2]}")
        else:
            items.append(r)
    values = []
    for _, _, text in items:
        v = clean_value(text.lstrip(bullets + " ").rstrip(";,.").strip())
        if v:
            values.append(v)
    d.distribution = values
    if items:
        d.evidence["distribution"] = t.evidence(items[0][0], items[-1][1])


def _first_tagged(lines: list[TaggedLine], role: str, after: int = -1) -> Line | None:
    """The first line tagged ``role`` that ends after offset ``after``."""
    return next((ln for ln, r in lines if r == role and ln.end > after), None)


def _authority_cell(t: Text, line: Line) -> Line | None:
    """The authority's cell of a line tagged "authority" ("KT. CHỦ TỊCH" on a shared line)."""
    cells = cells_of(line)
    found = next((c for c in cells if P.authority_re().match(t.fold[c.start : c.end].strip()) and c.end - c.start < 80), None)
    return found or (cells[0] if cells else None)


def _position_cell(t: Text, lines: list[TaggedLine], auth: Line | None) -> Line | None:
    """The position: after the authority on its own line, else the first line tagged "position"."""

    def caps_cell(c: Line) -> bool:
        s = c.text.strip()
        return bool(s) and is_caps(s) and s[0] not in R.ITEM_BULLETS and not P.NOI_NHAN_RE.match(s)

    if auth is not None:
        auth_line = _first_tagged(lines, "authority")
        beside = _cells_from(t, auth_line, auth.end)[:POSITION_WINDOW_CELLS] if auth_line else []
        found = next((c for c in beside if caps_cell(c)), None)
        if found is not None:
            return found
    line = _first_tagged(lines, "position", auth.end if auth else -1)
    if line is None:
        return None
    cells = cells_of(line)
    if auth is None:
        by_word = next((c for c in cells if P.position_re().match(t.fold[c.start : c.end].strip())), None)
        if by_word is not None:
            return by_word
    return next((c for c in cells if caps_cell(c)), cells[0] if cells else None)


def _name_cell(t: Text, lines: list[TaggedLine], anchor: Line) -> Line | None:
    """The name: after the position on its own line, else the first line tagged "signer"."""
    anchor_line = next((ln for ln, _ in lines if ln.start <= anchor.start <= ln.end), None)
    if anchor_line is not None:
        found = next((c for c in _cells_from(t, anchor_line, anchor.end) if R.is_name(t, c)), None)
        if found is not None:
            return found
    line = _first_tagged(lines, "signer", anchor.end)
    if line is None:
        return None
    cells = cells_of(line)
    return next((c for c in cells if R.is_name(t, c)), cells[0] if cells else None)


# What may stand between the position and the name on one flattened line.
_SIGNED_INLINE = regex.compile(r"^[\s(\[]*(?:đã ký|Đã ký|ĐÃ KÝ|Ký|ký)?[\s)\].:]*", regex.V1)


def _inline_signature(t: Text, d: Directive, cell: Line) -> bool:
    """Authority, position and name flattened onto one line: "TM. BAN BÍ THƯ … BÍ THƯ Đã ký Ngô Văn Cương"."""
    m = P.authority_re().match(t.fold, cell.start, cell.end)
    if m is None or m.end() >= cell.end - 3:
        return False
    caps = t.text[m.start() : m.end()]
    positions = sorted(P.position_words(), key=len, reverse=True)
    split_at = None
    for pos in positions:
        if caps.endswith(" " + pos) and len(caps) - len(pos) - 1 > len(m.group("auth")) + 2:
            split_at = len(caps) - len(pos)
            break
    tail = t.text[m.end() : cell.end]
    after = _SIGNED_INLINE.match(tail)
    name = tail[after.end() :].strip() if after else tail.strip()
    if split_at is None or not P.NAME_LINE_RE.match(name):
        return False
    d.signer.authority = clean_value(caps[:split_at])
    d.signer.position = clean_value(caps[split_at:])
    d.signer.name = clean_value(name)
    d.evidence["signer.authority"] = t.evidence(m.start(), m.start() + split_at)
    d.evidence["signer.position"] = t.evidence(m.start() + split_at, m.end())
    start = cell.end - len(tail) + tail.index(name)
    d.evidence["signer.name"] = t.evidence(start, start + len(name))
    return True


def _signer(t: Text, d: Directive, lines: list[TaggedLine]) -> None:
    auth_line = _first_tagged(lines, "authority")
    auth_cell = _authority_cell(t, auth_line) if auth_line else None
    if auth_cell is not None and _inline_signature(t, d, auth_cell):
        return
    pos_cell = _position_cell(t, lines, auth_cell)
    if auth_cell is None and pos_cell is None:
        return
    if auth_cell is not None:
        d.signer.authority = clean_value(auth_cell.text)
        d.evidence["signer.authority"] = t.evidence(auth_cell.start, auth_cell.end)
    if pos_cell is not None:
        d.signer.position = clean_value(pos_cell.text)
        d.evidence["signer.position"] = t.evidence(pos_cell.start, pos_cell.end)
    name = _name_cell(t, lines, pos_cell or auth_cell)  # type: ignore[arg-type]
    if name is not None:
        d.signer.name = clean_value(name.text)
        d.evidence["signer.name"] = t.evidence(name.start, name.end)


def extract(st: Structure, d: Directive) -> None:
    """Fill ``signer`` and ``distribution`` from the closing's lines as the role labeller tagged them.

    Args:
        st: the document's structure, with its lines' roles (the rules' when none were set).
        d: the record, filled in place.
    """
    t = st.text
    start, end = R.closing_range(t, st.layout)
    tagged = R.roles_of(st)
    lines = [(ln, role) for ln, role in zip(st.lines, tagged, strict=True) if ln.end > start and ln.start < end]
    _distribution(t, d, lines)
    _signer(t, d, lines)
