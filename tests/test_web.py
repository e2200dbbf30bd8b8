"""The web service through FastAPI's TestClient and a live uvicorn server.

The page and the API must give exactly the record ``parse_text``/``parse_file`` give, refuse bad
input with a 4xx JSON message, enforce the upload limit, never render document text as markup,
and serve twenty concurrent requests.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _live_server import live_server
from conftest import CORPUS
from fastapi.testclient import TestClient

from directive_parser import parse_file, parse_text
from directive_parser.render import RENDERERS
from directive_parser.render.json import to_dict
from directive_parser.web import app as web_app
from directive_parser.web import create_app

FILES = CORPUS / "files"
STATIC = Path(web_app.__file__).parent / "static"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def _without_origin(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "source"}


def test_health(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_page_has_paste_box_and_upload_in_vietnamese(client: TestClient) -> None:
    html = client.get("/").text
    assert '<html lang="vi">' in html
    assert "<textarea" in html and 'type="file"' in html
    assert "Phân tích" in html  # the submit button


@pytest.mark.parametrize("name", ["index.html", "app.css", "app.js"])
def test_page_uses_no_external_resources(client: TestClient, name: str) -> None:
    body = client.get("/" if name == "index.html" else f"/static/{name}").text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", body), "no CDN: the page must work offline"
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", body)
    assert not re.search(r"@import", body)


def test_page_script_never_inserts_markup() -> None:
    # Document text is set with textContent/createTextNode only; these APIs would parse it as HTML.
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


@pytest.mark.parametrize(
    "doc_id",
    [
        "000",  # Ban Dân vận Thành ủy Hải Phòng, công văn with two dated duties
        "001",  # Ban Dân vận Tỉnh ủy Quảng Ngãi, "Số 624 -CV/BDVTU" with a stray space
        "002",  # a third seed: another issuer and layout
    ],
)
def test_pasted_text_gives_the_same_record_as_parse_text(client: TestClient, doc_id: str) -> None:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    response = client.post("/api/parse", data={"text": text})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert _without_origin(response.json()) == _without_origin(to_dict(parse_text(text)))


def test_uploaded_docx_gives_the_same_record_as_parse_file(client: TestClient) -> None:
    path = FILES / "000.docx"
    with path.open("rb") as fh:
        response = client.post("/api/parse", files={"file": ("000.docx", fh)})
    assert response.status_code == 200
    got = response.json()
    assert got["source"]["format"] == "docx"
    assert got["source"]["origin"] == "000.docx"
    assert _without_origin(got) == _without_origin(to_dict(parse_file(path)))


def test_view_spans_point_at_the_evidence(client: TestClient) -> None:
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    view = client.post("/api/view", data={"text": text}).json()
    record = view["record"]
    assert view["spans"], "seed 000 has a number, a date and a signer, each with evidence"
    for span in view["spans"]:
        shown = view["text"][span["start"] : span["end"]]
        evidence = record["evidence"].get(span["label"])
        if evidence is None:  # a list item: deadlines[0], report_outline[1].children[0] …
            item: dict = record
            for name, index in re.findall(r"(\w+)\[(\d+)\]", span["label"]):
                item = item[name][int(index)]
            # an obligation is shown where its action and its time are printed, its body apart
            keys = ["responsible_evidence"] if span["label"].endswith(".responsible") else ["evidence", "action_evidence"]
            texts = [item[k]["text"] for k in keys if item.get(k)]
            # spaCy widens a span to whole tokens, so it holds the evidence text
            assert any(t in shown for t in texts), span["label"]
            continue
        assert evidence["text"] in shown
    assert {d["format"] for d in view["downloads"]} == {d.format for d in web_app.registered_downloads()}


def test_view_offers_only_registered_formats(client: TestClient) -> None:
    offered = [d["format"] for d in client.get("/api/formats").json()]
    assert set(offered) == set(RENDERERS)
    assert offered[0] == "json"


@pytest.mark.parametrize("fmt", [d.format for d in web_app.DOWNLOADS if d.format != "json" and d.format in RENDERERS])
def test_other_formats_download_with_type_and_file_name(client: TestClient, fmt: str) -> None:
    text = (CORPUS / "000.txt").read_text(encoding="utf-8")
    response = client.post(f"/api/parse?format={fmt}", data={"text": text})
    assert response.status_code == 200
    offer = next(d for d in web_app.DOWNLOADS if d.format == fmt)
    assert response.headers["content-type"].split(";")[0] == offer.media_type.split(";")[0]
    assert response.headers["content-disposition"].startswith('attachment; filename="1092-CV-BDVTU')
    if fmt == "ics":
        import icalendar

        icalendar.Calendar.from_ical(response.content)


def _big(n: int) -> bytes:
    return b"a" * n


BAD_INPUTS = [
    # (request keyword arguments, status, words the message must contain)
    ({}, 400, "nothing to parse"),  # an empty POST
    ({"data": {"text": "   \n  "}}, 422, "empty"),  # only whitespace pasted
    ({"files": {"file": ("blank.txt", b"")}}, 422, "empty"),  # an empty file chosen
    ({"files": {"file": ("photo.bin", b"\x00\x01\x02" * 200)}}, 415, "binary"),  # binary, not a document
    ({"files": {"file": ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)}}, 415, ".docx"),  # Word 97 .doc
    ({"files": {"file": ("cut.pdf", b"%PDF-1.7\n1 0 obj\n<<")}}, 422, "cut.pdf"),  # a truncated PDF
    ({"data": {"text": "x"}, "files": {"file": ("a.txt", b"Kinh gui")}}, 400, "not both"),  # both inputs
    ({"content": b"THANH UY", "headers": {"content-type": "text/plain"}}, 415, "form"),  # raw body, not a form
    ({"data": {"text": "a"}, "params": {"format": "pdf"}}, 400, "unknown format"),  # unregistered format
    ({"files": {"text": ("t.txt", b"abc")}}, 400, "'text' field must be text"),  # text sent as a file
]


@pytest.mark.parametrize(("kwargs", "status", "words"), BAD_INPUTS)
def test_bad_input_is_a_4xx_with_a_json_message(client: TestClient, kwargs: dict, status: int, words: str) -> None:
    response = client.post("/api/parse", **kwargs)
    assert response.status_code == status
    message = response.json()["error"]
    assert words in message
    assert "Traceback" not in message and "\n" not in message


def test_upload_above_the_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/parse", files={"file": ("huge.txt", _big(web_app.MAX_UPLOAD_BYTES + 1))})
    assert response.status_code == 413
    assert "20 MB" in response.json()["error"]


def test_declared_length_above_the_limit_is_refused_unread(client: TestClient) -> None:
    too_long = str(web_app.MAX_UPLOAD_BYTES + web_app.MULTIPART_OVERHEAD_BYTES + 1)
    response = client.post("/api/parse", content=b"x", headers={"content-type": "multipart/form-data; boundary=b", "content-length": too_long})
    assert response.status_code == 413


SCRIPT = "<script>alert('x')</script>"
SCRIPT_ENTITIES = "&lt;script&gt;alert('x')&lt;/script&gt;"


def test_markup_in_a_directive_is_data_not_markup(client: TestClient) -> None:
    # Normalisation strips tags from web copies but decodes entities, so this reaches the text as
    # a literal "<script>" element, in the trích yếu.
    text = (CORPUS / "000.txt").read_text(encoding="utf-8").replace(
        "kiểm tra, giám sát", SCRIPT_ENTITIES + " kiểm tra, giám sát", 1
    )
    view = client.post("/api/view", data={"text": text}).json()
    assert SCRIPT in view["text"]  # JSON carries it as data; the page sets it with textContent
    html = client.post("/api/parse?format=evidence-html", data={"text": text}).text
    assert "<script>alert" not in html
    assert "&lt;" in html and "alert" in html  # displaCy escapes each token ("<", "script", ">")


def test_file_name_is_ascii_from_the_symbol() -> None:
    from directive_parser.record import Directive
    from directive_parser.source import SourceDocument

    rec = Directive()
    rec.number.symbol = "123/KH-ĐTN"
    assert web_app.file_name(rec, SourceDocument(text="", format="text"), ".ics") == "123-KH-DTN.ics"
    assert web_app.file_name(Directive(), SourceDocument(text="", format="docx", origin="Kế hoạch số 5.docx"), ".md") == "Ke-hoach-so-5.md"


# Each request parses a whole seed; twenty at once must all come back right within this.
CONCURRENT_TIMEOUT_S = 120


def test_twenty_concurrent_requests_all_succeed() -> None:
    import httpx

    seeds = [(CORPUS / f"{i:03d}.txt").read_text(encoding="utf-8") for i in range(5)]
    expected = [parse_text(t).number.symbol for t in seeds]
    with live_server() as base:

        def post(i: int) -> tuple[int, str | None]:
            r = httpx.post(f"{base}/api/parse", data={"text": seeds[i % 5]}, timeout=CONCURRENT_TIMEOUT_S)
            return r.status_code, r.json()["number"]["symbol"]

        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(post, range(20)))
    assert [s for s, _ in results] == [200] * 20
    assert [sym for _, sym in results] == [expected[i % 5] for i in range(20)]
