"""The closing block: signer (authority, position, name) and the "Nơi nhận" distribution list.

NĐ 30 boxes 7a-7c and 9b, HD 36 the same: the authority line ("K/T TRƯỞNG BAN", "TM. ỦY BAN
NHÂN DÂN") stands above the position line ("PHÓ TRƯỞNG BAN"), then the signature, then the
name; "Nơi nhận:" sits to the left with one recipient per line ("- Như trên;", "- Lưu: VT.").
Flattened copies put both columns on shared lines, so lines are split into cells and each
cell is classified on its own.
"""

from __future__ import annotations

import regex

from .. import patterns as P
from ..layout import Layout, Line, cells_of, lines_of
from ..record import Directive
from ..source import Text
from ..values import clean_value, is_caps

# How far after the position line the signer's name may be (signature, seal, "(Đã ký)").
NAME_WINDOW_LINES = 8
# When there is no "Nơi nhận" and no authority line, look for a position line this close to
# the end of the main text.
TAIL_CHARS = 2500
# A distribution item is at most this long (longer lines are body text).
ITEM_MAX_CHARS = 160

_SIGNED_NOTE = regex.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?\s*$|^\(?\s*(?:Ký|ký)\s+tên.*$|^\[?\s*(?:đã ký|Đã ký)\s*\]?$", regex.V1)
_BULLET = "-–+•·*"


def _cells(t: Text, start: int, end: int) -> list[Line]:
    out: list[Line] = []
    for ln in lines_of(t.text, start, end):
        out.extend(cells_of(ln) if ln.text.strip() else [Line(ln.start, ln.start, "")])
    return out


def _is_signer_cell(t: Text, c: Line) -> bool:
    f = t.fold[c.start : c.end].strip()
    return bool(P.authority_re().match(f) or P.position_re().match(f))


_LUU = regex.compile(r"^(?:Lưu|LƯU)\b")


def _distribution(t: Text, d: Directive, start: int, end: int) -> None:
    """The "Nơi nhận" list: one item per line, bullets and terminators dropped.

    A flattened line may carry the signer's cells on its right; those are left out. Where the
    copy lost its bullets and items end with ";", a line ending with "," (or with nothing) is
    wrapped and continues on the next line.
    """
    m = P.NOI_NHAN_RE.search(t.fold, start, end)
    if not m:
        return
    rows: list[tuple[int, int, str]] = []  # (start, end, text) per item cell, signer cells removed
    first_line_end = t.text.find("\n", m.end())
    blank_run = 0
    done = False
    for ln in lines_of(t.text, m.end(), min(end, m.end() + 3000)):
        cells = [c for c in cells_of(ln) if not _is_signer_cell(t, c) and not _SIGNED_NOTE.match(c.text.strip())]
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
                done = True
                break
            if s.startswith("(") and rows and rows[-1][2].endswith(";"):
                # a note printed to the right of its item: "Ban Dân vận TW;   (Để b/c)"
                p0, _, joined = rows[-1]
                rows[-1] = (p0, c.end, f"{joined[:-1]} {s};")
                continue
            if rows and P.NAME_LINE_RE.match(s) and s[0] not in _BULLET and not s.endswith((";", ",", ".")):
                continue  # the signer's name printed beside the list
            if s[0] in _BULLET or same_line or s.endswith((";", ",", ".", ")")) or regex.match(r"^(?:Lưu|LƯU)\b", s) or rows:
                rows.append((c.start, c.end, s))
                if regex.match(r"^[-–+•·*\s]*(?:Lưu|LƯU)\b", s):
                    done = True
                    break
                continue
            done = True
            break
        if done:
            break
    bulleted = any(r[2][0] in _BULLET for r in rows)
    terminated = sum(r[2].endswith(";") for r in rows) >= 2
    items: list[tuple[int, int, str]] = []
    for r in rows:
        prev = items[-1][2] if items else None
        wrapped = prev is not None and (
            (not bulleted and terminated and not prev.endswith((";", ".")))
            or (r[2][0].islower() and r[2][0] not in _BULLET)
            # in a bulleted list, a line without a bullet continues an item that has not ended
            or (bulleted and r[2][0] not in _BULLET and not prev.endswith((";", ".")) and not _LUU.match(r[2]))
        )
        if wrapped:
            items[-1] = (items[-1][0], r[1], f"{prev} {r[2]}")
        else:
            items.append(r)
    values = []
    for _, _, text in items:
        v = clean_value(text.lstrip(_BULLET + " ").rstrip(";,.").strip())
        if v:
            values.append(v)
    d.distribution = values
    if items:
        d.evidence["distribution"] = t.evidence(items[0][0], items[-1][1])


def _name_after(t: Text, pos: int, end: int) -> Line | None:
    seen = 0
    for c in _cells(t, pos, min(end, pos + 1500)):
        s = c.text.strip()
        if not s:
            continue
        seen += 1
        if seen > NAME_WINDOW_LINES:
            return None
        if _SIGNED_NOTE.match(s) or s.startswith(("(", "[")):
            continue
        if s[0] in _BULLET or s.endswith((";", ",")) or P.NOI_NHAN_RE.match(s) or regex.match(r"^(?:Lưu|LƯU)\b", s):
            seen -= 1  # the "Nơi nhận" list printed between the position and the name
            continue
        if P.NAME_LINE_RE.match(s) and len(s.split()) <= 6 and not s.startswith(("Nơi", "Như")):
            return c
        if P.NAME_CAPS_RE.match(s) and 2 <= len(s.split()) <= 5 and not P.position_re().match(t.fold[c.start : c.end]):
            return c
    return None


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


def _scanned_name(t: Text, d: Directive, cells: list[Line]) -> None:
    """A scan whose seal left the authority and position unreadable: the name still signs.

    The OCR loader puts the signature block's lines after the page's other lines
    (loaders/ocr.py ``signature_block``), so its name is the closing's last line (c149: "Nguyễn
    Hòa Bình" under "“RE #'HỦ TƯỚNG"). Only for OCR'd text: a typed closing always has its
    position.
    """
    last = next((c for c in reversed(cells) if c.text.strip()), None)
    if not t.source.ocr_words or last is None:
        return
    s = last.text.strip()
    if P.NAME_LINE_RE.match(s) and 2 <= len(s.split()) <= 5:
        d.signer.name = clean_value(s)
        d.evidence["signer.name"] = t.evidence(last.start, last.end)


def _signer(t: Text, d: Directive, start: int, end: int) -> None:
    cells = _cells(t, start, end)
    auth_cell = pos_cell = None
    for i, c in enumerate(cells):
        f = t.fold[c.start : c.end].strip()
        if auth_cell is None and P.authority_re().match(f) and len(f) < 80:
            auth_cell = c
            # the position is the next capitalised cell that is not part of "Nơi nhận"
            for nxt in cells[i + 1 : i + 8]:
                s = nxt.text.strip()
                if s and is_caps(s) and s[0] not in _BULLET and not P.NOI_NHAN_RE.match(s):
                    pos_cell = nxt
                    break
            break
    if auth_cell is None:
        for c in cells:
            f = t.fold[c.start : c.end].strip()
            if P.position_re().match(f):
                pos_cell = c
                break
    if auth_cell is None and pos_cell is None:
        _scanned_name(t, d, cells)
        return
    if auth_cell is not None and _inline_signature(t, d, auth_cell):
        return
    if auth_cell is not None:
        d.signer.authority = clean_value(auth_cell.text)
        d.evidence["signer.authority"] = t.evidence(auth_cell.start, auth_cell.end)
    if pos_cell is not None:
        d.signer.position = clean_value(pos_cell.text)
        d.evidence["signer.position"] = t.evidence(pos_cell.start, pos_cell.end)
    anchor = (pos_cell or auth_cell).end  # type: ignore[union-attr]
    name = _name_after(t, anchor, end)
    if name is not None:
        d.signer.name = clean_value(name.text)
        d.evidence["signer.name"] = t.evidence(name.start, name.end)


def extract(t: Text, layout: Layout, d: Directive) -> None:
    """Fill ``signer`` and ``distribution`` from the closing block.

    Args:
        t: the normalised text.
        layout: its zones (header, body, closing block, attachments).
        d: the record, filled in place.
    """
    start, end = layout.closing_start, layout.closing_end
    if start >= len(t.text):
        # No "Nơi nhận" and no authority line: a position line near the end may still sign.
        tail = max(layout.body_start, (layout.attachments[0][0] if layout.attachments else len(t.text)) - TAIL_CHARS)
        start, end = tail, layout.attachments[0][0] if layout.attachments else len(t.text)
    _distribution(t, d, start, end)
    _signer(t, d, start, end)
