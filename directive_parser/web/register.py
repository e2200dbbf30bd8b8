"""The register on the web: the register page, its JSON API and the calendar feed.

Routes (``register_router``, included by ``create_app``):

* ``GET /register``: the page (received directives, filter by status, what is due soon, tick
  duties done, read a new directive, correct its values and save it);
* ``POST /api/register/directives``: save a directive (the ``file`` or ``text`` of
  ``/api/view``, with ``received`` and optionally ``record``, the user's corrected record);
* ``GET /api/register/directives[?status=]``, ``GET /api/register/directives/{id}``,
  ``PUT /api/register/directives/{id}/record`` (a correction),
  ``GET /api/register/directives/{id}/annotation`` (the corrected record in the contract's
  shape, as gold data);
* ``GET /api/register/due[?within=&today=]``, ``POST /api/register/duties/{id}/status``;
* ``GET /api/register/profile``, ``POST /api/register/profile``;
* ``GET /calendar.ics[?token=]``: the subscription feed (a token is required once
  ``calendar token`` made one).

The register is opened once per application (``DIRECTIVE_PARSER_DB`` or the default file);
every call runs in the threadpool in its own transaction, and writes are serialised by the
database layer, so concurrent requests cannot interleave their changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import threading
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ..errors import DirectiveParserError, RegisterUnavailable, UnknownEntry
from ..record import CONTRACT_KEYS, Directive
from .app import (
    MAX_FORM_FIELDS,
    MAX_UPLOAD_BYTES,
    MULTIPART_OVERHEAD_BYTES,
    STATIC,
    RequestError,
    _as_request_error,
    read_input,
)

if TYPE_CHECKING:
    from ..register.store import Register

DEFAULT_WITHIN_DAYS = 30
"""The page's "due soon" horizon unless asked otherwise: a month, as ``register due``."""

MAX_WITHIN_DAYS = 3660
"""The furthest horizon the API accepts (ten years): beyond it, ask for every duty."""

WEB_USER = "web"
"""Who a change made on the page is recorded as, when the form does not say."""

MAX_NAME_CHARS = 100
"""Longest "by" name kept (the column's width)."""


