"""The report skeleton: the BÁO CÁO the recipients must write, laid out to be filled in.

From the record's ``report_outline`` (the đề cương the directive attaches or the report contents
it lists) this builds the report a clerk starts from:

* "BÁO CÁO" and its title (the directive's trích yếu),
* a line citing the directive it answers ("Thực hiện Công văn số 1092-CV/BDVTU ngày 07/7/2023
  của Ban Dân vận Thành ủy Hải Phòng về …, …… báo cáo như sau:"),
* each section as a heading, numbered as printed, with its guidance as an italic hint,
* with no outline in the record, a note saying the directive gives none.

Two formats: Markdown (``outline-md``) and Word (``outline-docx``, python-docx). The Word file
follows the presentation rules the reporting unit must use: Times New Roman, 14 pt body, A4 with
NĐ 30/2020 margins, and the header block as a borderless two-column table with blanks to fill in
(left: cơ quan chủ quản, tên đơn vị, số; right: the heading of the directive's system: "ĐẢNG
CỘNG SẢN VIỆT NAM" for Party documents (HD 36-HD/VPTW), the Quốc hiệu and Tiêu ngữ for state ones
(NĐ 30/2020), "ĐOÀN TNCS HỒ CHÍ MINH" for the Youth Union; and the place-and-date line), then
the signature block and "Nơi nhận".

A skeleton answers one directive: several records are refused with a clear message.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import EXIT_USAGE, DirectiveParserError
from ..record import Directive, OutlineItem
from .markdown import escape
from .naming import BLANK, cite_directive, upper_first

REPORT_TYPE = "BÁO CÁO"
"""The type line of the document the recipients write."""

NO_OUTLINE_NOTE = "Văn bản không nêu đề cương báo cáo; đơn vị tự xác định các nội dung cần báo cáo."
"""Printed where the sections would be when the directive gives no outline."""

REPORT_WORD = "báo cáo"
"""A duty whose action says this ("gửi Báo cáo kết quả về …") names where the report goes."""

FILL = "……………"
"""A blank for the clerk to fill in (unit name, place, number)."""

# What the right-hand heading reads in each system (the words are fixed by the standards).
PARTY_HEADING: tuple[str, ...] = ("ĐẢNG CỘNG SẢN VIỆT NAM",)
STATE_HEADING = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
YOUTH_UNION_HEADING = ("ĐOÀN TNCS HỒ CHÍ MINH",)

YOUTH_UNION_MARKS = ("đoàn tncs", "đoàn thanh niên", "trung ương đoàn", "tỉnh đoàn", "thành đoàn",
                     "huyện đoàn", "quận đoàn", "thị đoàn", "đtn")
"""Words in an issuer or symbol that show a Youth Union document ("ĐTN" as in "/TWĐTN-BTC");
other mass organisations (Hội, Mặt trận, Công đoàn) head their documents with the Quốc hiệu."""

# Word layout. NĐ 30/2020 Phụ lục I: A4; margins top and bottom 20-25 mm, left 30-35 mm,
# right 15-20 mm; body 13-14 pt; paragraph spacing at least 6 pt.
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
MARGIN_TOP_CM, MARGIN_BOTTOM_CM, MARGIN_LEFT_CM, MARGIN_RIGHT_CM = 2.0, 2.0, 3.0, 1.5
FONT_NAME = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13  # the header block (issuer lines, number) in 13 pt, as printed by units
RECIPIENTS_PT = 12  # "Nơi nhận:" 12 pt, its items 11 pt (NĐ 30 Phụ lục I, ô 9b)
RECIPIENT_ITEMS_PT = 11
FIRST_LINE_INDENT_CM = 1.27  # body paragraphs indent 1-1.27 cm
SPACE_AFTER_PT = 6
HEADER_LEFT_CM = 6.5  # header table: the unit's column; the rest (10 cm) holds the Quốc hiệu on one line
SIGNATURE_LEFT_CM = 7.5  # signature table: "Nơi nhận" left, the signer's block (9 cm) right
QUOC_HIEU_PT = 12  # NĐ 30 Phụ lục I: Quốc hiệu 12-13 pt; 12 keeps it on one line beside the unit
CORE_PROPERTY_CHARS = 255  # OOXML core properties (the file's title) hold at most 255 characters
HINT_GREY = (0x59, 0x59, 0x59)
"""Colour of guidance hints: dark grey, so the clerk sees what to replace, yet it prints."""


@dataclass
class Skeleton:
    """What the report skeleton says, before it is laid out in one format or another."""

    system: str
    title: str
    citation: str
    sections: list[OutlineItem]
    send_to: list[str] = field(default_factory=list)


def heading_system(record: Directive) -> str:
    """Which heading the reporting unit's document carries: "party", "state" or "youth_union".

    Args:
        record: the directive answered (the reporting unit is in the same system).

    Returns:
        The system of the header block to draw.
    """
    if record.issuer.system == "party":
        return "party"
    if record.issuer.system == "other":
        words = " ".join(x or "" for x in (record.issuer.name, record.issuer.parent, record.number.symbol)).lower()
        if any(mark in words for mark in YOUTH_UNION_MARKS):
            return "youth_union"
    return "state"


def _send_to(record: Directive) -> list[str]:
    """Where the report goes: the bodies named by the duties to report (else by any duty), else
    the directive's issuer."""
    reporting = [d for d in record.deadlines if REPORT_WORD in d.action.casefold()]
    seen: list[str] = []
    for d in reporting or record.deadlines:
        if d.deliver_to and d.deliver_to not in seen:
            seen.append(d.deliver_to)
    if not seen and record.issuer.name:
        seen.append(record.issuer.name)
    return seen


