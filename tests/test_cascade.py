"""The cascade draft (issue 19): the implementing document a receiving unit writes for its units.

Each seed is drafted as a unit it was sent to, and the draft is checked the way seed 002 (a real
hand-written implementing document) reads: the header of the unit's system, the upstream
citation, the duties that fall on the unit restated for its units, internal deadlines a few
working days earlier, the outline and forms carried over, "Nơi nhận". The Word files are
opened by LibreOffice and read back from the PDF it prints.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.dates import is_working_day
from directive_parser.render import cascade
from directive_parser.render.markdown import escape
from directive_parser.render.outline import HEADER_LEFT_CM, MARGIN_LEFT_CM
from directive_parser.render.units import parse_unit, try_unit, unit_table
from directive_parser.web import create_app

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
UNITS_TOML = Path(__file__).resolve().parent.parent / "directive_parser" / "data" / "units.toml"
runner = CliRunner()

# (seed, drafting unit, system, header lines the draft must carry, number line)
SEEDS = [
    # a Quận ủy of Hải Phòng implementing the Ban Dân vận Thành ủy's công văn: the Đảng bộ of
    # the city comes from the upstream header
    ("000", "Quận ủy Lê Chân", "party", ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "QUẬN ỦY LÊ CHÂN", "ĐẢNG CỘNG SẢN VIỆT NAM"], "Số …-CV/QU"),
    # a district of Quảng Ngãi, addressed as one of "các cơ quan, đơn vị, địa phương"
    ("001", "Huyện ủy Sơn Tịnh", "party", ["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY SƠN TỊNH"], "Số …-CV/HU"),
    # a commune of Tân Yên implementing seed 002 itself: one level further down
    ("002", "Đảng ủy xã Cao Xá", "party", ["ĐẢNG BỘ HUYỆN TÂN YÊN", "ĐẢNG ỦY XÃ CAO XÁ"], "Số …-CV/ĐU"),
    # the ward's Đoàn, one of "các đoàn thể": the Đoàn's own format
    ("003", "Đoàn Thanh niên phường Thạch Bàn", "youth_union", ["BCH ĐOÀN THANH NIÊN PHƯỜNG THẠCH BÀN", "ĐOÀN TNCS HỒ CHÍ MINH", "***"], "Số: …-CV/ĐTN"),
    # a ward's Đảng ủy, one of "các cơ sở đảng trực thuộc quận"
    ("004", "Đảng ủy phường Khương Trung", "party", ["ĐẢNG ỦY PHƯỜNG KHƯƠNG TRUNG", "ĐẢNG CỘNG SẢN VIỆT NAM"], "Số …-CV/ĐU"),
    # a state body (NĐ 30) among "các sở, ban, ngành tỉnh"
    ("001", "Sở Nội vụ tỉnh Quảng Ngãi", "state", ["UBND TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], "Số: …/SNV-…"),
]


def working_days_between(early: dt.date, late: dt.date) -> int:
    """Working days from ``early`` (counted) up to ``late`` (not counted): the lead it gives."""
    return sum(is_working_day(early + dt.timedelta(days=i)) for i in range((late - early).days))


@pytest.fixture(scope="module")
def records() -> dict[str, object]:
    return {seed: parse_file(CORPUS / f"{seed}.txt") for seed in {s[0] for s in SEEDS}}


# --- deadlines --------------------------------------------------------------------------------


def test_seed_000_as_a_quan_uy_sets_internal_deadlines_before_15_and_30_july_2023(records: dict) -> None:
    d = cascade.draft(records["000"], "Quận ủy Lê Chân")
    upstream = sorted(x.upstream_date for x in d.duties if x.upstream_date)
    assert upstream == [dt.date(2023, 7, 15), dt.date(2023, 7, 30)]
    for duty in d.duties:
        assert duty.date is not None and duty.upstream_date is not None
        assert duty.date < duty.upstream_date
        assert is_working_day(duty.date)
        assert working_days_between(duty.date, duty.upstream_date) == cascade.DEFAULT_LEAD_DAYS
        # the upstream said "trước ngày", so does the draft
        assert duty.due == f"trước ngày {duty.date.day:02d}/{duty.date.month}/{duty.date.year}"
    # 15/7/2023 is a Saturday: Fri 14, Thu 13, Wed 12
    assert sorted(x.date for x in d.duties if x.date) == [dt.date(2023, 7, 12), dt.date(2023, 7, 26)]


@pytest.mark.parametrize(("upstream", "lead", "expected"), [
    (dt.date(2024, 5, 3), 3, dt.date(2024, 4, 25)),  # 1/5, 30/4 and the swapped day 29/4/2024 skipped
    (dt.date(2024, 2, 19), 3, dt.date(2024, 2, 7)),  # Tết 8-14/2/2024 skipped
    (dt.date(2023, 7, 30), 3, dt.date(2023, 7, 26)),  # a Sunday: Fri, Thu, Wed
    (dt.date(2023, 7, 14), 0, dt.date(2023, 7, 14)),  # no lead keeps the day
])
def test_internal_date_counts_working_days_back_skipping_weekends_and_holidays(upstream: dt.date, lead: int, expected: dt.date) -> None:
    assert cascade.internal_date(upstream, lead) == expected


def test_lead_days_moves_every_internal_deadline(records: dict) -> None:
    five = cascade.draft(records["000"], "Quận ủy Lê Chân", lead_days=5)
    for duty in five.duties:
        assert duty.date is not None and duty.upstream_date is not None
        assert working_days_between(duty.date, duty.upstream_date) == 5


def test_a_deadline_earlier_than_the_upstream_date_is_reported(records: dict) -> None:
    # 003 (15/9/2022) wants a report before 20/9: three working days back is its own date
    d = cascade.draft(records["003"], "Đoàn Thanh niên phường Thạch Bàn")
    assert any("not after the upstream date" in w for w in d.warnings)


# --- the five seeds, drafted -------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "unit", "system", "header", "number"), SEEDS, ids=[f"{s[0]}-{s[1]}" for s in SEEDS])
def test_each_seed_drafts_like_seed_002(records: dict, seed: str, unit: str, system: str, header: list[str], number: str) -> None:
    record = records[seed]
    d = cascade.draft(record, unit)
    md = cascade.render_markdown(d)
    assert d.system == system
    for line in header:
        assert line in md
    assert number in md
    # the upstream citation opens the body
    assert f"Thực hiện {record.document_type} số {record.number.symbol.lstrip('-')}".replace("số -", "số …-") in md or (
        record.number.number is None and f"số …{record.number.symbol}" in md)
    # the duties, restated for the downstream units, each with the unit's own addressees
    assert d.duties, "a seed addressed to the unit passes at least one duty down"
    for duty in d.duties:
        assert duty.responsible == cascade.join_units(d.recipients)
        assert escape(duty.sentence()) in md
        if duty.upstream_date is not None:
            assert duty.date is not None and duty.date < duty.upstream_date
    # the outline and the forms carried over
    if record.report_outline:
        assert "ĐỀ CƯƠNG BÁO CÁO" in md
        assert all(item.title in md for item in record.report_outline)
    for form in record.forms:
        assert (form.code or form.title) in md
    # Nơi nhận: the upstream issuer to report to, the downstream units
    if record.issuer.name:
        assert f"{record.issuer.name} (để báo cáo)" in md
    assert "Như trên" in md and "Kính gửi:" in md


def test_the_report_goes_to_the_units_counterpart_department(records: dict) -> None:
    d = cascade.draft(records["000"], "Quận ủy Lê Chân")
    for duty in d.duties:
        assert "Ban Dân vận Quận ủy" in duty.action
        assert "Thành ủy" not in duty.action
    # the unit's own report upward keeps the upstream dates and addressee
    assert d.own_report is not None
    assert "Ban Dân vận Thành ủy" in d.own_report and "15/7/2023" in d.own_report and "30/7/2023" in d.own_report


def test_duties_of_other_bodies_are_left_out(records: dict) -> None:
    # 004 gives the Quận ủy's own Ban Dân vận work of its own: not the ward's to pass down
    d = cascade.draft(records["004"], "Đảng ủy phường Khương Trung")
    theirs = [ob for ob in records["004"].obligations if ob.responsible == "Ban Dân vận Quận ủy"]
    assert theirs
    assert all(ob in d.skipped for ob in theirs)
    assert not any(duty.upstream in theirs for duty in d.duties)
    # and the upstream's own opening formula ("Thực hiện Công văn số 350-CV/BDVTU …") is no duty
    assert not any(duty.action.startswith("Thực hiện Công văn số") for duty in d.duties)


def test_to_replaces_the_default_addressees(records: dict) -> None:
    d = cascade.draft(records["000"], "Quận ủy Lê Chân", to=["Các chi, đảng bộ trực thuộc"])
    md = cascade.render_markdown(d)
    assert d.recipients == ["Các chi, đảng bộ trực thuộc"]
    assert "đề nghị các chi, đảng bộ trực thuộc thực hiện" in md
    assert "Ủy ban MTTQ" not in md.split("Nơi nhận")[0]


def test_a_ke_hoach_has_its_sections_and_no_kinh_gui(records: dict) -> None:
    md = cascade.render_markdown(cascade.draft(records["000"], "Quận ủy Lê Chân", doc_type="ke-hoach"))
    assert "Số …-KH/QU" in md and "KẾ HOẠCH" in md
    for section in (cascade.PLAN_AIMS, cascade.PLAN_TASKS, cascade.PLAN_ORGANISATION):
        assert section in md
    assert "Kính gửi" not in md


def test_parent_option_fills_the_superior_line(records: dict) -> None:
    # 002's upstream, Ban Dân vận Tỉnh ủy, prints no province: a blank unless the clerk says it
    plain = cascade.draft(records["002"], "Huyện ủy Tân Yên")
    assert plain.parent == "ĐẢNG BỘ …"
    given = cascade.draft(records["002"], "Huyện ủy Tân Yên", parent="Đảng bộ tỉnh Bắc Giang")
    assert given.parent == "ĐẢNG BỘ TỈNH BẮC GIANG"


# --- units --------------------------------------------------------------------------------------


def test_every_kind_has_examples_and_each_example_reads_as_its_kind() -> None:
    raw = tomllib.loads(UNITS_TOML.read_text(encoding="utf-8"))
    assert len(raw["kinds"]) == len(unit_table().kinds)
    for kind in unit_table().kinds:
        assert kind.examples
        for example in kind.examples:
            unit = try_unit(example)
            assert unit is not None and unit.kind == kind, example
    for example in unit_table().departments.examples:
        unit = try_unit(example)
        assert unit is not None and unit.department is not None, example


@pytest.mark.parametrize(("name", "abbr", "short", "rank"), [
    ("Huyện ủy Tân Yên", "HU", "Huyện ủy", 2),
    ("Ban Dân vận Huyện ủy Tân Yên", "BDVHU", "Ban Dân vận Huyện ủy", 2),  # a department joins both
    ("Đảng ủy p. Thạch Bàn", "ĐU", "Đảng ủy phường", 3),  # abbreviated level word
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "Sở Giáo dục và Đào tạo", 1),  # "và" not in the initials
    ("UBND huyện Tân Yên", "UBND", "Ủy ban nhân dân huyện", 2),
    ("Huyện đoàn Tân Yên", "HĐTN", "Huyện đoàn", 2),
])
def test_unit_names_are_read(name: str, abbr: str, short: str, rank: int) -> None:
    unit = parse_unit(name)
    assert (unit.abbr, unit.short, unit.rank) == (abbr, short, rank)


@pytest.mark.parametrize(("unit", "responsible", "ours"), [
    ("Quận ủy Lê Chân", None, True),  # nobody named: every recipient
    ("Quận ủy Lê Chân", "các quận ủy, huyện ủy", True),
    ("Quận ủy Lê Chân", "Ban Dân vận Quận ủy", False),  # a single body, not a group
    ("Quận ủy Lê Chân", "Quận ủy Lê Chân", True),  # named
    ("Huyện ủy Sơn Tịnh", "Các cơ quan, đơn vị, địa phương", True),
    ("Huyện ủy Sơn Tịnh", "Các cơ quan chuyên trách", False),
    ("Đảng ủy xã Cao Xá", "các xã, thị trấn", True),
    ("Đảng ủy xã Cao Xá", "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", False),
    ("Đoàn Thanh niên phường Thạch Bàn", "các đoàn thể và các chi bộ trực thuộc", True),
])
def test_which_duties_fall_on_a_unit(unit: str, responsible: str | None, ours: bool) -> None:
    assert parse_unit(unit).falls_on(responsible) is ours


# --- command line and web -----------------------------------------------------------------------


def test_cli_writes_docx_and_markdown(tmp_path: Path) -> None:
    src = CORPUS / "000.txt"
    before = src.read_bytes()
    out = tmp_path / "trien-khai.docx"
    result = runner.invoke(app, ["cascade", str(src), "--as", "Quận ủy Lê Chân", "-o", str(out)])
    assert result.exit_code == 0, result.output
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "Thực hiện Công văn số 1092-CV/BDVTU" in text
    md = runner.invoke(app, ["cascade", str(src), "--as", "Quận ủy Lê Chân", "--lead-days", "5", "--type", "ke-hoach"])
    assert md.exit_code == 0 and "KẾ HOẠCH" in md.stdout
    assert src.read_bytes() == before


@pytest.mark.parametrize(("args", "code", "says"), [
    (["--as", "Ông Nguyễn Văn A"], 2, "not a unit name"),
    (["--as", "Quận ủy Lê Chân", "--type", "thong-bao"], 2, "--type"),
    (["--as", "Quận ủy Lê Chân", "--lead-days", "400"], 2, "--lead-days"),
    (["--as", "Quận ủy Lê Chân", "-o", "draft.pdf"], 2, ".docx"),
])
def test_cli_bad_options_are_one_line_and_non_zero(args: list[str], code: int, says: str) -> None:
    result = runner.invoke(app, ["cascade", str(CORPUS / "000.txt"), *args])
    assert result.exit_code == code
    assert says in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_unreadable_input_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cascade", str(tmp_path / "missing.txt"), "--as", "Quận ủy Lê Chân"])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_web_drafts_from_pasted_text() -> None:
    client = TestClient(create_app(), raise_server_exceptions=False)
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    response = client.post("/api/cascade", data={"text": text, "unit": "Quận ủy Lê Chân", "format": "md"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert "QUẬN ỦY LÊ CHÂN" in response.text and "trước ngày 12/7/2023" in response.text
    word = client.post("/api/cascade", data={"text": text, "unit": "Quận ủy Lê Chân"})
    assert word.status_code == 200 and word.content[:2] == b"PK"
    bad = client.post("/api/cascade", data={"text": text, "unit": "ai đó"})
    assert bad.status_code == 400 and "unit" in bad.json()["error"]


def test_page_offers_the_cascade_button() -> None:
    page = TestClient(create_app()).get("/").text
    assert "Soạn văn bản triển khai" in page and 'id="cascade-form"' in page


# --- rendering through LibreOffice ----------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LIBREOFFICE_SECONDS = 180
"""Converting six small documents takes a few seconds; the first start of LibreOffice longer."""


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed (WITH_OFFICE=1 scripts/setup.sh)")
def test_drafts_open_in_libreoffice_and_read_like_seed_002(records: dict, tmp_path: Path) -> None:
    import pdfplumber

    drafts = {}
    for i, (seed, unit, _, header, number) in enumerate(SEEDS):
        d = cascade.draft(records[seed], unit)
        path = tmp_path / f"{i}-{seed}.docx"
        path.write_bytes(cascade.render_docx(d))
        drafts[path.stem] = (d, header, number)
    profile = tmp_path / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *sorted(str(p) for p in tmp_path.glob("*.docx"))],
        check=True, capture_output=True, timeout=LIBREOFFICE_SECONDS,
    )
    for stem, (d, header, number) in drafts.items():
        with pdfplumber.open(tmp_path / f"{stem}.pdf") as pdf:
            top = pdf.pages[0].crop((0, 0, pdf.pages[0].width, pdf.pages[0].height * HEADER_SHARE))
            split = (MARGIN_LEFT_CM + (HEADER_LEFT_CM if d.system == "state" else cascade.PARTY_HEADER_LEFT_CM)) * POINTS_PER_CM
            columns = [squeeze(top.crop((0, 0, split, top.height)).extract_text() or ""),
                       squeeze(top.crop((split, 0, top.width, top.height)).extract_text() or "")]
            whole = "\n".join(page.extract_text() or "" for page in pdf.pages)
        flat = " ".join(whole.split())
        for line in header:  # each header line in its column (a long name may wrap)
            assert any(squeeze(line) in column for column in columns), (stem, line, columns)
        assert squeeze(number) in columns[0]
        assert "Thực hiện " + d.citation.removeprefix("Thực hiện ")[:40] in flat
        for duty in d.duties:
            if duty.due and duty.date:
                assert duty.due in flat, (stem, duty.due)
        assert "Nơi nhận:" in whole and d.authority in whole
        if d.outline:
            assert "ĐỀ CƯƠNG BÁO CÁO" in whole


HEADER_SHARE = 0.25
"""The header block sits in the top quarter of the first page."""
POINTS_PER_CM = 72 / 2.54


def squeeze(text: str) -> str:
    """Text without any whitespace, so a line LibreOffice wrapped still matches."""
    return "".join(text.split())


def test_a_draft_from_the_register_uses_its_record_and_profile(tmp_path: Path) -> None:
    # issue 19: "the same from the register": the stored record, the unit from the profile
    from typer.testing import CliRunner

    from directive_parser.cli import app

    db = str(tmp_path / "so-den.db")
    runner = CliRunner()
    assert runner.invoke(app, ["register", "--db", db, "add", str(CORPUS / "000.txt"), "--received", "10/07/2023"]).exit_code == 0
    assert runner.invoke(app, ["register", "--db", db, "profile", "--name", "Quận ủy Lê Chân"]).exit_code == 0
    result = runner.invoke(app, ["register", "--db", db, "cascade", "1"])
    assert result.exit_code == 0, result.output
    assert "QUẬN ỦY LÊ CHÂN" in result.output and "Thực hiện Công văn số 1092-CV/BDVTU" in result.output
    assert "trước ngày 12/7/2023" in result.output and "trước ngày 26/7/2023" in result.output  # 3 working days earlier
    unknown = runner.invoke(app, ["register", "--db", db, "cascade", "7"])
    assert unknown.exit_code == 1 and "no directive with ID 7" in unknown.output
