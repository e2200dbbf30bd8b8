"""The register's database: where it is, how to open it, and its errors in the user's words.

SQLite by default (one file in the user's data folder), or any SQLAlchemy URL given by
``--db`` or ``DIRECTIVE_PARSER_DB`` (``postgresql://user@host/db`` for a province office's
server). Opening a register brings its schema up to date with the Alembic migrations in
``migrations/``; the schema is never created any other way, so a SQLite file and a PostgreSQL
database made by different versions converge on the same tables.

Writes are serialised: on SQLite a write transaction starts with ``BEGIN IMMEDIATE`` (it takes
the file's write lock at once, so two writers cannot both read "not there yet" and insert
twice), waiting up to ``LOCK_WAIT_SECONDS`` for another writer; on PostgreSQL it takes a
transaction-level advisory lock. Readers never wait on SQLite (WAL journal).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import RegisterError, RegisterUnavailable

DB_ENV = "DIRECTIVE_PARSER_DB"
"""Environment variable naming the register's database URL (the ``--db`` option wins)."""

LOCK_WAIT_ENV = "DIRECTIVE_PARSER_DB_WAIT"
"""Environment variable overriding ``LOCK_WAIT_SECONDS`` (seconds, a number)."""

LOCK_WAIT_SECONDS = 15.0
"""How long a write waits for another writer before giving up with "locked": long enough for a
web request that adds a 50-page directive, short enough that a stuck program is reported."""

REGISTER_FILE = "register.sqlite3"
"""The default register's file name, in the user's data folder."""

WRITE_OPTION = "directive_parser_write"
"""Execution option marking a connection whose transaction writes (see ``_begin``)."""

PG_LOCK_ID = 0x44505247  # "DPRG"
"""The PostgreSQL advisory lock every register write takes (one writer at a time, like SQLite)."""

POSTGRES_DRIVER = "postgresql+psycopg"
"""The driver a bare ``postgresql://`` URL gets: psycopg 3 (SQLAlchemy's default is psycopg2)."""


def default_url() -> str:
    """The register used when neither ``--db`` nor ``DIRECTIVE_PARSER_DB`` says: a SQLite file.

    Returns:
        ``sqlite:///<user data folder>/directive-parser/register.sqlite3``.
    """
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('directive-parser', appauthor=False) / REGISTER_FILE}"


def register_url(given: str | None = None) -> str:
    """The URL of the register to open: the one given, else ``DIRECTIVE_PARSER_DB``, else the default.

    A plain path (``./sổ.sqlite3``) is taken as a SQLite file.

    Args:
        given: the ``--db`` value, if any.

    Returns:
        A SQLAlchemy database URL.
    """
    value = (given or os.environ.get(DB_ENV) or "").strip()
    if not value:
        return default_url()
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def shown(url: str | URL) -> str:
    """A URL as it may be printed: the password hidden, a SQLite file as its path."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "<invalid URL>"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _lock_wait() -> float:
    raw = os.environ.get(LOCK_WAIT_ENV)
    if raw is None:
        return LOCK_WAIT_SECONDS
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise RegisterError(f"{LOCK_WAIT_ENV}={raw!r}: give a number of seconds") from None


_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine_for(url: str) -> Engine:
    """The engine of a register URL, created once per process and migrated to the current schema.

    Args:
        url: a SQLAlchemy URL (``register_url``).

    Returns:
        The engine.

    Raises:
        RegisterError: the URL cannot be read or names an unsupported database.
        RegisterUnavailable: the database cannot be opened or is not a register.
    """
    with _ENGINES_LOCK:
        if url not in _ENGINES:
            _ENGINES[url] = _create(url)
        return _ENGINES[url]


def dispose_all() -> None:
    """Close every register opened by this process (their pooled connections) and forget them."""
    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()


def _create(url: str) -> Engine:
    """A new engine for ``url``, its events set and its schema migrated (see ``engine_for``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise RegisterError(f"--db {url!r}: not a database URL (sqlite:///FILE or postgresql://USER@HOST/DB)") from None
    backend = parsed.get_backend_name()
    kwargs: dict[str, Any] = {}
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RegisterUnavailable(f"cannot make the register's folder {folder} ({exc.strerror or exc})") from exc
        kwargs["connect_args"] = {"timeout": _lock_wait(), "check_same_thread": False}
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername=POSTGRES_DRIVER)
        # lock_timeout: a writer waiting on the advisory lock gives up like SQLite's busy timeout
        wait_ms = int(_lock_wait() * 1000)
        kwargs["connect_args"] = {"connect_timeout": max(1, int(_lock_wait())), "options": f"-c lock_timeout={wait_ms}"}
        kwargs["pool_pre_ping"] = True
    else:
        raise RegisterError(f"{shown(parsed)}: the register runs on SQLite or PostgreSQL, not {backend}")
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise RegisterError(
            f"{shown(parsed)}: the database driver is not installed (pip install 'directive-parser[postgresql]')"
        ) from exc
    if backend == "sqlite":
        _sqlite_events(engine)
    else:
        _postgres_events(engine)
    try:
        with translated(engine):
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _sqlite_events(engine: Engine) -> None:
    """SQLite: foreign keys on, WAL journal, and transactions begun by us (``BEGIN IMMEDIATE`` to write).

    pysqlite's own transaction handling begins lazily and only before writes, which defeats
    ``BEGIN IMMEDIATE``; as SQLAlchemy's documentation recommends, it is turned off and the
    ``begin`` event emits the statement itself.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(_lock_wait() * 1000)}")
            cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _postgres_events(engine: Engine) -> None:
    """PostgreSQL: a write transaction first takes the register's advisory lock."""

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION, False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_ID})")


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
"""Alembic's script folder (env.py and versions/)."""


def migrate(engine: Engine) -> None:
    """Bring the database's schema to the newest migration (nothing to do when it is current).

    Args:
        engine: the register's engine.

    Raises:
        RegisterUnavailable: the database was made by a newer directive-parser.
    """
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == scripts.get_current_head():
            return
        if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
            raise RegisterUnavailable(
                f"{shown(engine.url)}: the register was written by a newer directive-parser (schema {current}); upgrade it"
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextlib.contextmanager
def translated(engine: Engine | None = None) -> Iterator[None]:
    """Turn database failures into ``RegisterUnavailable`` / ``RegisterError`` with a plain message.

    Args:
        engine: the engine, to name the register in messages.

    Yields:
        Nothing; failures inside the block are translated.
    """
    where = shown(engine.url) if engine is not None else "the register"
    try:
        yield
    except OperationalError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if any(word in detail for word in ("locked", "busy", "lock timeout")):
            raise RegisterUnavailable(
                f"{where}: the register is locked by another program (a write still running); try again, nothing was changed"
            ) from exc
        raise RegisterUnavailable(f"{where}: cannot use the register ({detail})") from exc
    except IntegrityError as exc:
        raise RegisterError(f"{where}: the change conflicts with what is in the register; nothing was changed") from exc
    except DatabaseError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise RegisterUnavailable(f"{where}: not a register database ({detail})") from exc


@contextlib.contextmanager
def session(engine: Engine, write: bool = False) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error.

    Args:
        engine: the register's engine.
        write: True for a transaction that changes the register (it takes the write lock first).

    Yields:
        The session.
    """
    bind = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
    maker = sessionmaker(bind=bind, expire_on_commit=False)
    with translated(engine), maker() as sess, sess.begin():
        yield sess
