"""A real uvicorn server on 127.0.0.1 and a free port, in a thread, for the web and browser tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

# Starting the app (FastAPI import, first spaCy load happens later, per request) takes well under
# a second here; a slow CI machine gets a generous margin before the test gives up.
STARTUP_TIMEOUT_S = 30.0


@contextlib.contextmanager
def live_server() -> Iterator[str]:
    """Serve ``create_app()`` until the block ends.

    Yields:
        The base URL, e.g. ``http://127.0.0.1:43121``.
    """
    import uvicorn

    from directive_parser.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
