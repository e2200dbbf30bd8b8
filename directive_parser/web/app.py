"""The FastAPI application: the page, ``POST /api/parse``, ``POST /api/view`` and ``GET /health``.

Input arrives as a multipart upload (field ``file``) or pasted text (form field ``text``); it
is held in memory (Starlette may spool a large upload to a temporary file, which it deletes)
and nothing is written anywhere else. Parsing is CPU-bound, so it runs in the threadpool and
concurrent requests do not block the event loop. Every failure is a JSON ``{"error": ...}``
with a 4xx status (5xx only for a fault of the server itself), never a traceback.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DirectiveParserError, EmptyDocument, InternalError, MissingTool, UnsupportedFormat
from ..loaders.text import pasted_text
from ..record import Directive
from ..source import SourceDocument, Text
from .vietnamese import vietnamese

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"

# Uploads above this are refused with 413 before parsing. The largest real directive we have
# seen is a 12 MB 45-page scan; 20 MB leaves room for that and stops accidental huge files.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# A multipart body carries boundaries and part headers besides the file itself; a request whose
# declared length exceeds the limit by more than this cannot hold an acceptable upload.
MULTIPART_OVERHEAD_BYTES = 64 * 1024

# The form has two fields (``file``, ``text``); a few more are tolerated, thousands are abuse.
MAX_FORM_FIELDS = 8

# Loading and parsing run in a pool of their own, never in the threadpool that serves sync
# endpoints, and ``/health`` and the page are served on the event loop: they never wait behind
# parses. This many parse at once (the work is CPU-bound: one per core) ...
PARSE_WORKERS = max(1, os.cpu_count() or 1)
# ... at most this many wait or run; one more is refused at once with 503 and Retry-After
# (45 posts of a long text once made /health answer after 231 s).
PARSE_QUEUE_LIMIT = 32
# A request gives up waiting for its load or parse after this many seconds (504): a 45-page
# scan takes about two minutes of OCR. The work itself finishes in the pool and frees its place.
PARSE_TIMEOUT_S = 240
# Seconds a client is told to wait before retrying a 503.
RETRY_AFTER_S = 10

# Every response: no MIME sniffing, no framing by other sites, nothing loaded from elsewhere
# (the page needs no network). The API docs page loads Swagger UI from a CDN: framing only.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' blob:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
}
DOCS_CSP = "frame-ancestors 'none'"
# displaCy's evidence page styles its marks inline and runs no script.
EVIDENCE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

T = TypeVar("T")

# Uploaded file names are echoed in messages and in the record's ``source.origin``; keep them short.
MAX_ORIGIN_CHARS = 120


@dataclass(frozen=True)
class Download:
    """How one output format is offered: its label on the page, media type and file suffix."""

    format: str
    label: str
    media_type: str
    suffix: str


# The formats the page offers, in this order, each shown only when its renderer is registered
# in ``render.RENDERERS``. Other registered formats are offered after these under their name.
DOWNLOADS: tuple[Download, ...] = (
    Download("json", "Bản ghi JSON", "application/json", ".json"),
    Download("markdown", "Danh sách việc (Markdown)", "text/markdown; charset=utf-8", ".md"),
    Download("ics", "Lịch hạn (ICS)", "text/calendar; charset=utf-8", ".ics"),
    Download("outline-md", "Đề cương báo cáo (Markdown)", "text/markdown; charset=utf-8", "-de-cuong.md"),
    Download(
        "outline-docx",
        "Đề cương báo cáo (Word)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "-de-cuong.docx",
    ),
    # issue 20: the clerk's paperwork (NĐ 30/2020 Phụ lục IV mẫu VII; Phụ lục VI)
    Download(
        "routing-slip",
        "Phiếu giải quyết văn bản đến (Word)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "-phieu-giai-quyet.docx",
    ),
    Download("eoffice", "Dữ liệu văn bản đến cho e-office (JSON)", "application/json", "-eoffice.json"),
    Download("eoffice-xml", "Dữ liệu văn bản đến cho e-office (XML)", "application/xml", "-eoffice.xml"),
)

# ``POST /api/parse?format=evidence-html``: the text with its values marked by displaCy.
EVIDENCE_HTML = "evidence-html"


class RequestError(Exception):
    """A request the service refuses: an HTTP status and a message for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app() -> FastAPI:
    """Build the application.

    Returns:
        The FastAPI app with the page at ``/``, its files under ``/static`` and the API.
    """
    app = FastAPI(title="directive-parser", version=__version__, docs_url="/api/docs", redoc_url=None)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RequestError)
    async def _request_error(_: Request, exc: RequestError) -> JSONResponse:
        return error_response(exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    app.state.parse_pool = ParsePool(PARSE_WORKERS, PARSE_QUEUE_LIMIT, PARSE_TIMEOUT_S)
    app.middleware("http")(_guard)

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/health")
    async def health(request: Request) -> dict[str, str | int]:
        return {"status": "ok", "version": __version__, "parses": _pool(request).pending}

    @app.get("/api/formats")
    async def formats() -> list[dict[str, str]]:
        return [{"format": d.format, "label": d.label, "media_type": d.media_type} for d in registered_downloads()]

    @app.post("/api/parse")
    async def parse(request: Request, format: str = "json", received: str | None = None) -> Response:
        """The record of the posted directive, as JSON or in another registered format.

        ``received`` (YYYY-MM-DD) is the day the directive was received: it dates the duties
        counted from receipt in the markdown and ics formats.
        """
        known = [d.format for d in registered_downloads()] + [EVIDENCE_HTML]
        if format not in known:
            raise RequestError(400, f"unknown format {format!r}; choose one of: {', '.join(known)}")
        day = received_date(received)
        source = await read_input(request)
        return await _pool(request).run(_render_response, source, format, day)

    @app.post("/api/view")
    async def view(request: Request, received: str | None = None) -> JSONResponse:
        """Everything the page shows: record, normalised text, value spans and downloads."""
        day = received_date(received)
        source = await read_input(request)
        return JSONResponse(await _pool(request).run(analyse, source, day))

    @app.post("/api/cascade")
    async def cascade(request: Request) -> Response:
        """The implementing document drafted from the posted directive ("Soạn văn bản triển khai")."""
        return await cascade_response(request)

    from .register import register_router  # issue 16: the register's page, API and calendar feed

    app.include_router(register_router())
    return app


DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def cascade_response(request: Request) -> Response:
    """``POST /api/cascade``: the form's ``file`` or ``text`` plus ``unit`` (the drafting unit),
    optional ``to`` (downstream units, one per line), ``lead_days``, ``type`` (cong-van|ke-hoach),
    ``parent`` and ``format`` (docx, the default, or md); the draft as an attachment.

    Args:
        request: the form request.

    Returns:
        The draft; a 400 with ``{"error": ...}`` for a bad option, checked before parsing.
    """
    from ..render import cascade

    source = await read_input(request)
    form = await request.form()  # cached by Starlette: the fields read_input already parsed

    def field(name: str, default: str = "") -> str:
        value = form.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else default

    fmt = field("format", "docx")
    lead = field("lead_days", str(cascade.DEFAULT_LEAD_DAYS))
    if fmt not in ("docx", "md"):
        raise RequestError(400, f"unknown format {fmt!r}; choose docx or md")
    if not lead.isdigit():
        raise RequestError(400, f"lead_days {lead!r}: give a whole number of working days")
    options: dict[str, Any] = {"unit_name": field("unit"), "lead_days": int(lead), "doc_type": field("type", "cong-van")}
    try:
        cascade.check_options(options["unit_name"], options["lead_days"], options["doc_type"])
    except DirectiveParserError as exc:
        raise RequestError(400, exc.message.replace("--as", "unit").replace("--lead-days", "lead_days")) from exc
    options["to"] = [line for line in field("to").splitlines() if line.strip()] or None
    options["parent"] = field("parent") or None

    def build() -> Response:
        record, _ = _parse(source)
        payload = cascade.render(cascade.draft(record, **options), fmt)
        suffix = "-trien-khai.docx" if fmt == "docx" else "-trien-khai.md"
        name = file_name(record, source, suffix)
        media = DOCX_MEDIA_TYPE if fmt == "docx" else "text/markdown; charset=utf-8"
        disposition = f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"
        return Response(payload, media_type=media, headers={"Content-Disposition": disposition})

    return await _pool(request).run(build)


class ParsePool:
    """A bounded pool for loading and parsing: a place per request, a queue limit, a time limit."""

    def __init__(self, workers: int, limit: int, timeout: float) -> None:
        """Start the pool.

        Args:
            workers: parses that run at once.
            limit: parses that may wait or run; beyond it a request is refused with 503.
            timeout: seconds a request waits for its work before a 504.
        """
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="parse")
        self.limit = limit
        self.timeout = timeout
        self.pending = 0
        self._lock = threading.Lock()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` in the pool and return its result.

        Raises:
            RequestError: 503 when ``limit`` parses are already waiting or running, 504 when the
                work takes longer than ``timeout`` (it goes on, and keeps its place, until done).
        """
        with self._lock:
            if self.pending >= self.limit:
                raise RequestError(503, "the service is busy with other documents; try again in a moment")
            self.pending += 1
        future = asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)
        future.add_done_callback(lambda _: self._release())
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except TimeoutError as exc:
            raise RequestError(504, f"reading the document took longer than {self.timeout:.0f} s; try a shorter one") from exc

    def _release(self) -> None:
        with self._lock:
            self.pending -= 1


def _pool(request: Request) -> ParsePool:
    pool: ParsePool = request.app.state.parse_pool
    return pool


async def _guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Refuse cross-site POSTs, turn an unexpected fault into a 500, add the security headers.

    The fault is answered here rather than by an exception handler: Starlette re-raises after
    such a handler has answered, and the server then closes the connection, so the client's
    next request on it failed.
    """
    if request.method == "POST" and not same_origin(request):
        response: Response = error_response(403, "requests from another site are not accepted")
    else:
        try:
            response = await call_next(request)
        except Exception as exc:
            log.exception("internal error")
            response = error_response(500, f"internal error ({type(exc).__name__}); please report it")
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.url.path.startswith("/api/docs"):
        response.headers["Content-Security-Policy"] = DOCS_CSP
    if response.status_code == 503:
        response.headers.setdefault("Retry-After", str(RETRY_AFTER_S))
    return response


def error_response(status: int, message: str) -> JSONResponse:
    """A refusal: ``error`` as the parser words it, ``error_vi`` in Vietnamese for the page."""
    return JSONResponse({"error": message, "error_vi": vietnamese(message)}, status_code=status)


def same_origin(request: Request) -> bool:
    """Whether a request comes from this site's own page (or from no browser page at all).

    A browser names the page that sent a POST in ``Origin`` (or, failing that, tells
    ``Sec-Fetch-Site``); it must be this host. Clients that send neither (curl, scripts) are
    not cross-site requests and pass.

    Args:
        request: the incoming request.

    Returns:
        False for a POST another site's page made a browser send.
    """
    origin = request.headers.get("origin")
    if origin is not None:
        return origin != "null" and urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()
    return request.headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


def registered_downloads() -> list[Download]:
    """The downloadable formats whose renderer is registered, in the page's order.

    Returns:
        ``DOWNLOADS`` entries present in ``RENDERERS``, then any other registered format.
    """
    from ..render import RENDERERS

    known = {d.format for d in DOWNLOADS}
    offered = [d for d in DOWNLOADS if d.format in RENDERERS]
    offered += [Download(name, name, "text/plain; charset=utf-8", f".{name}") for name in RENDERERS if name not in known]
    return offered


async def read_input(request: Request) -> SourceDocument:
    """Read the posted directive: an uploaded ``file`` or a pasted ``text`` (not both).

    Args:
        request: a ``multipart/form-data`` or ``application/x-www-form-urlencoded`` request.

    Returns:
        The loaded document.

    Raises:
        RequestError: no input, both inputs, too large (413), or not a form (415).
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES:
        raise RequestError(413, f"the upload is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
    content_type = request.headers.get("content-type", "")
    if not content_type and declared in ("", "0"):
        raise RequestError(400, "nothing to parse: upload a file (field 'file') or paste the text (field 'text')")
    if not content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        raise RequestError(415, "send a form (multipart/form-data) with a 'file' upload or a 'text' field")
    try:
        form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_UPLOAD_BYTES)
    except StarletteHTTPException as exc:
        raise RequestError(400, f"the form cannot be read: {exc.detail}") from exc
    except Exception as exc:  # python-multipart's parse errors have no common base to catch
        raise RequestError(400, f"the form cannot be read: {exc}") from exc
    try:
        upload = form.get("file")
        text = form.get("text")
        if upload is not None and not isinstance(upload, UploadFile):
            raise RequestError(400, "the 'file' field must be a file upload; send pasted text as 'text'")
        if isinstance(text, UploadFile):
            raise RequestError(400, "the 'text' field must be text; send a file as 'file'")
        data = await upload.read(MAX_UPLOAD_BYTES + 1) if upload is not None else b""
        if len(data) > MAX_UPLOAD_BYTES:
            raise RequestError(413, f"the upload is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        if data and text and text.strip():
            raise RequestError(400, "give either a file or pasted text, not both")
        if data:
            assert upload is not None
            return await _pool(request).run(_load_upload, data, _origin(upload.filename))
        if upload is not None and upload.filename:
            raise RequestError(422, f"{_origin(upload.filename)}: the file is empty; there is no directive text to parse")
        if text is None:
            raise RequestError(400, "nothing to parse: upload a file (field 'file') or paste the text (field 'text')")
        if not text.strip():
            raise RequestError(422, "the pasted text is empty; there is no directive text to parse")
        try:
            return pasted_text(text, "<văn bản dán>")
        except DirectiveParserError as exc:  # a pasted page's source with no text in it
            raise _as_request_error(exc) from exc
    finally:
        await form.close()


def _origin(filename: str | None) -> str:
    """The upload's name for messages: its last path part, without control characters, short."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:MAX_ORIGIN_CHARS] or "<tệp tải lên>"


def _load_upload(data: bytes, origin: str) -> SourceDocument:
    from ..loaders import load_bytes

    try:
        return load_bytes(data, origin)
    except DirectiveParserError as exc:
        raise _as_request_error(exc) from exc


def _as_request_error(exc: DirectiveParserError) -> RequestError:
    """The HTTP status for a parser error: the input's fault is 4xx, a missing tool is 503, the parser's own fault
    (SAFE_STRUCTURE's ``InternalError``) is 500."""
    if isinstance(exc, InternalError):
        return RequestError(500, exc.message)
    if isinstance(exc, MissingTool):
        return RequestError(503, exc.message)
    if isinstance(exc, UnsupportedFormat):
        return RequestError(415, exc.message)
    if isinstance(exc, EmptyDocument):
        return RequestError(422, exc.message)
    return RequestError(422, exc.message)


def _parse(source: SourceDocument) -> tuple[Directive, Text]:
    from ..pipeline import parse_source_with_text

    try:
        return parse_source_with_text(source)
    except DirectiveParserError as exc:
        raise _as_request_error(exc) from exc


def received_date(value: str | None) -> dt.date | None:
    """The day received as the API takes it (``2024-03-08``; ``08/03/2024`` also), or None.

    Raises:
        RequestError: 400 when it is not a date.
    """
    if not value or not value.strip():
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise RequestError(400, f"received={value[:40]!r} is not a date; write it as YYYY-MM-DD")


def analyse(source: SourceDocument, received: dt.date | None = None) -> dict[str, Any]:
    """Parse a document and gather what the page shows.

    Args:
        source: the loaded document.
        received: the day it was received, for the duties counted from receipt.

    Returns:
        ``record`` (the JSON record), ``text`` (the normalised text its Evidence indexes),
        ``spans`` (``{"start", "end", "label"}`` of every value, token-aligned by spaCy),
        ``downloads`` (each registered format rendered: ``format``, ``label``, ``filename``,
        ``media_type`` and ``text`` or ``base64``), ``notes`` (what the calendar leaves out)
        and ``warnings_vi`` (the record's warnings in Vietnamese).
    """
    from .. import nlp
    from ..render.ics import left_out
    from ..render.json import to_dict

    record, text = _parse(source)
    spans = nlp.spans_of(nlp.to_doc(text, record))
    downloads = []
    for offer in registered_downloads():
        try:
            payload = render(record, offer.format, received)
        except Exception:  # a renderer's bug must not hide the record; log it, offer the rest
            log.exception("renderer %r failed", offer.format)
            continue
        item = {"format": offer.format, "label": offer.label, "media_type": offer.media_type}
        item["filename"] = file_name(record, source, offer.suffix)
        if isinstance(payload, bytes):
            item["base64"] = base64.b64encode(payload).decode("ascii")
        else:
            item["text"] = payload
        downloads.append(item)
    return {
        "record": to_dict(record),
        "text": text.text,
        "spans": spans,
        "downloads": downloads,
        "notes": left_out([record], received),
        "warnings_vi": [vietnamese(w) for w in record.warnings],
    }


def render(record: Directive, fmt: str, received: dt.date | None = None) -> str | bytes:
    """One record in a registered format.

    Args:
        record: the record.
        fmt: a name in ``render.RENDERERS``.
        received: the day received, for the formats that date duties counted from it.

    Returns:
        What the renderer returns (text or bytes).
    """
    from ..cli import RECEIVED_FORMATS
    from ..render import RENDERERS

    if received is not None and fmt in RECEIVED_FORMATS:
        return RENDERERS[fmt]([record], received=received)
    return RENDERERS[fmt]([record])


def _render_response(source: SourceDocument, fmt: str, received: dt.date | None = None) -> Response:
    record, text = _parse(source)
    if fmt == EVIDENCE_HTML:
        from .. import nlp

        html = nlp.render_html(nlp.to_doc(text, record), page=True)
        return Response(html, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": EVIDENCE_CSP})
    offer = next(d for d in registered_downloads() if d.format == fmt)
    payload = render(record, fmt, received)
    if fmt == "json":
        return Response(payload, media_type=offer.media_type)
    name = file_name(record, source, offer.suffix)
    disposition = f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"
    return Response(payload, media_type=offer.media_type, headers={"Content-Disposition": disposition})


def file_name(record: Directive, source: SourceDocument, suffix: str) -> str:
    """A safe ASCII file name for a download: the document's symbol, else the upload's name.

    "1092-CV/BDVTU" → "1092-CV-BDVTU.ics"; "Kế hoạch.docx" → "Ke-hoach.ics".

    Args:
        record: the parsed record.
        source: the document it came from.
        suffix: what to append (".ics", "-de-cuong.md").

    Returns:
        The file name.
    """
    base = record.number.symbol or Path(source.origin).stem
    folded = unicodedata.normalize("NFKD", base.replace("Đ", "D").replace("đ", "d"))
    ascii_name = re.sub(r"[^A-Za-z0-9_.-]+", "-", folded.encode("ascii", "ignore").decode()).strip("-.")
    return (ascii_name or "van-ban") + suffix
