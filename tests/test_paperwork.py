"""The clerk's legal paperwork (issue 20): Số đến, the two books, the routing slip, e-office metadata.

The five seeds are received into a register (on SQLite, and on PostgreSQL where the register's
tests run it); the books are written as Excel and Word, read back, and printed to PDF through
LibreOffice; the routing slip of seed 000 is read back from its .docx; the e-office JSON of every
seed is validated against the schema written from NĐ 30/2020 Phụ lục VI.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import test_register
from conftest import CORPUS
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.errors import EXIT_USAGE, DirectiveParserError
from directive_parser.register import books
from directive_parser.register.store import Register
from directive_parser.render import eoffice, routing

db_url = test_register.db_url
runner = CliRunner()

SEEDS = ("000.txt", "001.txt", "002.txt", "003.txt", "004.txt")
OFFICE = "Quận ủy Lê Chân"
"""A quận ủy of Hải Phòng: seed 000 (Ban Dân vận Thành ủy to "các quận ủy, huyện ủy") is its duty."""

ANNOTATIONS = CORPUS.parent / "annotations"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CALC = Path("/usr/lib/libreoffice/program/libsclo.so")
LIBREOFFICE_SECONDS = 180


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def gold(seed: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ANNOTATIONS / seed.replace(".txt", ".json")).read_text(encoding="utf-8"))
    return data


def vn(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def receive_seeds(url: str, year: int = 2023) -> Register:
    """The five seeds received on five days of July of ``year``, in order; the office set."""
    assert cli("register", "--db", url, "profile", "--name", OFFICE)[0] == 0
    for i, seed in enumerate(SEEDS):
        code, _, err = cli("register", "--db", url, "add", str(CORPUS / seed), "--received", f"{year}-07-{10 + i}")
        assert code == 0, err
    return Register(url)


# --- arrival data --------------------------------------------------------------------------------


def test_arrival_numbers_run_per_calendar_year(db_url: str) -> None:
    reg = Register(db_url)
    for seed, day in (("000.txt", "2023-07-10"), ("001.txt", "2023-07-11"), ("002.txt", "2024-01-02")):
        assert cli("register", "add", str(CORPUS / seed), "--received", day)[0] == 0
    numbers = {v.symbol: (v.arrival_number, v.received.year) for v in reg.directives()}
    assert numbers == {"1092-CV/BDVTU": (1, 2023), "624-CV/BDVTU": (2, 2023), "-CV/HU": (1, 2024)}
    # receiving the same directive again keeps its number
    assert cli("register", "add", str(CORPUS / "000.txt"))[0] == 0
    assert {v.symbol: v.arrival_number for v in reg.directives()}["1092-CV/BDVTU"] == 1
    # a correction of the day into another year numbers it in that year
    second = next(v for v in reg.directives() if v.symbol == "624-CV/BDVTU")
    code, out, err = cli("register", "arrival", str(second.id), "--received", "2024-01-05")
    assert code == 0, err
    assert "số đến 2, ngày đến 05/01/2024" in out
    # the number stamped on the paper can be recorded, but not one already taken that year
    first = next(v for v in reg.directives() if v.symbol == "1092-CV/BDVTU")
    code, _, err = cli("register", "arrival", str(first.id), "--number", "17")
    assert code == 0, err
    assert cli("register", "arrival", str(second.id), "--number", "1")[0] == 1
    code, _, err = cli("register", "arrival", str(second.id), "--number", "1")
    assert "already" in err and err.count("\n") == 1
    assert {v.symbol: v.arrival_number for v in reg.directives()} == {"1092-CV/BDVTU": 17, "624-CV/BDVTU": 2, "-CV/HU": 1}
    # and the next one received in 2023 follows the highest number of 2023
    assert cli("register", "add", str(CORPUS / "003.txt"), "--received", "2023-12-31")[0] == 0
    assert {v.symbol: v.arrival_number for v in reg.directives()}["248-CV/ĐU"] == 18
    # the numbers survive a backup and its restore
    lines = list(reg.export_lines())
    fresh = Register(db_url.replace("register.sqlite3", "fresh.sqlite3")) if db_url.startswith("sqlite") else None
    if fresh is not None:
        fresh.import_lines(lines)
        assert {v.symbol: v.arrival_number for v in fresh.directives()} == {v.symbol: v.arrival_number for v in reg.directives()}


def test_arrival_errors_are_one_line(db_url: str) -> None:
    code, _, err = cli("register", "arrival", "42", "--number", "3")
    assert code == 1 and "no directive with ID 42" in err and err.count("\n") == 1
    assert cli("register", "add", str(CORPUS / "000.txt"))[0] == 0
    code, _, err = cli("register", "arrival", "1", "--number", "0")
    assert code == 1 and "starts at 1" in err


# --- the books ------------------------------------------------------------------------------------


@pytest.fixture
def five(tmp_path: Path) -> tuple[str, Register]:
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    return url, receive_seeds(url)


def _sheet_rows(path: Path, name: str) -> tuple[Any, list[list[str]]]:
    from openpyxl import load_workbook

    sheet = load_workbook(path)[name]
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    return sheet, rows


def test_register_book_xlsx_has_the_decree_columns_and_the_seeds(five: tuple[str, Register], tmp_path: Path) -> None:
    url, reg = five
    out = tmp_path / "SO-DEN.xlsx"
    code, _, err = cli("register", "--db", url, "book", "--year", "2023", "-o", str(out))
    assert code == 0, err
    sheet, rows = _sheet_rows(out, "Sổ đăng ký")
    header = rows.index([name for name, _ in books.REGISTER_COLUMNS])
    assert sheet.print_title_rows == f"${header + 1}:${header + 1}"  # repeated on every printed page
    assert OFFICE.upper() in rows[0][0] and "2023" in rows[1][0]
    body = rows[header + 1 :]
    views = sorted(reg.directives(), key=lambda v: v.arrival_number or 0)
    assert [r[1] for r in body] == [str(v.arrival_number) for v in views] == ["1", "2", "3", "4", "5"]
    assert [r[0] for r in body] == [f"{10 + i}/07/2023" for i in range(5)]
    for row, seed in zip(body, SEEDS, strict=True):
        g = gold(seed)
        symbol = g["number"]["symbol"] or ""
        assert row[3].replace("…", "") == symbol.replace("…", "")
        if g["date"]:
            assert row[4] == vn(g["date"])
        assert (g["subject"] or "")[:20] in row[5]
    seed_000 = body[0]
    assert seed_000[2] == gold("000.txt")["issuer"]["name"]
    assert seed_000[6] == OFFICE  # the duties fall on the quận ủy
    for i, (_name, width) in enumerate(books.REGISTER_COLUMNS):
        assert sheet.column_dimensions[chr(ord("A") + i)].width == width

    sheet, rows = _sheet_rows(out, "Sổ theo dõi")
    header = rows.index([name for name, _ in books.TRACKING_COLUMNS])
    first = rows[header + 1]
    assert first[0] == "1" and "1092-CV/BDVTU" in first[1] and "Ban Dân vận Thành ủy Hải Phòng" in first[1]
    assert first[3].splitlines() == [vn(d["date"]) for d in gold("000.txt")["deadlines"]]
    assert first[4].splitlines() == ["đang giải quyết"] * 2
    # a duty marked done shows as done
    duty = next(d for d in reg.record(1)[2] if d.due == dt.date(2023, 7, 15))
    reg.set_status([duty.id], "done", "test")
    cli("register", "--db", url, "book", "--year", "2023", "-o", str(out))
    assert _sheet_rows(out, "Sổ theo dõi")[1][header + 1][4].splitlines() == ["đã xong", "đang giải quyết"]
    # another year's book is empty but well formed
    cli("register", "--db", url, "book", "--year", "2022", "-o", str(out))
    _, rows = _sheet_rows(out, "Sổ đăng ký")
    assert rows[-1] == [name for name, _ in books.REGISTER_COLUMNS]


def test_register_book_docx_repeats_its_header(five: tuple[str, Register], tmp_path: Path) -> None:
    import docx

    url, _ = five
    out = tmp_path / "SO-DEN.docx"
    assert cli("register", "--db", url, "book", "--year", "2023", "-o", str(out))[0] == 0
    document = docx.Document(str(out))
    register_table, tracking_table = document.tables
    assert [c.text for c in register_table.rows[0].cells] == [n for n, _ in books.REGISTER_COLUMNS]
    assert [c.text for c in tracking_table.rows[0].cells] == [n for n, _ in books.TRACKING_COLUMNS]
    assert len(register_table.rows) == len(tracking_table.rows) == 1 + len(SEEDS)
    for table in (register_table, tracking_table):
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
    texts = [p.text for p in document.paragraphs]
    assert books.REGISTER_TITLE in texts and books.TRACKING_TITLE in texts and OFFICE.upper() in texts


def test_book_refuses_other_file_kinds(five: tuple[str, Register], tmp_path: Path) -> None:
    url, _ = five
    code, _, err = cli("register", "--db", url, "book", "-o", str(tmp_path / "so.pdf"))
    assert code == EXIT_USAGE and ".xlsx" in err and err.count("\n") == 1
    code, _, err = cli("register", "--db", url, "book", "--year", "20233", "-o", str(tmp_path / "so.xlsx"))
    assert code == EXIT_USAGE and "not a year" in err


@pytest.mark.skipif(SOFFICE is None or not CALC.exists(), reason="LibreOffice Writer and Calc not installed (WITH_OFFICE=1 scripts/setup.sh)")
def test_books_print_through_libreoffice(five: tuple[str, Register], tmp_path: Path) -> None:
    import pdfplumber

    url, _ = five
    for name in ("book-xlsx.xlsx", "book-docx.docx"):
        assert cli("register", "--db", url, "book", "--year", "2023", "-o", str(tmp_path / name))[0] == 0
    profile = tmp_path / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         str(tmp_path / "book-xlsx.xlsx"), str(tmp_path / "book-docx.docx")],
        check=True, capture_output=True, timeout=LIBREOFFICE_SECONDS,
    )
    for stem in ("book-xlsx", "book-docx"):
        with pdfplumber.open(tmp_path / f"{stem}.pdf") as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        squeezed = " ".join(text.split())
        for words in (books.REGISTER_TITLE, books.TRACKING_TITLE, "QUẬN ỦY LÊ CHÂN", "Ban Dân vận Thành ủy Hải Phòng",
                      "Tác giả", "Tiến độ giải quyết", "“Dân vận khéo”", "Không nêu thời hạn"):
            assert words in squeezed, (stem, words)
        assert "1092-CV/" in squeezed and "624-CV/" in squeezed


# --- the routing slip -----------------------------------------------------------------------------


def _slip_table(path: Path) -> list[list[str]]:
    import docx

    document = docx.Document(str(path))
    return [[c.text for c in row.cells] for row in document.tables[0].rows]


def test_routing_slip_of_seed_000_proposes_the_quan_uy_and_its_deadlines(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "PHIEU.docx"
    code, _, err = cli("parse", str(CORPUS / "000.txt"), "--for", OFFICE, "--format", "routing-slip", "-o", str(out))
    assert code == 0, err
    rows = _slip_table(out)[1:]
    assert [r[2] for r in rows] == [f"{OFFICE} {routing.PROPOSAL_MARK}"] * 2
    assert [r[4] for r in rows] == [f"{vn(d['date'])} {routing.PROPOSAL_MARK}" for d in gold("000.txt")["deadlines"]]
    assert [r[4].split()[0] for r in rows] == ["15/07/2023", "30/07/2023"]
    assert all(r[3] == routing.BLANK for r in rows)  # the text names nobody to co-operate
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert routing.TITLE in texts and "Số, ký hiệu: 1092-CV/BDVTU" in texts
    assert "Cơ quan, tổ chức ban hành: Ban Dân vận Thành ủy Hải Phòng" in texts
    # without --for, the lead proposed is the body the text charges
    code, _, err = cli("parse", str(CORPUS / "000.txt"), "--format", "routing-slip", "-o", str(out))
    assert code == 0, err
    assert [r[2].removesuffix(f" {routing.PROPOSAL_MARK}") for r in _slip_table(out)[1:]] == [
        o.responsible for o in parse_file(CORPUS / "000.txt").obligations
    ]


def test_routing_slip_names_the_co_operating_bodies_the_text_names() -> None:
    record = parse_file(CORPUS / "c111.txt")
    found = routing.tasks(record)
    partners = {t.cooperate for t in found if t.cooperate}
    assert "Tập đoàn Bưu chính Viễn thông (VNPT)" in partners and "Ban Tổ chức Trung ương Đoàn" in partners
    for task in found:
        if task.cooperate:
            assert task.cooperate in " ".join(o.sentence or o.action for o in record.obligations)


def test_routing_slip_leaves_blanks_where_the_text_says_nothing(tmp_path: Path) -> None:
    source = tmp_path / "bare.txt"
    source.write_text("UBND TỈNH BẮC GIANG\nSố: 12/UBND-VX\nV/v thông tin\nKính gửi: Sở Nội vụ.\nĐể biết.\n", encoding="utf-8")
    out = tmp_path / "PHIEU.docx"
    code, _, err = cli("parse", str(source), "--format", "routing-slip", "-o", str(out))
    assert code == 0, err
    assert _slip_table(out)[1] == ["1", routing.BLANK, routing.BLANK, routing.BLANK, routing.BLANK]


def test_routing_slip_takes_one_directive(tmp_path: Path) -> None:
    code, _, err = cli("parse", str(CORPUS / "000.txt"), str(CORPUS / "001.txt"), "--format", "routing-slip", "-o", str(tmp_path / "p.docx"))
    assert code == EXIT_USAGE and "one" in err


# --- e-office metadata ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_eoffice_json_validates_against_the_phu_luc_vi_schema(seed: str) -> None:
    import jsonschema

    code, out, err = cli("parse", str(CORPUS / seed), "--format", "eoffice")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.Draft202012Validator(eoffice.schema(), format_checker=jsonschema.FormatChecker()).validate(data)
    record = parse_file(CORPUS / seed)
    assert data["IssuedDate"] == (record.date.isoformat() if record.date else None)
    assert data["OrganName"] == record.issuer.name and data["TypeName"] == record.document_type
    symbol, number = record.number.symbol, record.number.number
    if symbol and number:
        assert data["CodeNumber"] == number
        assert symbol.endswith(data["CodeNotation"]) and not data["CodeNotation"][0].isdigit()
    dated = sorted(o.date for o in record.obligations if o.date)
    assert data["DueDate"] == (dated[0].isoformat() if dated else None)
    if seed == "000.txt":  # and for the first seed, the values are the hand-annotated ones
        g = gold(seed)
        assert (data["CodeNumber"], data["IssuedDate"], data["OrganName"]) == (g["number"]["number"], g["date"], g["issuer"]["name"])
        assert data["DueDate"] == min(d["date"] for d in g["deadlines"]) == "2023-07-15"


def test_eoffice_schema_holds_the_decree_fields_and_lengths() -> None:
    code, out, _ = cli("schema", "--eoffice")
    schema = json.loads(out)
    assert code == 0 and schema == eoffice.schema()
    assert list(schema["required"]) == [f.name for f in eoffice.FIELDS if f.parent is None]
    props = schema["properties"]
    assert props["Subject"]["maxLength"] == 500 and props["CodeNotation"]["maxLength"] == 30
    assert props["CodeNumber"]["maxLength"] == 11 and props["ToPlaces"]["maxLength"] == 1000
    assert props["SignerInfo"]["properties"]["FullName"]["maxLength"] == 50
    assert props["ArrivalNumber"]["maximum"] == 10**10 - 1 and props["Priority"]["maximum"] == 9


def test_eoffice_cuts_long_text_and_refuses_long_identifiers() -> None:
    import jsonschema

    record = parse_file(CORPUS / "000.txt")
    long = record.model_copy(update={
        "subject": "kiểm tra " * 80,
        "number": record.number.model_copy(update={"symbol": "1092-" + "CV/" * 12 + "BDVTU"}),
        "urgency": "Hỏa tốc",
    })
    data = eoffice.metadata(long, arrival_number=7)
    jsonschema.validate(data, eoffice.schema())
    assert len(data["Subject"]) == 500 and data["Subject"].endswith(eoffice.ELLIPSIS)
    assert data["CodeNotation"] is None and data["CodeNumber"] == "1092"
    assert data["Priority"] == eoffice.PRIORITY_CODES["hoa toc"] and data["ArrivalNumber"] == 7
    warnings = data[eoffice.WARNINGS_KEY]
    assert any(w.startswith("Subject") for w in warnings) and any(w.startswith("CodeNotation") for w in warnings)


def test_eoffice_xml_carries_the_same_fields() -> None:
    code, out, err = cli("parse", str(CORPUS / "000.txt"), "--format", "eoffice-xml")
    assert code == 0, err
    root = ET.fromstring(out.split("\n", 1)[1])
    data = json.loads(cli("parse", str(CORPUS / "000.txt"), "--format", "eoffice")[1])
    assert root.tag == eoffice.ROOT_TAG
    present = [k for k, v in data.items() if v is not None and not (isinstance(v, dict) and not any(v.values()))]
    assert [child.tag for child in root] == present
    assert root.findtext("CodeNotation") == data["CodeNotation"] == "CV/BDVTU"
    assert root.findtext("SignerInfo/FullName") == data["SignerInfo"]["FullName"]
    several = cli("parse", str(CORPUS / "000.txt"), str(CORPUS / "001.txt"), "--format", "eoffice-xml")[1]
    assert len(ET.fromstring(several.split("\n", 1)[1]).findall(eoffice.ROOT_TAG)) == 2


def test_register_entry_gives_eoffice_its_arrival_number(five: tuple[str, Register]) -> None:
    _, reg = five
    entries = books.entries(reg, 2023)
    data = eoffice.metadata(entries[1].record, entries[1].view.arrival_number)
    assert data["ArrivalNumber"] == 2


def test_unknown_id_in_register_record_is_an_error(five: tuple[str, Register]) -> None:
    _, reg = five
    with pytest.raises(DirectiveParserError):
        reg.set_arrival(99, 3)


# --- arrival data from the stamp and on the web ---------------------------------------------------


def test_a_received_stamp_gives_the_arrival_data(db_url: str) -> None:
    from directive_parser.record import Received

    reg = Register(db_url)
    record = parse_file(CORPUS / "000.txt")
    stamped = record.model_copy(update={"received": Received(text="ĐẾN Số: 148 Ngày: 12/7/2023", number="148", date=dt.date(2023, 7, 12))})
    reg.add(stamped)
    [view] = reg.directives()
    assert (view.arrival_number, view.received) == (148, dt.date(2023, 7, 12))
    # a second directive stamped with a number already taken that year is numbered next
    other = parse_file(CORPUS / "001.txt").model_copy(update={"received": stamped.received})
    reg.add(other)
    assert sorted(v.arrival_number or 0 for v in reg.directives()) == [148, 149]


def test_arrival_is_editable_through_the_web_api(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    assert cli("register", "add", str(CORPUS / "000.txt"), "--received", "2023-07-10")[0] == 0
    assert cli("register", "add", str(CORPUS / "001.txt"), "--received", "2023-07-11")[0] == 0
    client = TestClient(create_app())
    listed = client.get("/api/register/directives").json()["directives"]
    ids = {d["symbol"]: d["id"] for d in listed}
    assert {d["symbol"]: d["arrival_number"] for d in listed} == {"1092-CV/BDVTU": 1, "624-CV/BDVTU": 2}
    answer = client.put(f"/api/register/directives/{ids['1092-CV/BDVTU']}/arrival", json={"number": 148})
    assert answer.status_code == 200 and answer.json()["directive"]["arrival_number"] == 148
    taken = client.put(f"/api/register/directives/{ids['624-CV/BDVTU']}/arrival", json={"number": 148})
    assert taken.status_code == 422 and "already" in taken.json()["error"]
    assert client.put(f"/api/register/directives/{ids['624-CV/BDVTU']}/arrival", json={"number": "x"}).status_code == 400
    assert client.put("/api/register/directives/99/arrival", json={"number": 3}).status_code == 404
    assert client.put(f"/api/register/directives/{ids['624-CV/BDVTU']}/arrival", json={"received": "2024-01-03"}).json()[
        "directive"]["arrival_number"] == 1


@pytest.mark.skipif(SOFFICE is None or not CALC.exists(), reason="LibreOffice Writer and Calc not installed (WITH_OFFICE=1 scripts/setup.sh)")
def test_a_long_book_repeats_its_header_on_every_printed_page(five: tuple[str, Register], tmp_path: Path) -> None:
    import pdfplumber

    _, reg = five
    many = books.entries(reg, 2023) * 12  # sixty rows: several landscape pages in each format
    (tmp_path / "long-xlsx.xlsx").write_bytes(books.book_xlsx(many, OFFICE, 2023))
    (tmp_path / "long-docx.docx").write_bytes(books.book_docx(many, OFFICE, 2023))
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "long-xlsx.xlsx"), str(tmp_path / "long-docx.docx")],
        check=True, capture_output=True, timeout=LIBREOFFICE_SECONDS,
    )
    for stem in ("long-xlsx", "long-docx"):
        with pdfplumber.open(tmp_path / f"{stem}.pdf") as pdf:
            pages = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
        with_rows = [p for p in pages if "1092-CV/" in p]
        assert len(with_rows) >= 3, stem
        register_pages = [p for p in with_rows if "BDVTU 07/07/2023" in p or "Công văn V/v" in p]
        assert register_pages and all("Tác giả" in p for p in register_pages), stem
        tracking_pages = [p for p in with_rows if "của Ban Dân vận" in p]
        assert tracking_pages and all("Tiến độ giải quyết" in p for p in tracking_pages), stem


def test_the_day_received_dates_a_time_limit_counted_from_receipt(tmp_path: Path) -> None:
    # seed 000 with its first time limit counted from receipt: received Friday 26/4/2024, the 5th
    # working day after it is Wednesday 8/5/2024 (29/4 a day off, 30/4 and 1/5 holidays)
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    assert "trước ngày 15/7/2023" in text
    source = tmp_path / "relative.txt"
    source.write_text(text.replace("trước ngày 15/7/2023", "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản"), encoding="utf-8")
    slip = tmp_path / "PHIEU.docx"
    assert cli("parse", str(source), "--format", "routing-slip", "-o", str(slip))[0] == 0
    assert sorted(r[4] for r in _slip_table(slip)[1:]) == sorted(
        [f"30/07/2023 {routing.PROPOSAL_MARK}", f"trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản {routing.PROPOSAL_MARK}"]
    )
    assert cli("parse", str(source), "--format", "routing-slip", "--received", "26/04/2024", "-o", str(slip))[0] == 0
    assert sorted(r[4] for r in _slip_table(slip)[1:]) == [f"08/05/2024 {routing.PROPOSAL_MARK}", f"30/07/2023 {routing.PROPOSAL_MARK}"]
    data = json.loads(cli("parse", str(source), "--format", "eoffice", "--received", "2024-04-26")[1])
    assert (data["ArrivalDate"], data["DueDate"]) == ("2024-04-26", "2023-07-30")
    code, _, err = cli("parse", str(source), "--format", "json", "--received", "2024-04-26")
    assert code == EXIT_USAGE and "routing-slip" in err


def test_migration_0002_numbers_a_register_already_in_use(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from directive_parser.register.db import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        now = "2023-07-01 00:00:00"
        for key, day in (("a", "2023-07-11"), ("b", "2022-12-30"), ("c", "2023-07-10"), ("d", "2023-07-11")):
            connection.execute(
                text("INSERT INTO directive (doc_key, received, record, added_at, updated_at) VALUES (:k, :d, '{}', :n, :n)"),
                {"k": key, "d": day, "n": now},
            )
    engine.dispose()
    reg = Register(url)  # opening it migrates to the newest schema
    with reg.engine.connect() as connection:
        rows = connection.execute(text("SELECT doc_key, arrival_number FROM directive ORDER BY doc_key")).all()
    assert dict(rows) == {"a": 2, "b": 1, "c": 1, "d": 3}
