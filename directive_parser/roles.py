"""Line roles: what each line of a directive is (issuer, number, place and date, subject, …).

A ``RoleLabeller`` tags every line of the structure layer with one role. The labeller is an
interface: ``RuleRoleLabeller`` (today's rules: the zones of ``layout.py`` and the patterns of
``patterns.py`` and the vocabulary) is the first one; a trained labeller (``models/``) can replace
it without touching any extractor, since the pipeline builds the roles once, on the structure
(``Structure.roles``), and extractors that read roles read them there.

The roles follow NĐ 30/2020 Phụ lục I and HD 36-HD/VPTW's boxes: the header (parent body, issuer,
motto, number, place and date, type, subject), the addressees, the body, the closing (authority,
position, signer, "Nơi nhận" items), attachments, and what stamps and e-office systems add (the
received stamp "ĐẾN Số … Ngày …", the e-signature box "Ký bởi …").
"""

from __future__ import annotations

import functools
from typing import Literal, Protocol

import regex

from . import patterns as P
from .structure import Line, Structure
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
        in_recipients = False
        in_distribution = False
        attachment_starts = {start for start, _ in layout.attachments}
        caps_before_number: list[int] = []
        for i, line in enumerate(st.lines):
            text = fold[line.start : line.end]
            stripped = text.strip()
            role: Role
            if not stripped:
                roles.append("blank")
                in_subject = False
                continue
            if is_esign(stripped):
                role = "esign_box"
            elif RECEIVED_RE.search(stripped):
                role = "received_stamp"
            elif line.start < layout.header_end:
                role, in_subject = self._header_role(line, stripped, in_subject)
                if role == "issuer":
                    caps_before_number.append(i)
            elif line.start >= layout.closing_start and line.start < layout.closing_end:
                role, in_distribution = self._closing_role(stripped, in_distribution)
            elif any(line.start <= s <= line.end for s in attachment_starts) or (
                line.start >= layout.closing_end and ATTACHMENT_RE.match(stripped)
            ):
                role = "attachment"
            else:
                if P.KINH_GUI_RE.match(stripped):
                    in_recipients = True
                    role = "recipient"
                elif in_recipients and (line.marker in ("bullet", "plus") or len(stripped) < 120) and not stripped.endswith("."):
                    role = "recipient"
                else:
                    in_recipients = False
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

    @staticmethod
    def _closing_role(text: str, in_distribution: bool) -> tuple[Role, bool]:
        if P.NOI_NHAN_RE.match(text):
            return "distribution", True
        if P.authority_re().match(text):
            return "authority", in_distribution
        if P.position_re().match(text):
            return "position", in_distribution
        if P.NAME_LINE_RE.match(text) or P.NAME_CAPS_RE.match(text):
            return "signer", in_distribution
        if in_distribution and (text.startswith(("-", "–", "+", "•")) or len(text) < 100):
            return "distribution", True
        return "body", in_distribution


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
