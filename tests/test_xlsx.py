"""EXCEL_TASK_TABLES (loaders/xlsx.py): a plan's appendix of tasks sent as an Excel workbook is read as a task table.

The workbook is built here with openpyxl from n002's inspection schedule (its Phụ lục I, as the corpus prints it:
"STT | Đơn vị được kiểm tra | Thời gian kiểm tra", a group row, then the units and their months).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from directive_parser import parse_bytes
from directive_parser.cli import app
from directive_parser.errors import EXIT_INPUT, EmptyDocument
from directive_parser.loaders import load_bytes


def _workbook(*rows: list[object]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


N002_SCHEDULE = _workbook(
    ["PHỤ LỤC I"],
    ["LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    [],
    ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"],
    ["I", "Cơ quan chuyên môn cấp tỉnh"],
    [1, "Sở Xây dựng", "Tháng 7/2026"],
    [2, "Sở Y tế", "Tháng 8/2026"],
)


def test_a_workbook_reads_row_by_row_as_a_task_table() -> None:
    source = load_bytes(N002_SCHEDULE, "phu-luc.xlsx")
    assert source.format == "xlsx"
    assert source.text.split("\n") == [
        "PHỤ LỤC I",
        "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        "STT | Đơn vị được kiểm tra | Thời gian kiểm tra",
        "I | Cơ quan chuyên môn cấp tỉnh",
        "1 | Sở Xây dựng | Tháng 7/2026",
        "2 | Sở Y tế | Tháng 8/2026",
    ]
    record = parse_bytes(N002_SCHEDULE, "phu-luc.xlsx")
    assert [(d.action, d.text) for d in record.deadlines] == [("kiểm tra Sở Xây dựng", "Tháng 7/2026"), ("kiểm tra Sở Y tế", "Tháng 8/2026")]


def test_a_date_cell_is_printed_as_a_directive_prints_a_date() -> None:
    data = _workbook(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"], [1, "Rà soát, công bố danh mục thủ tục hành chính", "Sở Tư pháp", dt.datetime(2026, 6, 30)])
    record = parse_bytes(data, "nhiem-vu.xlsx")
    assert [(d.responsible, d.text, d.date) for d in record.deadlines] == [("Sở Tư pháp", "30/06/2026", dt.date(2026, 6, 30))]


def test_an_empty_workbook_is_refused_as_empty() -> None:
    with pytest.raises(EmptyDocument, match="no filled cell"):
        load_bytes(_workbook([], [None, None]), "trong.xlsx")


def test_a_damaged_workbook_is_refused_in_one_line(tmp_path: Path) -> None:
    data = bytearray(N002_SCHEDULE)
    data[len(data) // 3 : len(data) // 3 + 400] = b"\0" * 400
    path = tmp_path / "hong.xlsx"
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "not a readable Excel workbook" in lines[0], lines
    from directive_parser.web.vietnamese import vietnamese

    assert "tệp Excel (.xlsx) bị hỏng" in vietnamese(lines[0].removeprefix("directive-parser: "))
