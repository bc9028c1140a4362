"""Where the contact book lives and how it is opened: SQLite by default, PostgreSQL on request.

- Default: ``<user data dir>/givefirst/contacts.sqlite3`` (platformdirs), created with 0600 permissions, WAL mode,
  foreign keys on, a busy timeout so two processes can write without losing anything.
- ``--db URL`` or ``GIVEFIRST_DB`` selects another SQLite path (a plain path or ``sqlite:///...``) or a
  PostgreSQL URL (``postgresql://user@host/db``, driven by psycopg 3).
- The schema is created and upgraded only by the Alembic migrations shipped in ``contacts/migrations``; a store
  applies them automatically on first use (``givefirst db upgrade`` does it explicitly).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..engine.errors import GivefirstError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
T = TypeVar("T")


class StoreError(GivefirstError):
    """The contact book cannot be opened or written."""


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("givefirst", appauthor=False))


def resolve_url(db: str | None = None) -> str:
    """--db, then GIVEFIRST_DB, then the default SQLite file. A bare path means SQLite."""
    raw = db or os.environ.get("GIVEFIRST_DB") or str(data_dir() / "contacts.sqlite3")
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def _prepare_sqlite_file(path: str) -> None:
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        if not p.exists():
            fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)  # private from the first byte
            os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot create the contact book at {p} ({exc.strerror})") from None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 15000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


class Store:
    """An opened contact book. Use ``store.run(fn)`` for one transaction per use case."""

    def __init__(self, db: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(db)
        try:
            url = make_url(self.url)
        except ArgumentError:
            raise StoreError(f"not a database URL: {self.url!r}") from None
        self.dialect = url.get_backend_name()
        if self.dialect == "sqlite":
            if url.database and url.database != ":memory:":
                _prepare_sqlite_file(url.database)
            self.engine: Engine = create_engine(self.url, connect_args={"timeout": 15})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.dialect == "postgresql":
            self.engine = create_engine(self.url, pool_pre_ping=True)
        else:
            raise StoreError(f"unsupported database {self.dialect!r}: use a SQLite path or a postgresql:// URL")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade_if_needed()

    # ------------------------------------------------------------ migrations

    def _alembic_config(self) -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def head(self) -> str:
        from alembic.script import ScriptDirectory

        return str(ScriptDirectory.from_config(self._alembic_config()).get_current_head())

    def current(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"cannot open the contact book ({_short(exc)})") from None

    def downgrade(self, target: str) -> None:
        """Undo migrations down to ``target`` ('base' empties the book). Used by the migration tests."""
        from alembic import command

        cfg = self._alembic_config()
        with self._migration_lock(), self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)

    def upgrade(self, target: str = "head") -> None:
        """Apply the migrations. Two processes opening a new book at once do not race: SQLite takes a lock
        file, PostgreSQL an advisory lock, and Alembic then finds the schema current and does nothing."""
        with self._migration_lock():
            self._upgrade_locked(target)

    def _upgrade_locked(self, target: str) -> None:
        from alembic import command

        cfg = self._alembic_config()
        try:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7450001)")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"cannot migrate the contact book ({_short(exc)})") from None

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        database = make_url(self.url).database if self.dialect == "sqlite" else None
        if not database or database == ":memory:":
            yield
            return
        import fcntl

        try:
            fh = open(f"{database}.migrate-lock", "a")  # noqa: SIM115 - closed below
        except OSError:  # a read-only folder: nothing can migrate there anyway, so nothing to order
            yield
            return
        with fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def upgrade_if_needed(self) -> None:
        # the check runs under the same lock as the migration: a second process opening a brand-new book waits
        # for the first to finish creating it instead of reading a file that is being set up ("database is locked")
        with self._migration_lock():
            if self.current() != self.head():
                self._upgrade_locked("head")

    def tables(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    # ------------------------------------------------------------ transactions

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as s, s.begin():
            yield s

    def run(self, fn: Callable[[Session], T], retries: int = 5) -> T:
        """Run ``fn`` in one transaction; retry when another process holds the write lock."""
        for attempt in range(retries):
            try:
                with self.session() as s:
                    return fn(s)
            except OperationalError as exc:
                locked = "locked" in str(exc).lower() or "could not serialize" in str(exc).lower()
                if locked and attempt < retries - 1:
                    time.sleep(0.05 * 2 ** attempt)
                    continue
                raise StoreError(f"the contact book could not be written ({_short(exc)})") from None
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
