"""The calendar a clerk imports: the same UIDs from every copy of a directive, rules that end,
period duties on the calendar, and a warning for what it cannot hold."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import CORPUS
from icalendar import Calendar
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.extractors.obligations import from_deadline
from directive_parser.record import Deadline, Directive, TimeExpression
from directive_parser.render import ics

FILES = CORPUS / "files"


def _events(text: str) -> list:
    return list(Calendar.from_ical(text).walk("VEVENT"))


def _uids(path) -> list[str]:
    return sorted(re.findall(r"^UID:(\S+)", ics.render([parse_file(path, ocr=False)]), re.M))


@pytest.mark.parametrize("stem", ["000", "002", "003", "004"])
def test_text_docx_and_pdf_copies_give_the_same_uids(stem: str) -> None:
    from_text = _uids(CORPUS / f"{stem}.txt")
    assert from_text
    assert _uids(FILES / f"{stem}.docx") == from_text
    assert _uids(FILES / f"{stem}.pdf") == from_text


def _with(record: Directive, **fields: object) -> Directive:
    deadline = Deadline.model_validate(fields)
    record.deadlines.append(deadline)
    record.obligations.append(from_deadline(deadline))  # every deadline is also an obligation
    return record


def _seed() -> Directive:
    return parse_file(CORPUS / "000.txt")


def test_every_rrule_of_the_corpus_ends() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        for event in _events(ics.render([parse_file(path)])):
            if "rrule" in event:
                rule = event["rrule"]
                assert "UNTIL" in rule or "COUNT" in rule, path.name


def test_a_monthly_duty_ends_with_the_plans_year_or_after_a_year() -> None:
    monthly = dict(
        action="báo cáo kết quả về Ban Dân vận Thành ủy",
        text="trước ngày 20 hằng tháng",
        when=TimeExpression(kind="recurrence", recurrence="FREQ=MONTHLY;BYMONTHDAY=20"),
    )
    (event,) = [e for e in _events(ics.render([_with(_seed(), **monthly)])) if "rrule" in e]
    assert event["rrule"]["COUNT"] == [12]  # 20/7/2023 … 20/6/2024: one year of reports
    plan = _with(_seed(), **monthly)
    plan.subject = "Kế hoạch công tác dân vận năm 2023"
    (event,) = [e for e in _events(ics.render([plan])) if "rrule" in e]
    until = event["rrule"]["UNTIL"][0]
    assert (until.date() if isinstance(until, dt.datetime) else until) == dt.date(2023, 12, 31)


def test_a_period_duty_is_an_all_day_event_on_the_last_day_marked_as_a_period() -> None:
    record = _with(
        _seed(),
        action="tổ chức kiểm tra các mô hình",
        text="trong tháng 9/2024",
        when=TimeExpression(kind="period", period_start=dt.date(2024, 9, 1), period_end=dt.date(2024, 9, 30)),
    )
    (event,) = [e for e in _events(ics.render([record])) if e.decoded("dtstart") == dt.date(2024, 9, 30)]
    assert event.decoded("dtend") == dt.date(2024, 10, 1)
    assert str(event["summary"]).startswith("Hạn trong tháng 9/2024: tổ chức kiểm tra")
    assert ics.PERIOD_CATEGORY in event["categories"].to_ical().decode()
    assert "từ 01/09/2024 đến 30/09/2024" in str(event["description"])


RELATIVE = (
        "ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 12/UBND-VX\nAn Lão, ngày 05 tháng 3 năm 2024\nCÔNG VĂN\n"
        "V/v góp ý dự thảo\nCác xã gửi ý kiến góp ý về UBND huyện trong thời hạn 05 ngày làm việc kể từ "
        "ngày nhận được văn bản.\nCác xã báo cáo kết quả về UBND huyện trước ngày 20/3/2024.\n"
)


def test_duties_counted_from_receipt_are_announced_when_left_out(tmp_path) -> None:
    text = RELATIVE
    path = tmp_path / "relative.txt"
    path.write_text(text, encoding="utf-8")
    record = parse_file(path)
    assert any(d.when and d.when.kind == "offset" for d in record.deadlines)
    (note,) = ics.left_out([record], None)
    assert "1 việc tính hạn từ ngày nhận văn bản" in note
    assert ics.left_out([record], dt.date(2024, 3, 8)) == []
    without = CliRunner().invoke(app, ["parse", str(path), "--format", "ics"])
    assert without.exit_code == 0 and "ngày nhận văn bản" in without.stderr and "--received" in without.stderr
    assert "X-WR-CALDESC" in without.stdout
    given = CliRunner().invoke(app, ["parse", str(path), "--format", "ics", "--received", "2024-03-08"])
    assert given.exit_code == 0 and "ngày nhận" not in given.stderr
    assert len(_events(given.stdout)) == len(_events(without.stdout)) + 1


def test_the_api_takes_the_day_received() -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    without = client.post("/api/parse?format=ics", data={"text": RELATIVE})
    given = client.post("/api/parse?format=ics&received=2024-03-08", data={"text": RELATIVE})
    assert without.status_code == given.status_code == 200
    # received Friday 8/3/2024: the 5th working day after is Friday 15/3/2024
    assert dt.date(2024, 3, 15) in [e.decoded("dtstart") for e in _events(given.text)]
    assert len(_events(given.text)) == len(_events(without.text)) + 1
    view = client.post("/api/view", data={"text": RELATIVE}).json()
    assert view["notes"] and "ngày nhận văn bản" in view["notes"][0]
    assert client.post("/api/view?received=2024-03-08", data={"text": RELATIVE}).json()["notes"] == []
    bad = client.post("/api/parse?format=ics&received=tomorrow", data={"text": RELATIVE})
    assert bad.status_code == 400 and "error" in bad.json()
