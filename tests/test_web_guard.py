"""The web service under load and attack: a bounded parse pool, time limits, headers, origins.

Slow parses are simulated by a parse that waits for the test's signal, so the tests count what
is refused and what is answered, not how fast anything runs.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from _live_server import live_server
from conftest import CORPUS
from fastapi.testclient import TestClient

from directive_parser.web import app as web_app
from directive_parser.web import create_app

SEED = (CORPUS / "000.txt").read_text(encoding="utf-8")
# Seconds a request may take to be answered while parses are stuck (it must not wait on them).
LIVENESS_S = 20.0


@pytest.fixture()
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def test_security_headers_on_page_api_and_errors(client: TestClient) -> None:
    for response in (client.get("/"), client.get("/health"), client.post("/api/parse", data={"text": " "})):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in client.get("/").headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({"Origin": "http://testserver"}, True),
        ({}, True),  # curl, scripts: no browser page sent it
        ({"Sec-Fetch-Site": "same-origin"}, True),
        ({"Origin": "https://evil.example"}, False),
        ({"Origin": "null"}, False),
        ({"Sec-Fetch-Site": "cross-site"}, False),
    ],
)
def test_only_same_origin_posts_are_parsed(client: TestClient, headers: dict[str, str], allowed: bool) -> None:
    response = client.post("/api/parse", data={"text": SEED}, headers=headers)
    assert response.status_code == (200 if allowed else 403), response.text
    if not allowed:
        assert "error" in response.json()


@pytest.fixture()
def stuck_parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Parses that wait until the event is set; a small pool and queue."""
    release = threading.Event()
    real = web_app._render_response

    def slow(*args: Any) -> Any:
        release.wait(60)
        return real(*args)

    monkeypatch.setattr(web_app, "_render_response", slow)
    monkeypatch.setattr(web_app, "PARSE_WORKERS", 2)
    monkeypatch.setattr(web_app, "PARSE_QUEUE_LIMIT", 4)
    yield release
    release.set()


def test_health_and_page_answer_while_parses_queue_and_the_queue_is_bounded(stuck_parses: threading.Event) -> None:
    with live_server() as base, ThreadPoolExecutor(max_workers=6) as pool:
        first = [pool.submit(httpx.post, f"{base}/api/parse", data={"text": SEED}, timeout=120) for _ in range(4)]
        _wait_for_pending(base, 4)
        assert httpx.get(f"{base}/health", timeout=LIVENESS_S).status_code == 200
        assert httpx.get(f"{base}/", timeout=LIVENESS_S).status_code == 200
        busy = httpx.post(f"{base}/api/parse", data={"text": SEED}, timeout=LIVENESS_S)
        assert busy.status_code == 503 and busy.headers["Retry-After"]
        stuck_parses.set()
        assert [f.result().status_code for f in first] == [200] * 4
        assert httpx.post(f"{base}/api/parse", data={"text": SEED}, timeout=120).status_code == 200


def _wait_for_pending(base: str, n: int) -> None:
    import time

    deadline = time.monotonic() + LIVENESS_S
    while time.monotonic() < deadline:
        if httpx.get(f"{base}/health", timeout=LIVENESS_S).json()["parses"] >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"{n} parses never queued")


def test_a_parse_past_the_time_limit_is_a_504(stuck_parses: threading.Event, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "PARSE_TIMEOUT_S", 0.5)
    client = TestClient(create_app(), raise_server_exceptions=False)
    response = client.post("/api/parse", data={"text": SEED})
    assert response.status_code == 504 and "error" in response.json()


def test_after_a_500_the_same_connection_serves_the_next_request(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def broken(*args: Any) -> Any:
        calls.append(1)
        raise RuntimeError("a bug")

    monkeypatch.setattr(web_app, "analyse", broken)
    with live_server() as base:
        netloc = urlsplit(base).netloc
        conn = http.client.HTTPConnection(netloc, timeout=LIVENESS_S)
        body = "text=" + "x" * 10
        conn.request("POST", "/api/view", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
        first = conn.getresponse()
        assert first.status == 500 and b"internal error" in first.read()
        conn.request("GET", "/health")  # same keep-alive connection
        second = conn.getresponse()
        assert second.status == 200 and b'"ok"' in second.read()
        conn.close()
    assert calls == [1]


def test_every_refusal_and_warning_has_its_vietnamese(client: TestClient) -> None:
    from test_errors import CASES, ENGLISH

    from directive_parser.web.vietnamese import vietnamese

    unknown = "Thông báo (bằng tiếng Anh)"
    for name, file_name, make, _, _ in CASES:
        if name == "PDF of blank pages (a scan without text, OCR off)":
            continue  # the server runs OCR when Tesseract is installed: another message, checked below
        response = client.post("/api/view", files={"file": (file_name, make())})
        body = response.json()
        assert response.status_code >= 400 and not body["error_vi"].startswith(unknown), (name, body)
    english = client.post("/api/view", data={"text": ENGLISH}).json()
    assert english["warnings_vi"] and not any(w.startswith(unknown) for w in english["warnings_vi"])
    for message in (
        "x.pdf: no text could be read from the PDF, not even by OCR",
        "x.pdf: the PDF has no text layer (a scan); install Tesseract …",
        "page(s) 2, 5 have no text",
        "the service is busy with other documents; try again in a moment",
        # warnings a record can carry (pipeline.py, extractors/header.py, web/register.py)
        'the time "trước ngày 31/6/2023" names a day its month does not have; the duty is listed without a date: check the text',
        "the date 30/2/2024 of the document this is attached to is not a calendar date",
        "stage-failed[deadlines]: KeyError: 'when'",
        "invalid-value[signer]: Value error, empty name",
        "corrected by hand",
        # LibreOffice's formats (loaders/doc.py)
        "cv.rtf: an RTF (.rtf) file needs LibreOffice to be read; install LibreOffice: apt-get install libreoffice-writer-nogui",
        "cv.odt: an OpenDocument text (.odt) file needs LibreOffice to be read; install LibreOffice: apt-get install libreoffice-writer-nogui",
        "bang.ods: an OpenDocument file that is not a text document (a spreadsheet or slides); save the directive as .docx or PDF and parse that",
        "cv.odt: not a readable OpenDocument file (damaged zip archive)",
        "cv.odt: the .odt would inflate to 900 MB (limit 200 MB); refusing it as a possible zip bomb",
        "cv.rtf: LibreOffice could not convert the .rtf file (Error: source file could not be loaded); save it as .docx and parse that",
        "cv.odt: LibreOffice took longer than 120 s to convert the .odt file",
        "trang.html: the web page has no text, only markup",
    ):
        assert not vietnamese(message).startswith(unknown), message
