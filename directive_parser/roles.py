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

from . import layout as layout_mod
from . import patterns as P
from .layout import Layout, cells_of, lines_of
from .source import Text
from .structure import Line, Structure
from .values import is_caps
from .vocabulary import vocabulary

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


class RoleLabeller(Protocol):
    """Anything that gives each line of a structure its role."""

    def label(self, st: Structure) -> list[Role]:
        """One role per line of ``st.lines``, in order."""
        ...


# The mottos under the national and Party names: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập -
# Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH" (the Đoàn's header line).
MOTTO_RE = regex.compile(
    r"(?:CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI|Độc\s+lập\s*[-–—]\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)",
    regex.V1 | regex.I,
)
# A received stamp: "ĐẾN Số: 1234 Ngày: 12/3/2025", "CÔNG VĂN ĐẾN".
RECEIVED_RE = regex.compile(r"(?:^|\s)(?:ĐẾN|Đến)\s*(?:Số|SỐ|$)|CÔNG\s+VĂN\s+ĐẾN|Ngày\s+đến", regex.V1)
# An e-signature box of an e-office system: "Ký bởi: …", "Thời gian ký: …", an e-mail and a timestamp.
# Three patterns tried one after the other: joined in one alternation, the address's look-behind
# keeps the regex engine from skipping ahead, and a line of prose costs a hundred times more.
ESIGN_RES: tuple[regex.Pattern[str], ...] = (
    regex.compile(r"Ký\s+bởi|Thời\s+gian\s+ký|Người\s+ký\s*:", regex.V1 | regex.I),
    regex.compile(r"\d{2}[.]\d{2}[.]\d{4}\s+\d{2}:\d{2}:\d{2}"),
    regex.compile(r"(?<![\w.])[\w.]+@[\w-]+\.gov\.vn", regex.V1 | regex.I),
)


def is_esign(text: str) -> bool:
    """Whether a line belongs to an e-signature box ("Ký bởi: …", "ttcbth@quangngai.gov.vn")."""
    return any(rx.search(text) for rx in ESIGN_RES)


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
        in_subject = False
        attachment_starts = {start for start, _ in layout.attachments}
        caps_before_number: list[int] = []
        closing = closing_roles(st.text, layout)
        starts = [ln.start for ln in st.lines]
        recipient_at = {bisect.bisect_right(starts, pos) - 1 for pos in recipient_lines(st.text, layout)}
        # the number's line takes its role before the date's (a flattened header shares one line)
        header_at: dict[int, Role] = {}
        for header_role, where in header_roles(st.text, layout).items():
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
                in_subject = False
                continue
            if i in header_at:
                role = header_at[i]
            elif i in recipient_at:
                role = "recipient"
            elif is_esign(stripped):
                role = "esign_box"
            elif RECEIVED_RE.search(stripped):
                role = "received_stamp"
            elif i in closing_at:  # before the header's rules: a short text's zones overlap
                role = closing_at[i]
            elif line.start < layout.header_end:
                role, in_subject = self._header_role(line, stripped, in_subject)
                if role == "issuer":
                    caps_before_number.append(i)
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
        for j in list(caps_before_number):
            nxt = next((k for k in range(j + 1, min(j + 3, len(roles))) if roles[k] != "blank"), None)
            if nxt is not None and (roles[nxt] == "esign_box" or (nxt in caps_before_number and self._boxed(roles, nxt))):
                roles[j] = "esign_box"
                caps_before_number.remove(j)
        # Of the capitals above the number, the last block of consecutive lines names the issuer
        # ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI" is one name); the blocks before it, its parent.
        # A line that opens with an organisation's head word ("BAN …", "SỞ …") starts a name: "TỈNH
        # ỦY QUẢNG NGÃI / BAN DÂN VẬN" is a parent over a department.
        last_block: list[int] = []
        for j in reversed(caps_before_number):
            if last_block and last_block[-1] - j > 2:
                break
            last_block.append(j)
            if _opens_a_name(fold[st.lines[j].start : st.lines[j].end]):
                break
        for j in caps_before_number:
            if j not in last_block:
                roles[j] = "parent"
        return roles

    @staticmethod
    def _boxed(roles: list[Role], k: int) -> bool:
        nxt = next((m for m in range(k + 1, min(k + 3, len(roles))) if roles[m] != "blank"), None)
        return nxt is not None and roles[nxt] == "esign_box"

    @staticmethod
    def _header_role(line: Line, text: str, in_subject: bool) -> tuple[Role, bool]:
        if MOTTO_RE.search(text):
            return "motto", False
        if P.NUMBER_LINE_RE.search(text):
            return "number", False
        if P.PLACE_DATE_RE.search(text):
            return "place_date", False
        if P.SUBJECT_VV_RE.match(text):
            return "subject", True
        if line.caps and P.type_line_re().match(P.bare(text)):
            return "type", True  # the lines under the type name are the subject
        if P.KINH_GUI_RE.match(text):
            return "recipient", False
        if in_subject:
            return "subject", True
        if line.caps:
            return "issuer", False
        return "body", False


