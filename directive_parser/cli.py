"""The command-line interface: thin Typer commands over importable functions.

Every command turns a ``DirectiveParserError`` into one line on stderr and its exit code
(``errors.EXIT_*``); no traceback reaches the user. Input files are only ever read; output
files are written atomically and never over an input.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import EXIT_INPUT, EXIT_USAGE, DirectiveParserError

app = typer.Typer(
    name="directive-parser",
    help="Read Vietnamese directives (công văn, kế hoạch, hướng dẫn, thông báo …) into structured records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = EXIT_INPUT) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"directive-parser: {message}", err=True)
    return typer.Exit(code)


def write_output(data: str | bytes, out: Path | None, inputs: list[str] | None = None) -> None:
    """Write to ``out`` atomically (or stdout); refuse to overwrite an input file."""
    if out is None or str(out) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    target = out.resolve()
    for name in inputs or []:
        if name != "-" and Path(name).exists() and Path(name).resolve() == target:
            raise fail(f"{out}: is one of the inputs; refusing to overwrite it", EXIT_USAGE)
    if target.is_dir():
        raise fail(f"{out}: is a folder; give a file name", EXIT_USAGE)
    if not target.parent.exists():
        raise fail(f"{out.parent}: no such folder", EXIT_USAGE)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise fail(f"{out}: cannot write ({exc.strerror or exc})") from exc


@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Directive files (text, DOCX, PDF, image); '-' reads stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: json.")] = "json",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages with Tesseract when installed.")] = True,
) -> None:
    """Parse directives and print their records (one JSON object per input, in order)."""
    from . import parse_file
    from .render import RENDERERS

    if format not in RENDERERS:
        raise fail(f"unknown format {format!r}; choose one of: {', '.join(RENDERERS)}", EXIT_USAGE)
    if inputs.count("-") > 1:
        raise fail("standard input ('-') can be read only once", EXIT_USAGE)
    records = []
    failed = 0
    for name in inputs:
        try:
            records.append(parse_file(name, ocr=ocr))
        except DirectiveParserError as exc:
            typer.echo(f"directive-parser: {exc.message}", err=True)
            failed += 1
            code = exc.exit_code
    if records:
        write_output(RENDERERS[format](records), output, inputs)
    if failed:
        raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    import json

    from .record import Directive

    typer.echo(json.dumps(Directive.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web page (paste or upload a directive) and the HTTP API; open http://HOST:PORT/."""
    import socket

    import uvicorn

    from .web import create_app

    try:  # say plainly when the port is taken, instead of uvicorn's log line
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})", EXIT_USAGE) from exc
    typer.echo(f"directive-parser: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except DirectiveParserError as exc:  # a command that let one through
        typer.echo(f"directive-parser: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("directive-parser: interrupted", err=True)
        sys.exit(130)