def register_router(url: str | None = None) -> APIRouter:
    """The register's routes.

    Args:
        url: the register's database URL (default: ``DIRECTIVE_PARSER_DB`` or the user's file).

    Returns:
        The router to include in the application.
    """
    router = APIRouter()
    opened: list[Register] = []
    lock = threading.Lock()

    def register() -> Register:
        """The register, opened (and migrated) on first use."""
        from ..register.store import Register

        with lock:
            if not opened:
                opened.append(Register(url))
            return opened[0]

    async def call(fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a register operation in the threadpool; its errors become HTTP errors."""

        def run() -> Any:
            try:
                return fn(register(), *args, **kwargs)
            except DirectiveParserError as exc:
                raise _register_error(exc) from exc

        return await run_in_threadpool(run)

    @router.get("/register", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "register.html", media_type="text/html; charset=utf-8")

    @router.get("/calendar.ics")
    async def calendar_feed(token: str | None = None) -> Response:
        """All our open dated duties, for a calendar program to subscribe to."""
        from ..register.calendar import feed

        def build(reg: Register) -> str:
            required = reg.required_token()
            if required is not None and not hmac.compare_digest(required, token or ""):
                raise RequestError(403, "this calendar needs its token: /calendar.ics?token=… (see 'calendar token')")
            return feed(reg)

        body = await call(build)
        return Response(body, media_type="text/calendar; charset=utf-8", headers={"Cache-Control": "no-cache"})

    @router.get("/api/register/profile")
    async def get_profile() -> JSONResponse:
        unit = await call(lambda reg: reg.profile())
        if unit is None:
            return JSONResponse({"profile": None})
        return JSONResponse({"profile": {"name": unit.name, "level": unit.level, "system": unit.system, "aliases": list(unit.aliases)}})

    @router.post("/api/register/profile")
    async def set_profile(request: Request) -> JSONResponse:
        from ..register.units import LEVELS, SYSTEMS, infer_unit

        body = await _json_body(request)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RequestError(400, "give the unit's name as printed ('Huyện ủy Tân Yên')")
        level, system = body.get("level") or None, body.get("system") or None
        if level is not None and level not in LEVELS:
            raise RequestError(400, f"level {level!r}: choose one of {', '.join(LEVELS)}")
        if system is not None and system not in SYSTEMS:
            raise RequestError(400, f"system {system!r}: choose one of {', '.join(SYSTEMS)}")
        unit = infer_unit(name.strip(), level, system)
        changed = await call(lambda reg: reg.set_profile(unit.name, unit.level, unit.system, body.get("aliases") or []))
        return JSONResponse({"profile": {"name": unit.name, "level": unit.level, "system": unit.system}, "changed": changed})

    @router.get("/api/register/directives")
    async def list_directives(status: str | None = None) -> JSONResponse:
        _check_status(status)
        rows = await call(lambda reg: reg.directives(status))
        return JSONResponse({"directives": [r.to_dict() for r in rows]})

    @router.post("/api/register/directives")
    async def save(request: Request) -> JSONResponse:
        """Read the posted directive and save it: a new line in the register, or an update."""
        source, content, fields = await _read_with_bytes(request)
        received = _date(fields.get("received"), "received")
        by = (fields.get("by") or WEB_USER)[:MAX_NAME_CHARS]
        corrected = _record(fields["record"]) if fields.get("record") else None

        def store(reg: Register) -> dict[str, Any]:
            from ..pipeline import parse_source

            parsed = parse_source(source)
            record = _merge_correction(parsed, corrected)
            fmt = source.format
            result = reg.add(
                record, received=received or dt.date.today(), content=content, file_name=source.origin,
                file_format=fmt, by=by, parsed=parsed if record is not parsed else None,
            )
            return {"result": dataclasses.asdict(result), "corrected": record is not parsed}

        return JSONResponse(await call(store))

    @router.get("/api/register/directives/{directive_id}")
    async def get_directive(directive_id: int) -> JSONResponse:
        from ..render.json import to_dict

        record, view, duties = await call(lambda reg: reg.record(directive_id))
        return JSONResponse({"directive": view.to_dict(), "record": to_dict(record), "duties": [d.to_dict() for d in duties]})

    @router.put("/api/register/directives/{directive_id}/record")
    async def correct(directive_id: int, request: Request) -> JSONResponse:
        """Replace a directive's record with the user's correction; statuses of unchanged duties stay."""
        body = await _json_body(request)
        record = _record(json.dumps(body.get("record", body), ensure_ascii=False))
        by = str(body.get("by") or WEB_USER)[:MAX_NAME_CHARS]

        def store(reg: Register) -> dict[str, Any]:
            old, _view, _duties = reg.record(directive_id)
            merged = _merge_correction(old, record)
            result = reg.add(merged, by=by, parsed=old, directive_id=directive_id)
            return {"result": dataclasses.asdict(result)}

        return JSONResponse(await call(store))

    @router.get("/api/register/directives/{directive_id}/annotation")
    async def annotation(directive_id: int) -> Response:
        """The record in the contract's shape (``annotations/<id>.json``): a user's corrections as gold data."""
        from ..render.json import to_dict

        record, view, _duties = await call(lambda reg: reg.record(directive_id))
        data = {key: to_dict(record)[key] for key in CONTRACT_KEYS}
        name = f"annotation-{view.id}.json"
        return Response(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n",
            media_type="application/json",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.get("/api/register/due")
    async def due(within: int = DEFAULT_WITHIN_DAYS, today: str | None = None, all_units: bool = False) -> JSONResponse:
        if not 0 <= within <= MAX_WITHIN_DAYS:
            raise RequestError(400, f"within={within}: give a number of days from 0 to {MAX_WITHIN_DAYS}")
        day = _date(today, "today") or dt.date.today()
        views = await call(lambda reg: reg.duties(today=day, within=within, ours_only=not all_units, undated=True))
        return JSONResponse({"today": day.isoformat(), "within": within, "duties": [v.to_dict(day) for v in views]})

    @router.put("/api/register/directives/{directive_id}/arrival")
    async def set_arrival(directive_id: int, request: Request) -> JSONResponse:
        """Correct a directive's Số đến and day of arrival (issue 20): ``{"number": 148, "received": "2023-07-12"}``."""
        body = await _json_body(request)
        number = body.get("number")
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            raise RequestError(400, f"number={number!r}: give the Số đến as a whole number")
        day = _date(body.get("received"), "received")
        view = await call(lambda reg: reg.set_arrival(directive_id, number, day))
        return JSONResponse({"directive": view.to_dict()})

    @router.post("/api/register/duties/{duty_id}/status")
    async def set_status(duty_id: int, request: Request) -> JSONResponse:
        body = await _json_body(request)
        status = body.get("status")
        _check_status(status)
        by = str(body.get("by") or WEB_USER)[:MAX_NAME_CHARS]
        views = await call(lambda reg: reg.set_status([duty_id], str(status), by, body.get("note")))
        return JSONResponse({"duty": views[0].to_dict()})

    return router


def _register_error(exc: DirectiveParserError) -> RequestError:
    """The HTTP status of a register failure: unknown ID 404, database unavailable 503, else as a parse."""
    if isinstance(exc, UnknownEntry):
        return RequestError(404, exc.message)
    if isinstance(exc, RegisterUnavailable):
        return RequestError(503, exc.message)
    return _as_request_error(exc)


def _check_status(status: object) -> None:
    from ..register.store import SHOWN_STATUSES

    if status is not None and status not in SHOWN_STATUSES:
        raise RequestError(400, f"status {status!r}: choose one of {', '.join(SHOWN_STATUSES)}")


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RequestError(400, f"{name}={value!r}: not a date; write it as YYYY-MM-DD") from None


def _record(raw: str) -> Directive:
    """A record posted by the page (JSON), validated against the contract."""
    try:
        return Directive.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "record"
        raise RequestError(422, f"the corrected record is not valid: {where}: {first['msg']}") from exc


def _merge_correction(parsed: Directive, corrected: Directive | None) -> Directive:
    """The record to keep: the user's values over the parser's, or the parser's when nothing changed.

    Returns ``parsed`` itself when the correction changes no contract value, so the caller can tell.
    """
    if corrected is None:
        return parsed
    before = parsed.model_dump(mode="json", include=set(CONTRACT_KEYS))
    after = corrected.model_dump(mode="json", include=set(CONTRACT_KEYS))
    if before == after:
        return parsed
    merged = parsed.model_copy(update={key: getattr(corrected, key) for key in CONTRACT_KEYS})
    merged.warnings = [*parsed.warnings, "corrected by hand"]
    return merged


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise RequestError(400, "send a JSON object") from None
    if not isinstance(body, dict):
        raise RequestError(400, "send a JSON object")
    return body


async def _read_with_bytes(request: Request) -> tuple[Any, bytes, dict[str, str]]:
    """The posted directive (as ``read_input`` reads it), its file's bytes and the other form fields."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES:
        raise RequestError(413, f"the upload is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
    content: bytes | None = None
    fields: dict[str, str] = {}
    if request.headers.get("content-type", "").startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        try:  # the form is parsed once; read_input below gets Starlette's cached copy
            form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_UPLOAD_BYTES)
        except Exception as exc:  # python-multipart's parse errors have no common base to catch
            raise RequestError(400, f"the form cannot be read: {exc}") from exc
        upload = form.get("file")
        if isinstance(upload, UploadFile):
            content = await upload.read(MAX_UPLOAD_BYTES + 1)
            await upload.seek(0)
        fields = {k: v for k in ("received", "record", "by") if isinstance(v := form.get(k), str)}
    source = await read_input(request)
    return source, content or source.text.encode("utf-8"), fields