def skeleton(record: Directive) -> Skeleton:
    """The content of the report skeleton answering one directive.

    Args:
        record: the directive.

    Returns:
        Title, citation line, sections and addressees.
    """
    title = upper_first(record.subject) if record.subject else FILL
    citation = f"Thực hiện {cite_directive(record)}, {FILL} báo cáo như sau:"
    return Skeleton(heading_system(record), title, citation, list(record.report_outline), _send_to(record))


def section_heading(item: OutlineItem, depth: int) -> str:
    """A section's heading as printed: "1. Đặc điểm tình hình", "II. …", "- Nêu rõ …".

    Args:
        item: the outline item.
        depth: 0 for a top-level section.

    Returns:
        Number (followed by "." unless it already ends in "." or ")") and title.
    """
    if item.number:
        number = item.number if item.number[-1] in ".)" else item.number + "."
        return f"{number} {item.title}"
    return f"- {item.title}" if depth > 0 else item.title


def _one(records: Sequence[Directive]) -> Directive:
    if len(records) != 1:
        error = DirectiveParserError(
            f"a report skeleton answers one directive; got {len(records)} inputs (give one input)"
        )
        error.exit_code = EXIT_USAGE
        raise error
    return records[0]


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

MD_MAX_LEVEL = 6
"""Markdown has six heading levels; deeper sections share the last."""


def _md_sections(items: list[OutlineItem], depth: int, out: list[str]) -> None:
    for item in items:
        level = min(3 + depth, MD_MAX_LEVEL)
        out += ["#" * level + " " + escape(section_heading(item, depth)), ""]
        if item.guidance:
            out += [f"_{escape(item.guidance)}_", ""]
        _md_sections(item.children, depth + 1, out)


def render_markdown(records: Sequence[Directive], **_: object) -> str:
    """The report skeleton as Markdown.

    Args:
        records: exactly one directive.

    Returns:
        Markdown text.

    Raises:
        DirectiveParserError: more or fewer than one record.
    """
    sk = skeleton(_one(records))
    out = [f"# {REPORT_TYPE}", "", f"## {escape(sk.title)}", "", escape(sk.citation), ""]
    if sk.sections:
        _md_sections(sk.sections, 0, out)
    else:
        out += [f"_{escape(NO_OUTLINE_NOTE)}_", ""]
    out += ["**Nơi nhận:**", ""]
    out += [f"- {escape(name)} (để báo cáo);" for name in sk.send_to]
    out += [f"- Lưu: {BLANK}", ""]
    out += ["**QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ**", "", "_(Chữ ký, dấu)_", "", "**Họ và tên**", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Word
# --------------------------------------------------------------------------------------------


def _font(run: Any, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
    """Set a run's face, size and emphasis (Times New Roman for every script, so diacritics match)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT_NAME
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT_NAME)


def _para(container: Any, text: str = "", size: float = BODY_PT, *, align: str | None = None,
          bold: bool = False, italic: bool = False, underline: bool = False, indent: bool = False,
          style: str | None = None, after: float = SPACE_AFTER_PT, colour: tuple[int, int, int] | None = None) -> Any:
    """Add one paragraph of a single run to a document or a table cell."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if indent:
        fmt.first_line_indent = Cm(FIRST_LINE_INDENT_CM)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        run = p.add_run(text)
        _font(run, size, bold, italic, underline)
        if colour is not None:
            run.font.color.rgb = RGBColor(*colour)
    return p


def _setup(document: Any) -> None:
    """Page size, margins, and the Normal and Heading styles in Times New Roman, black."""
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    for section in document.sections:
        section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
        section.top_margin, section.bottom_margin = Cm(MARGIN_TOP_CM), Cm(MARGIN_BOTTOM_CM)
        section.left_margin, section.right_margin = Cm(MARGIN_LEFT_CM), Cm(MARGIN_RIGHT_CM)
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]
        style.font.name = FONT_NAME
        style.font.size = Pt(BODY_PT)
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT_NAME)
        # The built-in heading styles name theme fonts, which would override ours.
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        if name != "Normal":
            style.font.bold = name == "Heading 1"
            style.font.italic = False
            style.paragraph_format.space_before = Pt(6)
            style.paragraph_format.space_after = Pt(3)
            style.paragraph_format.first_line_indent = Cm(FIRST_LINE_INDENT_CM)


