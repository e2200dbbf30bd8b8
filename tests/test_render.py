"""Renderers: the checklist, the calendar and the report skeleton.

Records come from the hand-written gold annotations (``Directive.model_validate``), so these tests
do not depend on how well the extractors do today, and from ``parse_file`` on every corpus
document, so every real record renders in every format.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from conftest import ANNOTATIONS, CORPUS, gold
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.extractors.obligations import from_deadline
from directive_parser.record import Deadline, Directive, Form, OutlineItem, Quota, TimeExpression
from directive_parser.render import BINARY_FORMATS, RENDERERS, ics, markdown, outline
from directive_parser.render.naming import checklist_date, citation_date, cite_directive, symbol_text

GOLD_IDS = sorted(p.stem for p in ANNOTATIONS.glob("*.json"))
CORPUS_TXT = sorted(CORPUS.glob("*.txt"))
DATED_LINE = re.compile(r"^- \[ \] \*\*Hạn (\d\d/\d\d/\d{4})\*\*", re.M)
UNDATED_LINE = re.compile(r"^- \[ \] \*\*Chưa có ngày cụ thể\*\*", re.M)
UNTIMED_LINE = re.compile(r"^- \[ \] \*\*Không nêu thời hạn\*\*", re.M)
STAMP_1 = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.UTC)
STAMP_2 = dt.datetime(2025, 6, 30, 17, 45, tzinfo=dt.UTC)


def record_of(doc_id: str) -> Directive:
    """The gold record of a corpus document as the renderers receive it."""
    return Directive.model_validate(gold(doc_id))


def events(calendar_text: str) -> list:
    """The VEVENTs of an iCalendar text, read back with icalendar."""
    from icalendar import Calendar

    return list(Calendar.from_ical(calendar_text).walk("VEVENT"))


def with_deadline(doc_id: str, **fields: object) -> Directive:
    """A gold record with one more deadline (for kinds of time the corpus does not show)."""
    record = record_of(doc_id)
    deadline = Deadline.model_validate(fields)
    record.deadlines.append(deadline)
    record.obligations.append(from_deadline(deadline))  # every deadline is also an obligation
    return record


# ---------------------------------------------------------------------------------------------
# Naming: dates and citations as Vietnamese documents print them
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 7, 7), "07/7/2023"),  # 000: "ngày 07 tháng 7 năm 2023" cited as 07/7/2023
        (dt.date(2023, 1, 3), "03/01/2023"),  # 000: "Hướng dẫn số 11-HD/BDVTU, ngày 03/01/2023"
        (dt.date(2024, 2, 27), "27/02/2024"),  # 002: "chậm nhất ngày 27/02/2024" (February keeps 0)
        (dt.date(2022, 12, 6), "06/12/2022"),  # 000: Nghị quyết 08-NQ/TU of 06/12/2022
    ],
)
def test_citation_date(day: dt.date, expected: str) -> None:
    assert citation_date(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 7, 15), "15/07/2023"),  # 000: "trước ngày 15/7/2023", checklist form
        (dt.date(2024, 3, 1), "01/03/2024"),  # 002: "Hội nghị giao ban ngày 01/3/2024"
    ],
)
def test_checklist_date(day: dt.date, expected: str) -> None:
    assert checklist_date(day) == expected


@pytest.mark.parametrize(
    ("symbol", "number", "expected"),
    [
        ("1092-CV/BDVTU", "1092", "1092-CV/BDVTU"),  # 000: Party công văn
        ("-CV/HU", None, "…-CV/HU"),  # 002: "Số -CV/HU", number left blank
        ("-KH/TWĐTN-BTC", None, "…-KH/TWĐTN-BTC"),  # c125: Đoàn plan, blank number
        ("753/KH-DCT", "753", "753/KH-DCT"),  # c130: state plan
        (None, None, None),  # w015: no symbol at all
    ],
)
def test_symbol_text(symbol: str | None, number: str | None, expected: str | None) -> None:
    assert symbol_text(symbol, number) == expected


def test_citation_of_a_directive() -> None:
    # 000: the line the report skeleton opens with
    assert cite_directive(record_of("000")) == (
        "Công văn số 1092-CV/BDVTU ngày 07/7/2023 của Ban Dân vận Thành ủy Hải Phòng "
        "về kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”"
    )


# ---------------------------------------------------------------------------------------------
# Markdown checklist
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("mô hình “Dân vận khéo”", "mô hình “Dân vận khéo”"),  # 000: quotes are not markup
        ("Số 1092-CV/BDVTU", "Số 1092-CV/BDVTU"),  # hyphen and slash stay readable
        ("(*) Ghi chú", "(\\*) Ghi chú"),  # footnote star of a form
        ("[Dự thảo] kèm_theo", "\\[Dự thảo\\] kèm\\_theo"),  # link brackets, emphasis underscore
        ("A | B", "A \\| B"),  # table pipe
        ("dòng một\ndòng hai", "dòng một dòng hai"),  # a line break cannot end the task line
    ],
)
def test_escape(value: str, expected: str) -> None:
    assert markdown.escape(value) == expected


@pytest.mark.parametrize(
    ("quota", "expected"),
    [
        (Quota(min=3, max=None, unit="mô hình"), "ít nhất 3 mô hình"),  # 000: "ít nhất 03 mô hình"
        (Quota(min=3, max=5, unit="mô hình"), "từ 3 đến 5 mô hình"),  # 000: "từ 03 đến 05 mô hình"
        (Quota(min=None, max=5, unit="nội dung"), "không quá 5 nội dung"),  # 002: "không quá 05 nội dung"
        (Quota(min=2, max=2, unit="mô hình"), "2 mô hình"),  # OUTPUT.md: "giới thiệu 02 mô hình"
    ],
)
def test_quota_phrase(quota: Quota, expected: str) -> None:
    assert markdown.quota_phrase(quota) == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (Form(code="M1", title="MẪU ĐĂNG KÝ CỦA TẬP THỂ"), "Mẫu M1"),  # 002
        (Form(code="01"), "Mẫu số 01"),  # OUTPUT.md: "Mẫu số 01" → "01"
        (Form(code=None, title="Phiếu khảo sát"), "Biểu mẫu"),  # no code printed
    ],
)
def test_form_name(form: Form, expected: str) -> None:
    assert markdown.form_name(form) == expected


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_checklist_holds_exactly_the_dated_obligations(doc_id: str) -> None:
    record = record_of(doc_id)
    text = markdown.render([record])
    dates = DATED_LINE.findall(text)
    duties = record.obligations or record.deadlines
    expected = sorted(o.date for o in record.obligations if o.date is not None)
    assert dates == [checklist_date(d) for d in expected]  # every one, sorted by due date
    assert len(UNDATED_LINE.findall(text)) == sum(o.date is None and bool(o.due) for o in record.obligations)
    assert len(UNTIMED_LINE.findall(text)) == sum(o.date is None and not o.due for o in record.obligations)
    assert len(DATED_LINE.findall(text)) + len(UNDATED_LINE.findall(text)) + len(UNTIMED_LINE.findall(text)) == len(duties)
    if UNDATED_LINE.search(text) and dates:  # undated duties come after the dated ones
        assert text.index("Chưa có ngày cụ thể") > text.rindex("**Hạn ")
    if UNTIMED_LINE.search(text) and UNDATED_LINE.search(text):  # and those without a time last
        assert text.index("Không nêu thời hạn") > text.rindex("Chưa có ngày cụ thể")
    assert text.count("- [ ] Đạt chỉ tiêu:") == len(record.quotas)
    assert text.count("- [ ] Điền ") == len(record.forms)


def test_checklist_of_000() -> None:
    text = markdown.render([record_of("000")])
    assert "- **Số và ký hiệu:** 1092-CV/BDVTU" in text
    assert "- **Ngày ban hành:** 07/07/2023" in text
    assert "- **Cơ quan ban hành:** Ban Dân vận Thành ủy Hải Phòng" in text
    assert "- **Người ký:** Vũ Thị Thúy Nga (K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN)" in text
    # who, what, to whom and the time phrase on the task line
    assert (
        "- [ ] **Hạn 15/07/2023**: gửi Báo cáo kết quả về Ban Dân vận Thành ủy — Thực hiện: các quận ủy, "
        "huyện ủy đã hoàn thành việc kiểm tra (hoặc giám sát, khảo sát) — Gửi đến: Ban Dân vận Thành ủy "
        "— _(trước ngày 15/7/2023)_"
    ) in text
    assert "- Nghị quyết số 08-NQ/TU ngày 06/12/2022 của Ban Chấp hành Đảng bộ thành phố khóa XVI" in text


# n043's register values as its scan's OCR read them (``record.source["ocr_confidence"]``, the
# confidences of `parse corpus/files/n043.scan.pdf`); its document type is not among them.
N043_SCAN_CONFIDENCE = {
    "number.symbol": 0.93, "place": 0.97, "date": 0.97, "subject": 0.94, "issuer.name": 0.93,
    "signer.authority": 0.96, "signer.position": 0.97, "signer.name": 0.76,
}


def test_checklist_marks_the_values_read_from_a_scan() -> None:
    record = record_of("n043")
    record.source["ocr_confidence"] = dict(N043_SCAN_CONFIDENCE)
    lines = markdown.header_block(record)
    note = "_(đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy {}%)_"
    assert lines[0] == f"- **Số và ký hiệu:** 52-CV/HNDT {note.format(93)}"
    assert lines[1] == f"- **Ngày ban hành:** 09/09/2025 {note.format(97)}"
    # the signer's line: the least sure of its name, authority and position
    assert lines[5].startswith("- **Người ký:** Trương Văn Tùng (") and lines[5].endswith(note.format(76))
    # a value the OCR did not give (the type, found from the whole text) carries no note
    assert lines[4] == "- **Loại văn bản:** Công văn"
    # a typed document's checklist has none
    assert "đọc từ ảnh quét" not in markdown.render([record_of("000")])


def test_routing_slip_marks_the_values_read_from_a_scan() -> None:
    from directive_parser.render import routing

    record = record_of("n043")
    record.source["ocr_confidence"] = dict(N043_SCAN_CONFIDENCE)
    identity = dict(routing._identity(record))
    assert identity["Số, ký hiệu"] == "52-CV/HNDT (đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy 93%)"
    assert identity["Tên loại văn bản"] == "Công văn"
    assert "đọc từ ảnh quét" not in " ".join(v for _, v in routing._identity(record_of("000")))


def test_undated_duty_keeps_its_time_phrase() -> None:
    # 002: "Cuối năm, … tổ chức đánh giá, công nhận …" has no day
    text = markdown.render([record_of("002")])
    assert re.search(r"\*\*Chưa có ngày cụ thể\*\*: tổ chức đánh giá.*_\(Cuối năm\)_$", text, re.M)


def test_several_checklists_are_separated() -> None:
    text = markdown.render([record_of("000"), record_of("001")])
    assert text.count(markdown.DOCUMENT_SEPARATOR) == 1
    assert "1092-CV/BDVTU" in text and "624-CV/BDVTU" in text


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_calendar_holds_exactly_the_dated_obligations(doc_id: str) -> None:
    record = record_of(doc_id)
    text = ics.render([record], now=STAMP_1)
    found = events(text)
    expected = sorted(d.date for d in record.deadlines if d.date is not None)
    assert sorted(e.decoded("dtstart") for e in found) == expected
    for event in found:
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        assert event["uid"].endswith("@" + ics.UID_DOMAIN)
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        # relative to the 00:00 start: 09:00 seven days before and 09:00 the day before
        morning = dt.datetime.combine(start, dt.time(9))
        assert [dt.datetime.combine(start, dt.time()) + t for t in triggers] == [
            morning - dt.timedelta(days=7),
            morning - dt.timedelta(days=1),
        ]
        assert all(str(a["action"]) == "DISPLAY" for a in event.walk("VALARM"))
    assert len({e["uid"] for e in found}) == len(found)  # no two events share a UID


def test_calendar_event_of_000() -> None:
    (first, second) = events(ics.render([record_of("000")], now=STAMP_1))
    assert first.decoded("dtstart") == dt.date(2023, 7, 15)
    assert str(first["summary"]) == "Hạn: gửi Báo cáo kết quả về Ban Dân vận Thành ủy (1092-CV/BDVTU)"
    description = str(first["description"])
    assert "Đơn vị thực hiện: các quận ủy, huyện ủy đã hoàn thành việc kiểm tra" in description
    assert "Nơi nhận kết quả: Ban Dân vận Thành ủy" in description
    assert "Thời hạn: trước ngày 15/7/2023" in description
    assert second.decoded("dtstart") == dt.date(2023, 7, 30)


def test_calendar_header_and_folding() -> None:
    from icalendar import Calendar

    text = ics.render([record_of("c111")], now=STAMP_1)
    cal = Calendar.from_ical(text)
    assert str(cal["version"]) == "2.0"
    assert str(cal["prodid"]) == ics.PRODID
    assert str(cal["calscale"]) == "GREGORIAN"
    assert str(cal["x-wr-calname"]) == "Hạn công việc: 98-KH/TWĐTN-BTC"
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)  # RFC 5545 3.1
    assert text.endswith("END:VCALENDAR\r\n")


def test_two_runs_differ_only_in_dtstamp() -> None:
    records = [record_of("c111"), record_of("002")]
    first = ics.render(records, now=STAMP_1)
    second = ics.render(records, now=STAMP_2)
    assert first != second
    strip = lambda s: re.sub(r"DTSTAMP:\d{8}T\d{6}Z", "DTSTAMP", s)  # noqa: E731
    assert strip(first) == strip(second)


def test_uid_follows_the_obligation_not_its_position() -> None:
    base = record_of("000")
    moved = record_of("000")
    moved.deadlines.reverse()  # another reading order
    moved.deadlines[0].action = moved.deadlines[0].action.upper()  # another cut of the same sentence
    uid = {e.decoded("dtstart"): str(e["uid"]) for e in events(ics.render([base]))}
    uid_moved = {e.decoded("dtstart"): str(e["uid"]) for e in events(ics.render([moved]))}
    assert uid == uid_moved


def test_uid_differs_between_documents_and_tolerates_tone_placement() -> None:
    a, b = record_of("000"), record_of("000")
    b.issuer.name = "Ban Dân vận Thành uỷ Hải Phòng"  # old tone placement, as the header prints it
    assert ics.document_key(a) == ics.document_key(b)
    assert ics.document_key(a) != ics.document_key(record_of("001"))
    # without a symbol: a hash of type, issuer, date and subject
    assert ics.document_key(record_of("w015")).startswith("hash:")


def test_recurring_duty_is_an_rrule() -> None:
    # "trước ngày 20 hằng tháng" in a directive of 07/7/2023: first due 20/7/2023, then monthly
    record = with_deadline(
        "000",
        action="báo cáo kết quả thực hiện về Ban Dân vận Thành ủy",
        text="trước ngày 20 hằng tháng",
        when=TimeExpression(kind="recurrence", recurrence="FREQ=MONTHLY;BYMONTHDAY=20"),
    )
    found = {str(e["summary"]): e for e in events(ics.render([record]))}
    event = found["Hạn: báo cáo kết quả thực hiện về Ban Dân vận Thành ủy (1092-CV/BDVTU)"]
    assert event.decoded("dtstart") == dt.date(2023, 7, 20)
    rule = event["rrule"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["BYMONTHDAY"] == [20]
    assert "(định kỳ)" in markdown.render([record])


def test_recurring_duty_without_a_day_stays_undated() -> None:
    # "định kỳ 6 tháng" names no day: no event, an undated task line
    record = with_deadline(
        "000",
        action="báo cáo sơ kết",
        text="định kỳ 6 tháng",
        when=TimeExpression(kind="recurrence", recurrence="FREQ=MONTHLY;INTERVAL=6"),
    )
    assert len(events(ics.render([record]))) == 2
    assert len(UNDATED_LINE.findall(markdown.render([record]))) == 1


def test_relative_duty_needs_the_day_received() -> None:
    # "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản", received Friday 26/4/2024:
    # 29/4 (day off), 30/4 and 1/5 are holidays, so the 5th working day is Wednesday 8/5/2024.
    record = with_deadline(
        "000",
        action="gửi ý kiến góp ý về Ban Dân vận Thành ủy",
        text="trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản",
        when=TimeExpression(kind="offset", offset_days=5, working_days=True, anchor="received"),
    )
    assert len(events(ics.render([record]))) == 2  # unknown until the user says when
    assert "cần ngày nhận văn bản để tính hạn" in markdown.render([record])
    received = dt.date(2024, 4, 26)
    found = events(ics.render([record], received=received))
    assert dt.date(2024, 5, 8) in [e.decoded("dtstart") for e in found]
    assert "**Hạn 08/05/2024** (tính từ ngày nhận)" in markdown.render([record], received=received)


def test_calendar_of_several_documents_is_one_calendar() -> None:
    text = ics.render([record_of("000"), record_of("002")], now=STAMP_1)
    assert text.count("BEGIN:VCALENDAR") == 1
    assert len(events(text)) == 2 + 4


# ---------------------------------------------------------------------------------------------
# Report skeleton
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "depth", "expected"),
    [
        (OutlineItem(number="1", title="Đặc điểm tình hình"), 0, "1. Đặc điểm tình hình"),  # 000
        (OutlineItem(number="II", title="NHIỆM VỤ"), 0, "II. NHIỆM VỤ"),  # Roman part
        (OutlineItem(number="a)", title="Về tổ chức"), 1, "a) Về tổ chức"),  # điểm keeps its ")"
        (OutlineItem(title="Đánh giá chung"), 1, "- Đánh giá chung"),  # 000: bullet under 3.
    ],
)
def test_section_heading(item: OutlineItem, depth: int, expected: str) -> None:
    assert outline.section_heading(item, depth) == expected


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("000", "party"),  # Ban Dân vận Thành ủy Hải Phòng
        ("c107", "youth_union"),  # Ban Chấp hành Trung ương Đoàn, 1494-CV/TWĐTN-BTC
        ("c130", "state"),  # Trường Đại học Công Thương, 753/KH-DCT
    ],
)
def test_heading_system(doc_id: str, expected: str) -> None:
    assert outline.heading_system(record_of(doc_id)) == expected


def test_outline_markdown_of_000() -> None:
    text = outline.render_markdown([record_of("000")])
    assert text.startswith("# BÁO CÁO\n\n## Kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”\n")
    assert "Thực hiện Công văn số 1092-CV/BDVTU ngày 07/7/2023 của Ban Dân vận Thành ủy Hải Phòng" in text
    assert "### 1. Đặc điểm tình hình\n\n_Nêu khái quát đặc điểm" in text
    assert "#### - Đánh giá chung\n\n_Đánh giá khái quát" in text
    assert "### 5. Đề xuất, kiến nghị" in text
    assert "- Ban Dân vận Thành ủy (để báo cáo);" in text


def test_outline_markdown_without_outline() -> None:
    text = outline.render_markdown([record_of("c107")])
    assert outline.NO_OUTLINE_NOTE in text
    assert "## Góp ý dự thảo Hướng dẫn" in text


def docx_texts(data: bytes) -> tuple[list, list[str]]:
    """The paragraphs of a DOCX (body and table cells) and their texts."""
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for cell in table._cells:
            paragraphs += cell.paragraphs
    return paragraphs, [p.text for p in paragraphs]


def test_outline_docx_of_000() -> None:
    paragraphs, texts = docx_texts(outline.render_docx([record_of("000")]))
    assert "BÁO CÁO" in texts
    assert "Kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”" in texts
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in texts and "Số …-BC/…" in texts  # HD 36 Party header
    headings = [p.text for p in paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["1. Đặc điểm tình hình", "2. Công tác lãnh đạo, chỉ đạo", "- Nêu rõ các văn bản lãnh đạo, chỉ đạo thực hiện"]
    assert "5. Đề xuất, kiến nghị" in headings
    hints = [p for p in paragraphs if p.text.startswith("Nêu khái quát đặc điểm")]
    assert hints and all(r.font.italic for r in hints[0].runs)
    assert "Nơi nhận:" in texts
    fonts = {r.font.name for p in paragraphs for r in p.runs}
    sizes = {r.font.size.pt for p in paragraphs for r in p.runs}
    assert fonts == {"Times New Roman"}
    assert {13.0, 14.0} <= sizes


@pytest.mark.parametrize(
    ("doc_id", "heading"),
    [
        ("c130", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-…"]),  # NĐ 30
        ("c107", ["ĐOÀN TNCS HỒ CHÍ MINH", "***", "Số: …-BC/…"]),  # Đoàn
    ],
)
def test_outline_docx_header_by_system(doc_id: str, heading: list[str]) -> None:
    _, texts = docx_texts(outline.render_docx([record_of(doc_id)]))
    assert all(h in texts for h in heading)
    assert outline.NO_OUTLINE_NOTE in texts  # neither gives an outline


def test_outline_is_for_one_directive() -> None:
    from directive_parser.errors import DirectiveParserError

    with pytest.raises(DirectiveParserError, match="one directive"):
        outline.render_docx([record_of("000"), record_of("001")])


# ---------------------------------------------------------------------------------------------
# Every corpus document, parsed, in every format
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parsed() -> dict[str, Directive]:
    return {path.stem: parse_file(path) for path in CORPUS_TXT}


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_corpus_document_renders(parsed: dict[str, Directive], fmt: str) -> None:
    assert len(parsed) == len(CORPUS_TXT) > 50
    for doc_id, record in parsed.items():
        data = RENDERERS[fmt]([record])
        assert isinstance(data, bytes if fmt in BINARY_FORMATS else str), doc_id
        assert data, doc_id
        if fmt == "ics":
            # dated duties on their day, duties within a period on its last day
            days = [d.date or (d.when.period_end if d.when and d.when.kind == "period" else None) for d in record.obligations]
            assert sorted(e.decoded("dtstart") for e in events(data)) == sorted(filter(None, days)), doc_id
        if fmt == "markdown":
            assert len(DATED_LINE.findall(data)) == sum(d.date is not None for d in record.obligations), doc_id
        if fmt == "json":
            assert json.loads(data)["number"] == record.model_dump(mode="json")["number"]


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------

runner = CliRunner()
SEED = str(CORPUS / "000.txt")


def test_cli_markdown_and_ics() -> None:
    result = runner.invoke(app, ["parse", SEED, "--format", "markdown"])
    assert result.exit_code == 0 and result.stdout.startswith("# Việc cần làm theo Công văn số 1092-CV/BDVTU")
    result = runner.invoke(app, ["parse", SEED, "--format", "ics", "--received", "10/07/2023"])
    assert result.exit_code == 0 and "BEGIN:VCALENDAR" in result.stdout


def test_cli_docx_to_file(tmp_path) -> None:
    target = tmp_path / "bao-cao.docx"
    result = runner.invoke(app, ["parse", SEED, "--format", "outline-docx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:2] == b"PK"  # a zip: the DOCX container


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", SEED, str(CORPUS / "001.txt"), "-f", "outline-md"], "one directive"),  # skeleton of two
        (["parse", SEED, "-f", "ics", "--received", "2023-13-01"], "not a date"),  # no 13th month
        (["parse", SEED, "-f", "json", "--received", "2023-07-10"], "--received applies"),  # unused option
        (["parse", SEED, "-f", "pdf"], "unknown format"),
    ],
)
def test_cli_refuses_clearly(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


# The record's warnings reach the clerk: in the checklist (Vietnamese, under "Lưu ý", before the tasks) and, for the
# formats that cannot hold them, on stderr. 000's first duty with its day moved past June's end (IMPOSSIBLE_DAY).
def _slipped(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "000-slipped.txt"
    text = (CORPUS / "000.txt").read_text(encoding="utf-8").replace("trước ngày 15/7/2023", "trước ngày 31/6/2023")
    path.write_text(text, encoding="utf-8")
    return path


def test_checklist_says_in_vietnamese_what_the_parser_could_not_settle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = markdown.render([parse_file(_slipped(tmp_path))])
    notes, tasks = text.index("## Lưu ý"), text.index("## Nhiệm vụ")
    assert notes < tasks
    assert "- Thời hạn “trước ngày 31/6/2023” ghi một ngày mà tháng đó không có" in text[notes:tasks]
    assert "_(trước ngày 31/6/2023)_" in text[tasks:]  # the duty is listed, with its time as printed


def test_checklist_without_warnings_has_no_notes() -> None:
    assert "## Lưu ý" not in markdown.render([parse_file(CORPUS / "000.txt")])


def test_formats_without_room_for_warnings_give_them_on_stderr(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _slipped(tmp_path)
    result = runner.invoke(app, ["parse", str(path), "-f", "ics"])
    assert result.exit_code == 0
    assert f'note: {path}: the time "trước ngày 31/6/2023" names a day its month does not have' in result.stderr
    quiet = runner.invoke(app, ["parse", str(CORPUS / "000.txt"), "-f", "ics"])
    assert quiet.exit_code == 0 and "names a day" not in quiet.stderr
