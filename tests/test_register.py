"""The register (issue 16): receive real directives, see what is due, keep statuses, back up, calendars.

Every test that touches the database runs on SQLite and on a real PostgreSQL server
(``DIRECTIVE_PARSER_TEST_PG_URL``, started by ``scripts/postgres.sh`` from ``scripts/test.sh``;
skipped when the variable is unset outside CI, a failure when it is unset under ``CI=true``).
The CalDAV tests push to a real Radicale server that the tests start on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.errors import EXIT_REGISTER, EXIT_USAGE
from directive_parser.register import db
from directive_parser.register.store import Register
from directive_parser.register.units import Unit, infer_unit, unit_words

PG_ENV = "DIRECTIVE_PARSER_TEST_PG_URL"
runner = CliRunner()

TODAY = dt.date(2023, 7, 10)
"""The clerk's "today" in these tests: three days after 1092-CV/BDVTU was issued."""

THREE = ("000.txt", "001.txt", "002.txt")
"""Three real directives: Hải Phòng to the quận/huyện ủy (15/7 and 30/7/2023), Quảng Ngãi to the
huyện/thị/thành ủy (20/10/2022, overdue on TODAY), Tân Yên to its địa phương (27/02/2024)."""


def _reset_postgres(url: str) -> None:
    """An empty database: the register's tables and Alembic's version table dropped."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, empty register on each backend, also set as ``DIRECTIVE_PARSER_DB``."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    else:
        url = os.environ.get(PG_ENV, "")
        if not url:
            if os.environ.get("CI") == "true":
                pytest.fail(f"{PG_ENV} is unset under CI; scripts/test.sh starts PostgreSQL and sets it")
            pytest.skip(f"{PG_ENV} is unset (bash scripts/postgres.sh starts a server and prints its URL)")
        db.dispose_all()
        _reset_postgres(url)
    monkeypatch.setenv(db.DB_ENV, url)
    db.dispose_all()
    yield url
    db.dispose_all()


def cli(*args: str) -> tuple[int, str, str]:
    """Run the command line; (exit code, stdout, stderr)."""
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def due_json(*extra: str) -> list[dict[str, object]]:
    code, out, err = cli("register", "due", "--today", TODAY.isoformat(), "--json", *extra)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def corrected_copy(tmp_path: Path) -> Path:
    """1092-CV/BDVTU as re-sent with its second deadline moved from 30/7 to 05/8/2023."""
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    assert "trước ngày 30/7/2023" in text
    path = tmp_path / "1092-dinh-chinh.txt"
    path.write_text(text.replace("trước ngày 30/7/2023", "trước ngày 05/8/2023"), encoding="utf-8")
    return path


def receive_three() -> None:
    assert cli("register", "profile", "--name", "Huyện ủy Tân Yên")[0] == 0
    code, out, err = cli("register", "add", *(str(CORPUS / n) for n in THREE), "--received", TODAY.isoformat())
    assert code == 0, err
    assert out.count("added #") == 3


# --- who we are --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "text", "expected"),
    [(e.unit, t, True) for e in unit_words().examples for t in e.yes]
    + [(e.unit, t, False) for e in unit_words().examples for t in e.no],
)
def test_unit_words_examples_both_ways(unit: str, text: str, expected: bool) -> None:
    example = next(e for e in unit_words().examples if e.unit == unit)
    assert Unit(unit, example.level, example.system).named_in(text) is expected


@pytest.mark.parametrize(("name", "level", "system"), unit_words().infer.examples)
def test_level_and_system_read_from_the_name(name: str, level: str, system: str) -> None:
    unit = infer_unit(name)
    assert (unit.level, unit.system) == (level, system)


def test_parse_for_unit_keeps_only_its_duties() -> None:
    # 002 (a huyện ủy's plan): its duties fall on "các địa phương, đơn vị", "các xã, thị trấn", …, one on
    # "Ban Dân vận Huyện ủy" (the issuer's own staff), which is no commune's duty.
    # (001 served here until its "Các cơ quan chuyên trách" line was read as the addressee it is: no duty.)
    code, out, _ = cli("parse", str(CORPUS / "002.txt"), "--for", "Xã Việt Lập")
    full = json.loads(cli("parse", str(CORPUS / "002.txt"))[1])
    ours = json.loads(out)
    assert code == 0
    assert len(ours["obligations"]) == len(full["obligations"]) - 1
    assert any(o["responsible"] == "Ban Dân vận Huyện ủy" for o in full["obligations"])
    assert all(o["responsible"] != "Ban Dân vận Huyện ủy" for o in ours["obligations"])
    assert any("--for" in w for w in ours["warnings"])


# --- the clerk's day, end to end ----------------------------------------------------------------


def test_three_directives_due_done_and_a_corrected_copy(db_url: str, tmp_path: Path) -> None:
    receive_three()
    due = due_json()
    # soonest first, the overdue one first of all and marked; 27/02/2024 is beyond 30 days
    assert [(d["document"], d["due"], d["overdue"]) for d in due] == [
        ("624-CV/BDVTU", "2022-10-20", True),
        ("1092-CV/BDVTU", "2023-07-15", False),
        ("1092-CV/BDVTU", "2023-07-30", False),
    ]
    assert "2024-02-27" in {d["due"] for d in due_json("--within", "400")}
    first, second = due[1], due[2]

    code, out, _ = cli("register", "done", str(first["id"]), "--by", "Văn thư")
    assert code == 0 and "đã xong" in out
    assert [d["id"] for d in due_json()] == [due[0]["id"], second["id"]]

    # the same directive again, corrected: no copy, the done duty stays done, the moved one keeps its ID
    code, out, err = cli("register", "add", str(corrected_copy(tmp_path)))
    assert code == 0, err
    assert "updated #" in out and "2 kept" in out
    after = due_json()
    assert [(d["id"], d["due"]) for d in after] == [(due[0]["id"], "2022-10-20"), (second["id"], "2023-08-05")]
    reg = Register(db_url)
    assert len(reg.directives()) == 3
    done = [d for d in reg.duties(statuses=("done",))]
    assert [(d.id, d.status_by) for d in done] == [(first["id"], "Văn thư")]
    assert [h["status"] for h in reg.history(int(first["id"]))] == ["open", "done"]


def test_the_same_directive_from_another_file_updates_it(db_url: str) -> None:
    reg = Register(db_url)
    first = reg.add_file(CORPUS / "000.txt", received=TODAY)
    again = reg.add_file(CORPUS / "000.txt")
    docx = reg.add_file(CORPUS / "files" / "000.docx")  # same issuer, symbol and date
    assert first.created and not again.created and not docx.created
    assert first.directive_id == again.directive_id == docx.directive_id
    assert docx.kept == first.total and docx.added == 0
    [line] = reg.directives()
    assert line.received == TODAY  # re-adding without --received keeps the day it was received


def test_plans_whose_number_is_blank_are_not_merged(db_url: str) -> None:
    # Four plans of UBND tỉnh Lâm Đồng printed "Số: /KH-UBND" (number and day left for the hand):
    # the symbol does not identify them, so they stay four lines; each file still finds its own.
    reg = Register(db_url)
    ids = [reg.add_file(CORPUS / f"{n}.txt").directive_id for n in ("n001", "n002", "n004", "n062")]
    assert len(set(ids)) == 4 and {v.symbol for v in reg.directives()} == {"/KH-UBND"}
    assert reg.add_file(CORPUS / "n002.txt").directive_id == ids[1]


def test_a_dropped_duty_is_withdrawn_and_leaves_the_calendar(db_url: str, tmp_path: Path) -> None:
    reg = Register(db_url)
    reg.add_file(CORPUS / "000.txt", received=TODAY)
    text = (CORPUS / "000.txt").read_text(encoding="utf-8").splitlines()
    shorter = tmp_path / "1092-bo-muc-2.txt"
    shorter.write_text("\n".join(line for line in text if not line.startswith("2. Đối với")), encoding="utf-8")
    result = reg.add_file(shorter)
    assert (result.kept, result.withdrawn) == (1, 1)
    assert [d.due for d in reg.duties(today=TODAY)] == [dt.date(2023, 7, 15)]
    from directive_parser.register.calendar import feed

    assert feed(reg).count("BEGIN:VEVENT") == 1


def test_profile_decides_which_duties_are_ours(db_url: str) -> None:
    reg = Register(db_url)
    reg.add_file(CORPUS / "003.txt", received=TODAY)  # Đảng ủy phường Thạch Bàn to its chi bộ
    n = len(parse_file(CORPUS / "003.txt").obligations)
    assert n >= 2
    assert len(reg.duties(within=None, undated=True)) == n  # no profile: every duty counts
    changed = reg.set_profile("Huyện ủy Tân Yên", "district", "party")
    assert changed == n
    assert reg.duties(within=None, undated=True) == []
    assert len(reg.duties(within=None, undated=True, ours_only=False)) == n


def test_a_monthly_duty_shows_its_next_occurrence(db_url: str) -> None:
    # n012 (Thông báo of UBND tỉnh Lâm Đồng): "báo cáo … trước ngày 15 hàng tháng", undated in the text
    reg = Register(db_url)
    reg.add_file(CORPUS / "n012.txt", received=dt.date(2026, 4, 3))
    [monthly] = [d for d in reg.duties(today=dt.date(2026, 4, 3), within=None) if d.recurrence]
    assert (monthly.due, monthly.recurrence) == (dt.date(2026, 4, 15), "FREQ=MONTHLY;BYMONTHDAY=15")
    [later] = [d for d in reg.duties(today=dt.date(2026, 6, 20), within=30) if d.recurrence]
    assert later.due == dt.date(2026, 7, 15) and not later.overdue(dt.date(2026, 6, 20))


# --- bad input loses nothing --------------------------------------------------------------------


def test_a_file_that_is_not_a_directive_is_refused(db_url: str, tmp_path: Path) -> None:
    receive_three()
    note = tmp_path / "shopping.txt"
    note.write_text("Shopping list for the weekend: apples, pears, bread and milk.\n", encoding="utf-8")
    code, _, err = cli("register", "add", str(note))
    assert code == 1
    assert "not a directive" in err and "nothing was added" in err and "Traceback" not in err
    assert len(Register(db_url).directives()) == 3


def test_an_unknown_id_changes_nothing(db_url: str) -> None:
    receive_three()
    before = due_json()
    code, _, err = cli("register", "done", str(before[0]["id"]), "9999")
    assert code == 1 and "no duty with ID 9999" in err and "nothing was changed" in err
    assert due_json() == before
    assert cli("register", "show", "4242")[0] == 1


@contextlib.contextmanager
def another_writer(url: str) -> Iterator[None]:
    """Another program in the middle of a write: SQLite's write lock, or the register's PostgreSQL lock."""
    if url.startswith("sqlite"):
        holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            conn.execute(text(f"SELECT pg_advisory_xact_lock({db.PG_LOCK_ID})"))
            yield
    finally:
        engine.dispose()


def test_a_locked_register_says_so_and_loses_nothing(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.LOCK_WAIT_ENV, "0.3")
    db.dispose_all()
    assert cli("register", "add", str(CORPUS / "000.txt"))[0] == 0
    with another_writer(db_url):
        code, _, err = cli("register", "add", str(CORPUS / "001.txt"))
        assert code == EXIT_REGISTER
        assert "locked" in err and "nothing was changed" in err and "Traceback" not in err
        assert [v.symbol for v in Register(db_url).directives()] == ["1092-CV/BDVTU"]  # readers still read
    assert [v.symbol for v in Register(db_url).directives()] == ["1092-CV/BDVTU"]
    assert cli("register", "add", str(CORPUS / "001.txt"))[0] == 0  # and once the writer is done, it works


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "so.sqlite3"
    junk.write_bytes(b"these are not the bytes of a database" * 100)
    db.dispose_all()
    code, _, err = cli("register", "--db", str(junk), "list")
    assert code == EXIT_REGISTER and "not a register database" in err
    assert junk.read_bytes().startswith(b"these are not")


def test_an_unreachable_server_and_a_bad_url() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db.dispose_all()
    code, _, err = cli("register", "--db", f"postgresql://nobody@127.0.0.1:{port}/none", "list")
    assert code == EXIT_REGISTER and "cannot use the register" in err and "Traceback" not in err
    code, _, err = cli("register", "--db", "mysql://x@localhost/y", "list")
    assert code == 1 and "SQLite or PostgreSQL" in err


def test_bad_dates_and_statuses_are_usage_errors(tmp_path: Path) -> None:
    db.dispose_all()
    assert cli("register", "--db", str(tmp_path / "r.db"), "due", "--today", "tomorrow")[0] == EXIT_USAGE
    assert cli("register", "--db", str(tmp_path / "r.db"), "profile", "--name", "X", "--level", "planet")[0] == EXIT_USAGE


# --- backup -------------------------------------------------------------------------------------


def test_export_then_import_restores_records_files_and_statuses(db_url: str, tmp_path: Path) -> None:
    receive_three()
    due = due_json()
    assert cli("register", "done", str(due[1]["id"]), "--by", "Văn thư")[0] == 0
    backup = tmp_path / "so.jsonl"
    assert cli("register", "export", "-o", str(backup))[0] == 0
    lines = backup.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["profile"]["name"] == "Huyện ủy Tân Yên"
    assert len(lines) == 4 and all("content_base64" in json.loads(x)["file"] for x in lines[1:])

    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    code, out, err = cli("register", "import", str(backup), "--db", fresh)  # --db after the command works too
    assert code == 0, err
    assert "imported 3 directives" in out
    restored = Register(fresh)
    assert [v.symbol for v in restored.directives()] == [v.symbol for v in Register(db_url).directives()]
    [done] = restored.duties(statuses=("done",))
    assert (done.action, done.status_by) == (due[1]["action"], "Văn thư")
    assert restored.original(restored.directives()[-1].id) == ((CORPUS / "000.txt").read_bytes(), "000.txt")
    # importing the same backup again changes nothing
    assert cli("register", "--db", fresh, "import", str(backup))[0] == 0
    assert len(restored.directives()) == 3 and len(restored.duties(statuses=("done",))) == 1
    assert [h["status"] for h in restored.history(done.id)] == ["open", "done"]  # the history, not a new one


def test_a_bad_import_line_imports_nothing(db_url: str, tmp_path: Path) -> None:
    receive_three()
    backup = tmp_path / "so.jsonl"
    assert cli("register", "export", "-o", str(backup), "--no-originals")[0] == 0
    lines = backup.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([*lines[:2], '{"kind": "directive", "record": 12}', *lines[2:]]), encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code, _, err = cli("register", "--db", fresh, "import", str(broken))
    assert code == 1 and f"{broken}:3:" in err and "nothing was imported" in err
    assert Register(fresh).directives() == []


# --- schema -------------------------------------------------------------------------------------


def test_migrations_make_the_schema_the_models_describe(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from directive_parser.register.models import Base

    reg = Register(db_url)
    with reg.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


# --- calendars ----------------------------------------------------------------------------------


def test_calendar_export_holds_our_open_dated_duties(db_url: str, tmp_path: Path) -> None:
    receive_three()
    out = tmp_path / "han.ics"
    assert cli("calendar", "export", "-o", str(out))[0] == 0
    ics = out.read_text(encoding="utf-8")
    dated = [d for d in due_json("--within", "1000")]
    assert ics.count("BEGIN:VEVENT") == len(dated) == 4
    assert "DTSTART;VALUE=DATE:20230715" in ics and "X-DIRECTIVE-PARSER-HASH" in ics
    cli("register", "done", str(dated[1]["id"]))
    assert cli("calendar", "export", "-o", str(out))[0] == 0
    assert "DTSTART;VALUE=DATE:20230715" not in out.read_text(encoding="utf-8")


def test_feed_is_served_and_guarded_by_its_token(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    receive_three()
    client = TestClient(create_app())
    open_feed = client.get("/calendar.ics")
    assert open_feed.status_code == 200 and open_feed.headers["content-type"].startswith("text/calendar")
    assert open_feed.text.count("BEGIN:VEVENT") == 4
    _, out, _ = cli("calendar", "token")
    token = out.strip().split("token=")[1]
    assert client.get("/calendar.ics").status_code == 403
    assert client.get("/calendar.ics?token=wrong").status_code == 403
    assert client.get(f"/calendar.ics?token={token}").text.count("BEGIN:VEVENT") == 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


RADICALE_START_S = 20.0
"""How long Radicale may take to answer after it is started (a second here; CI is slower)."""


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real CalDAV server (Radicale) on 127.0.0.1 and a free port, with a calendar; yields its URL."""
    pytest.importorskip("radicale", reason="pip install -e '.[test]' installs Radicale")
    import caldav

    folder = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "none"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + RADICALE_START_S
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("Radicale did not start") from None
                time.sleep(0.1)
        client = caldav.DAVClient(url=f"http://127.0.0.1:{port}/", username="vanthu", password="x", require_tls=False)
        calendar = client.principal().make_calendar(name="Hạn công việc", cal_id="han")
        yield str(calendar.url)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _server_events(url: str) -> dict[str, str]:
    """UID → DTSTART of the events on the CalDAV calendar."""
    import caldav

    calendar = caldav.DAVClient(url=url, username="vanthu", password="x", require_tls=False).calendar(url=url)
    return {str(e.icalendar_component["uid"]): e.icalendar_component.decoded("dtstart").isoformat() for e in calendar.events()}


