"""The web service: a page to paste or upload a directive, and the HTTP API behind it.

``directive-parser serve`` runs ``create_app()`` under uvicorn. The app lives in ``app.py``
and its page (HTML, CSS, JS, no external CDN) in ``static/``. FastAPI is imported only when
the app is built, never by a plain parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app() -> FastAPI:
    """Build the FastAPI application (see ``app.create_app``).

    Returns:
        The ASGI application.
    """
    from .app import create_app as _create

    return _create()