@functools.lru_cache(maxsize=1)
def _name_opener_re() -> regex.Pattern[str]:
    """An organisation's head word opening a line ("BAN …", "SỞ …", "TỈNH ỦY …"), from the vocabulary."""
    heads = sorted(vocabulary().organisations.heads, key=len, reverse=True)
    return regex.compile(rf"\s*(?:{'|'.join(regex.escape(h) for h in heads)})(?!\p{{L}})", regex.V1 | regex.I)


def _opens_a_name(line: str) -> bool:
    return bool(_name_opener_re().match(line))


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


def closing_range(t: Text, layout: Layout) -> tuple[int, int]:
    """Where the closing's roles are looked for: the closing zone, or without one the main text's tail."""
    start, end = layout.closing_start, layout.closing_end
    if start >= len(t.text):
        main_end = layout.attachments[0][0] if layout.attachments else len(t.text)
        start, end = max(layout.body_start, main_end - TAIL_CHARS), main_end
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


def is_name_beside_list(s: str) -> bool:
    """The signer's name printed beside the "Nơi nhận" list ("Nguyễn Văn A", no bullet, no ";")."""
    return bool(P.NAME_LINE_RE.match(s)) and s[0] not in ITEM_BULLETS and not s.endswith((";", ",", "."))


def _distribution_rows(t: Text, start: int, end: int) -> list[int]:
    """Where the "Nơi nhận" heading and its items' cells start: the list read down from the heading.

    The list ends at two blank lines, at a cell too long for an item, at an unbulleted line
    before any item, and after the "Lưu" item.
    """
    m = P.NOI_NHAN_RE.search(t.fold, start, end)
    if not m:
        return []
    found = [m.start()]
    rows = 0
    first_line_end = t.text.find("\n", m.end())
    blank_run = 0
    for ln in lines_of(t.text, m.end(), min(end, m.end() + 3000)):
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
            if s[0] in ITEM_BULLETS or same_line or s.endswith((";", ",", ".", ")")) or LUU_RE.match(s) or rows:
                found.append(c.start)
                rows += 1
                if LUU_ITEM_RE.match(s):
                    return found
                continue
            return found
    return found


def signer_cells(t: Text, cells: list[layout_mod.Line]) -> dict[Role, layout_mod.Line | None]:
    """The authority, position and name cells among the closing's ``cells`` (in reading order).

    The authority is the first "KT. …"/"TM. …" cell; the position the next capitalised cell that
    is not part of "Nơi nhận", or without an authority the first position word ("CHỦ TỊCH"); the
    name the first name after them (``name_after``).
    """
    auth = pos = None
    for i, c in enumerate(cells):
        f = t.fold[c.start : c.end].strip()
        if P.authority_re().match(f) and len(f) < 80:
            auth = c
            # the position is the next capitalised cell that is not part of "Nơi nhận"
            for nxt in cells[i + 1 : i + 1 + POSITION_WINDOW_CELLS]:
                s = nxt.text.strip()
                if s and is_caps(s) and s[0] not in ITEM_BULLETS and not P.NOI_NHAN_RE.match(s):
                    pos = nxt
                    break
            break
    if auth is None:
        pos = next((c for c in cells if P.position_re().match(t.fold[c.start : c.end].strip())), None)
    anchor = pos or auth
    name = name_after(t, [c for c in cells if c.start >= anchor.end]) if anchor is not None else None
    return {"authority": auth, "position": pos, "signer": name}


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
    found: dict[Role, list[int]] = {role: [c.start] for role, c in signer.items() if c is not None}
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


def recipient_line_kind(t: Text, s: str, items: list[tuple[int, int]], ln: layout_mod.Line) -> str | None:
    """How a line under "Kính gửi" continues the list: "item", "wrap" (the item above goes on), or None (the list ended).

    Args:
        t: the normalised text.
        s: the line, stripped, its OCR specks before the bullet removed.
        items: the items so far as (start, end) spans.
        ln: the line.
    """
    if s[0] in "-–+•" and len(s) < RECIPIENT_ITEM_MAX_CHARS:
        return "item"
    if items and s[0].islower() and len(s) < RECIPIENT_WRAP_MAX_CHARS:
        return "wrap"  # a narrow column wrapped the item
    # an unbulleted continuation of a recipient list ends with ";" or "."
    bulleted = any(t.text[a:b].lstrip()[:1] in RECIPIENT_BULLETS for a, b in items)
    prev_text = t.text[items[-1][0] : items[-1][1]].rstrip() if items else ""
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
        and prev_text.endswith(",")
        and len(s) < RECIPIENT_WRAP_MAX_CHARS
        and not s.endswith(":")
        and not is_caps(s)  # not the motto of a column printed after the list
        and not P.PLACE_DATE_RE.search(t.fold, ln.start, ln.end)
    ):
        return "item"
    return None