def test_push_to_radicale_creates_updates_and_removes(db_url: str, radicale: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for uid in _server_events(radicale):  # the calendar is shared by both backends' runs
        import caldav

        caldav.DAVClient(url=radicale, username="vanthu", password="x", require_tls=False).calendar(url=radicale).event_by_uid(uid).delete()
    receive_three()
    monkeypatch.setenv("DP_TEST_PASSWORD", "x")
    push = ("calendar", "push", "--url", radicale, "--user", "vanthu", "--password-env", "DP_TEST_PASSWORD")
    code, out, err = cli(*push)
    assert code == 0, err
    assert "4 created, 0 updated, 0 removed, 0 unchanged" in out
    due = due_json()
    events = _server_events(radicale)
    assert sorted(events.values()) == ["2022-10-20", "2023-07-15", "2023-07-30", "2024-02-27"]

    cli("register", "done", str(due[1]["id"]))  # 15/7 done: its event goes
    cli("register", "add", str(corrected_copy(tmp_path)))  # 30/7 moved to 05/8: its event moves
    code, out, _ = cli(*push)
    assert "0 created, 1 updated, 1 removed, 2 unchanged" in out
    after = _server_events(radicale)
    assert sorted(after.values()) == ["2022-10-20", "2023-08-05", "2024-02-27"]
    assert set(after) < set(events)  # the moved event kept its UID: updated in place
    assert "0 created, 0 updated, 0 removed, 3 unchanged" in cli(*push)[1]


def test_push_to_a_missing_calendar_says_so(db_url: str, radicale: str) -> None:
    receive_three()
    code, _, err = cli("calendar", "push", "--url", radicale.rstrip("/") + "-none/", "--user", "vanthu")
    assert code == 1 and "no calendar there" in err and "Traceback" not in err
    code, _, err = cli("calendar", "push", "--url", f"http://127.0.0.1:{_free_port()}/x/")
    assert code == 1 and "cannot reach" in err


# --- the web page's API -------------------------------------------------------------------------


def test_web_save_correct_tick_and_annotation(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    assert client.get("/register").status_code == 200
    assert client.post("/api/register/profile", json={"name": "Huyện ủy Tân Yên"}).json()["profile"]["level"] == "district"
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    view = client.post("/api/view", data={"text": text}).json()
    record = view["record"]
    record["subject"] = "kiểm tra mô hình “Dân vận khéo” (đã sửa)"
    record["obligations"][1]["date"] = "2023-08-05"  # the clerk corrects a date before saving
    saved = client.post("/api/register/directives", data={"text": text, "received": "2023-07-10", "record": json.dumps(record)})
    assert saved.status_code == 200, saved.text
    assert saved.json()["corrected"] is True
    directive_id = saved.json()["result"]["directive_id"]

    due = client.get("/api/register/due", params={"today": "2023-07-10"}).json()["duties"]
    assert [d["due"] for d in due] == ["2023-07-15", "2023-08-05"]
    ticked = client.post(f"/api/register/duties/{due[0]['id']}/status", json={"status": "done", "by": "Văn thư"})
    assert ticked.json()["duty"]["status"] == "done"
    assert [d["due"] for d in client.get("/api/register/due", params={"today": "2023-07-10"}).json()["duties"]] == ["2023-08-05"]
    listed = client.get("/api/register/directives", params={"status": "done"}).json()["directives"]
    assert [d["id"] for d in listed] == [directive_id] and listed[0]["corrected"] is True

    gold = client.get(f"/api/register/directives/{directive_id}/annotation")
    assert gold.headers["content-disposition"].startswith("attachment")
    assert gold.json()["subject"] == record["subject"] and set(gold.json()) >= {"obligations", "deadlines", "issuer"}
    # the same text saved again from the reading page: the correction stands
    assert client.post("/api/register/directives", data={"text": text}).json()["result"]["kept"] == 2
    assert client.get(f"/api/register/directives/{directive_id}").json()["directive"]["subject"] == record["subject"]
    # a later correction on the register page keeps the done duty
    again = client.put(f"/api/register/directives/{directive_id}/record", json={"record": gold.json()})
    assert again.json()["result"]["kept"] == 2
    assert client.get(f"/api/register/directives/{directive_id}").json()["duties"][0]["status"] == "done"


@pytest.mark.parametrize(
    ("method", "path", "payload", "status"),
    [
        ("post", "/api/register/duties/999/status", {"status": "done"}, 404),  # unknown ID
        ("post", "/api/register/duties/1/status", {"status": "finished"}, 400),  # unknown status
        ("get", "/api/register/directives/999", None, 404),
        ("get", "/api/register/due?within=-1", None, 400),
        ("get", "/api/register/due?today=hôm-nay", None, 400),
        ("put", "/api/register/directives/1/record", {"record": {"date": "not a date"}}, 422),
    ],
)
def test_web_bad_requests_get_a_clear_error(db_url: str, method: str, path: str, payload: object, status: int) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    Register(db_url).add_file(CORPUS / "000.txt", received=TODAY)
    response = getattr(client, method)(path, json=payload) if payload is not None else getattr(client, method)(path)
    assert response.status_code == status
    assert response.json()["error"]


def test_web_refuses_a_text_that_is_not_a_directive(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    response = client.post("/api/register/directives", data={"text": "Chào buổi sáng, hôm nay trời đẹp quá."})
    assert response.status_code == 422 and "not a directive" in response.json()["error"]
    assert client.get("/api/register/directives").json()["directives"] == []


CONCURRENT_REQUESTS = 24
"""Requests sent at once by the concurrency test: more than the threadpool's workers at a time."""


def test_concurrent_web_requests_do_not_corrupt_the_register(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from directive_parser.web import create_app

    client = TestClient(create_app())
    files = [CORPUS / n for n in THREE]
    errors: list[str] = []

    def work(i: int) -> None:
        path = files[i % len(files)]
        response = client.post("/api/register/directives", files={"file": (path.name, path.read_bytes())}, data={"received": "2023-07-10"})
        if response.status_code != 200:
            errors.append(response.text)
        listed = client.get("/api/register/due", params={"today": "2023-07-10"})
        if listed.status_code != 200:
            errors.append(listed.text)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(CONCURRENT_REQUESTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    reg = Register(db_url)
    assert sorted(v.file_name or "" for v in reg.directives()) == sorted(THREE)
    due = reg.duties(today=TODAY, within=30)
    assert [d.due.isoformat() for d in due if d.due] == ["2022-10-20", "2023-07-15", "2023-07-30"]
    every = reg.duties(within=None, undated=True, statuses=("open", "done", "not_ours", "withdrawn"))
    assert len(every) == len({d.uid for d in every}) == sum(r.total for r in map(Register(db_url).add_file, files))