def _two_columns(document: Any, left_cm: float) -> tuple[Any, Any]:
    """A borderless one-row table spanning the text width, split at ``left_cm``; its two cells.

    The widths go on the grid columns as well as the cells: Word reads the cells, LibreOffice
    the grid.
    """
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    widths = (Cm(left_cm), Cm(PAGE_WIDTH_CM - MARGIN_LEFT_CM - MARGIN_RIGHT_CM - left_cm))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    cells = table.rows[0].cells
    for cell, width in zip(cells, widths, strict=True):
        cell.width = width
        # A new cell holds one empty paragraph; drop it so the block starts at the top.
        cell._element.remove(cell.paragraphs[0]._element)
    return cells[0], cells[1]


def _header(document: Any, system: str) -> None:
    """The header block: a borderless two-column table with blanks to fill in."""
    left, right = _two_columns(document, HEADER_LEFT_CM)
    _para(left, FILL * 2, HEADER_PT, align="center", after=0)  # cơ quan chủ quản (cấp trên)
    _para(left, FILL * 2, HEADER_PT, align="center", bold=True, after=0)  # tên đơn vị báo cáo
    if system == "party":
        _para(left, "*", HEADER_PT, align="center", after=6)
        _para(left, f"Số {BLANK}-BC/{BLANK}", BODY_PT, align="center", after=0)
        heading = PARTY_HEADING
    elif system == "youth_union":
        _para(left, "***", HEADER_PT, align="center", after=6)
        _para(left, f"Số: {BLANK}-BC/{BLANK}", BODY_PT, align="center", after=0)
        heading = YOUTH_UNION_HEADING
    else:
        _para(left, "―――――", HEADER_PT, align="center", after=6)
        _para(left, f"Số: {BLANK}/BC-{BLANK}", HEADER_PT, align="center", after=0)
        heading = STATE_HEADING

    if system == "state":
        _para(right, heading[0], QUOC_HIEU_PT, align="center", bold=True, after=0)
        _para(right, heading[1], BODY_PT, align="center", bold=True, underline=True, after=18)
    else:
        _para(right, heading[0], BODY_PT + 1, align="center", bold=True, underline=True, after=30)
    _para(right, f"{FILL}, ngày {BLANK} tháng {BLANK} năm {BLANK}", BODY_PT, align="center", italic=True, after=0)


def _docx_sections(document: Any, items: list[OutlineItem], depth: int) -> None:
    for item in items:
        # Top-level sections bold, the points under them plain, as a đề cương prints them.
        style = f"Heading {min(depth + 1, 3)}"
        _para(document, section_heading(item, depth), style=style, align="justify", bold=depth == 0, after=3)
        if item.guidance:
            _para(document, item.guidance, italic=True, indent=True, align="justify", colour=HINT_GREY)
        if not item.children:
            _para(document, "", indent=True)  # room to write
        _docx_sections(document, item.children, depth + 1)


def _signature(document: Any, send_to: list[str]) -> None:
    """Nơi nhận (left) and the signature block placeholder (right), as a borderless table."""
    left, right = _two_columns(document, SIGNATURE_LEFT_CM)
    _para(left, "Nơi nhận:", RECIPIENTS_PT, bold=True, italic=True, after=0)
    for name in send_to:
        _para(left, f"- {name} (để báo cáo);", RECIPIENT_ITEMS_PT, after=0)
    _para(left, f"- Lưu: {BLANK}", RECIPIENT_ITEMS_PT, after=0)
    _para(right, "QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ", HEADER_PT, align="center", bold=True, after=0)
    _para(right, "(Chữ ký, dấu)", BODY_PT, align="center", italic=True, after=60)
    _para(right, "Họ và tên", BODY_PT, align="center", bold=True, after=0)


def render_docx(records: Sequence[Directive], **_: object) -> bytes:
    """The report skeleton as a Word document.

    Args:
        records: exactly one directive.

    Returns:
        The bytes of a .docx file.

    Raises:
        DirectiveParserError: more or fewer than one record.
    """
    import docx

    sk = skeleton(_one(records))
    document = docx.Document()
    _setup(document)
    _header(document, sk.system)
    _para(document, "", after=12)
    _para(document, REPORT_TYPE, BODY_PT + 1, align="center", bold=True, after=0)
    _para(document, sk.title, BODY_PT, align="center", bold=True, after=6)
    _para(document, "―――――", BODY_PT, align="center", after=12)
    _para(document, sk.citation, indent=True, align="justify")
    if sk.sections:
        _docx_sections(document, sk.sections, 0)
    else:
        _para(document, NO_OUTLINE_NOTE, italic=True, indent=True, colour=HINT_GREY)
        _para(document, "", indent=True)
    _para(document, "", after=6)
    _signature(document, sk.send_to)
    title = f"{REPORT_TYPE} {sk.title}"
    if len(title) > CORE_PROPERTY_CHARS:
        title = title[: CORE_PROPERTY_CHARS - 1] + "…"
    document.core_properties.title = title
    document.core_properties.language = "vi-VN"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