def recipient_lines(t: Text, layout: Layout) -> list[int]:
    """The rules' addressees: where the "Kính gửi" line and each line of the list under it start.

    Args:
        t: the normalised text.
        layout: its zones.

    Returns:
        Offsets of the lines (the first is the "Kính gửi" label's), or none without a label.
    """
    m = P.KINH_GUI_RE.search(t.fold, 0, min(len(t.fold), layout.closing_start))
    if not m:
        return []
    found = [m.start()]
    items: list[tuple[int, int]] = []
    nl = t.text.find("\n", m.end())
    line_end = len(t.text) if nl == -1 else nl
    first = lines_of(t.text, m.end(), line_end)
    if first and first[0].text.strip():
        # items side by side on the "Kính gửi" line (a flattened table) are separate
        items.extend((c.start, c.end) for c in cells_of(first[0]))
        pos = first[0].end + 1
    else:
        pos = nl + 1
    for ln in lines_of(t.text, pos, min(len(t.text), pos + 2000)):
        s = ln.text.strip()
        if not s:
            continue  # web copies put blank lines between the bullets
        s = s.lstrip(NOISE_BEFORE_BULLET)  # an OCR speck before the bullet ("“ -Bộ trưởng …")
        kind = recipient_line_kind(t, s, items, ln) if s else None
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
            P.NUMBER_LINE_RE.search(t.fold, line.start, line.end) or P.PLACE_DATE_RE.search(t.fold, line.start, line.end)
        ):
            out.extend(_split_flat(line))
            continue
        if line.start >= layout.header_end and (long_line or P.CAN_CU_RE.match(t.fold, line.start)):
            break
        out.extend(cells_of(line))
    return out


def line_end(t: Text, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = t.text.find("\n", pos)
    return len(t.text) if end == -1 else end


def number_match(t: Text, c: layout_mod.Line) -> regex.Match[str] | None:
    """"Số: 12-KH/TU" opening cell ``c`` (a "số 12-KH/TU" inside a sentence is a citation, not ours)."""
    end = line_end(t, c.start)
    m = P.NUMBER_LINE_RE.match(t.fold, c.start, end)
    if m is None or (m.group("symbol") and P.SYMBOL_RE.match(t.fold, m.start("symbol"), end) is None):
        return None
    return m


def place_date_match(t: Text, c: layout_mod.Line, used: list[tuple[int, int]]) -> regex.Match[str] | None:
    """"Hải Phòng, ngày 07 tháng 7 năm 2023" in cell ``c``, after what ``used`` spans (the number) on it."""
    # in "Số: 73/UBND-TH Hậu Giang, ngày …" the place starts after the number
    begin = max([c.start] + [e for _, e in used if c.start <= e <= c.end])
    while begin < c.end and t.fold[begin] in " \t|":
        begin += 1
    # the year may wrap onto the next line of a narrow right column ("… năm\n2022")
    return P.PLACE_DATE_RE.match(t.fold, begin, line_end(t, line_end(t, c.start) + 1))


def date_words_match(t: Text, c: layout_mod.Line) -> regex.Match[str] | None:
    """A date without its place ("ngày 07 tháng 7 năm 2023") opening cell ``c``."""
    return P.DATE_WORDS_RE.match(t.fold, c.start, c.end)


def header_roles(t: Text, layout: Layout) -> dict[Role, list[int]]:
    """The rules' number and place-and-date cells of the header (each at most one).

    Args:
        t: the normalised text.
        layout: its zones.

    Returns:
        For "number" and "place_date", the offsets of their cells.
    """
    cells = header_cells(t, layout)
    found: dict[Role, list[int]] = {"number": [], "place_date": []}
    used: list[tuple[int, int]] = []
    number = next(((c, m) for c in cells if (m := number_match(t, c))), None)
    if number is not None:
        found["number"].append(number[0].start)
        used.append(number[1].span())
    date = next((c for c in cells if place_date_match(t, c, used)), None) or next(
        (c for c in cells if date_words_match(t, c)), None
    )
    if date is not None:
        found["place_date"].append(date.start)
    return found
