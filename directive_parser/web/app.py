"""The FastAPI application: the page, ``POST /api/parse``, ``POST /api/view`` and ``GET /health``.

Input arrives as a multipart upload (field ``file``) or pasted text (form field ``text``); it
is held in memory (Starlette may spool a large upload to a temporary file, which it deletes)
and nothing is written anywhere else. Parsing is CPU-bound, so it runs in the threadpool and
concurrent requests do not block the event loop. Every failure is a JSON ``{"error": ...}``
with a 4xx status (5xx only for a fault of the server itself), never a traceback.
"""

from __future__ import annotations

import base64
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DirectiveParserError, EmptyDocument, MissingTool, UnsupportedFormat
from ..record import Directive
from ..source import SourceDocument, Text

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
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _internal_error(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); please report it"}, status_code=500)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/api/formats")
    def formats() -> list[dict[str, str]]:
        return [{"format": d.format, "label": d.label, "media_type": d.media_type} for d in registered_downloads()]

    @app.post("/api/parse")
    async def parse(request: Request, format: str = "json") -> Response:
        """The record of the posted directive, as JSON or in another registered format."""
        known = [d.format for d in registered_downloads()] + [EVIDENCE_HTML]
        if format not in known:
            raise RequestError(400, f"unknown format {format!r}; choose one of: {', '.join(known)}")
        source = await read_input(request)
        return await run_in_threadpool(_render_response, source, format)

    @app.post("/api/view")
    async def view(request: Request) -> JSONResponse:
        """Everything the page shows: record, normalised text, value spans and downloads."""
        source = await read_input(request)
        return JSONResponse(await run_in_threadpool(analyse, source))

    from .register import register_router  # issue 16: the register's page, API and calendar feed

    app.include_router(register_router())
    return app


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
            return await run_in_threadpool(_load_upload, data, _origin(upload.filename))
        if upload is not None and upload.filename:
            raise RequestError(422, f"{_origin(upload.filename)}: the file is empty; there is no directive text to parse")
        if text is None:
            raise RequestError(400, "nothing to parse: upload a file (field 'file') or paste the text (field 'text')")
        if not text.strip():
            raise RequestError(422, "the pasted text is empty; there is no directive text to parse")
        return SourceDocument(text=text, format="text", origin="<văn bản dán>")
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
    """The HTTP status for a parser error: the input's fault is 4xx, a missing tool is 503."""
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


def analyse(source: SourceDocument) -> dict[str, Any]:
    """Parse a document and gather what the page shows.

    Args:
        source: the loaded document.

    Returns:
        ``record`` (the JSON record), ``text`` (the normalised text its Evidence indexes),
        ``spans`` (``{"start", "end", "label"}`` of every value, token-aligned by spaCy) and
        ``downloads`` (each registered format rendered: ``format``, ``label``, ``filename``,
        ``media_type`` and ``text`` or ``base64``).
    """
    from .. import nlp
    from ..render.json import to_dict

    record, text = _parse(source)
    spans = nlp.spans_of(nlp.to_doc(text, record))
    downloads = []
    for offer in registered_downloads():
        try:
            payload = render(record, offer.format)
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
    return {"record": to_dict(record), "text": text.text, "spans": spans, "downloads": downloads}


def render(record: Directive, fmt: str) -> str | bytes:
    """One record in a registered format.

    Args:
        record: the record.
        fmt: a name in ``render.RENDERERS``.

    Returns:
        What the renderer returns (text or bytes).
    """
    from ..render import RENDERERS

    return RENDERERS[fmt]([record])


def _render_response(source: SourceDocument, fmt: str) -> Response:
    record, text = _parse(source)
    if fmt == EVIDENCE_HTML:
        from .. import nlp

        return Response(nlp.render_html(nlp.to_doc(text, record), page=True), media_type="text/html; charset=utf-8")
    offer = next(d for d in registered_downloads() if d.format == fmt)
    payload = render(record, fmt)
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
