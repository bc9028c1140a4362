from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from givefirst import Profile

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GIVEFIRST_SHARED", ROOT.parent / "shared" / "data"))

FAR = Profile(role="bestselling author", inbound_per_day=700, audience=850_000, work=("The Busy Brain",))
FAR_NL = Profile(role="bestsellerauteur", inbound_per_day=700, audience=850_000, work=("Het Drukke Brein",))
PEER = Profile(role="freelance designer", audience=3000, inbound_per_day=20)
ME = Profile(role="freelance designer", audience=2500, inbound_per_day=15)


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run the real command line in a subprocess (as a user would)."""
    return subprocess.run(
        [sys.executable, "-m", "givefirst.cli.main", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture
def cli():
    return run_cli


# ---------------------------------------------------------------- contact-book stores (SQLite and PostgreSQL)

PG_URL = os.environ.get("GIVEFIRST_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty contact book: a SQLite file, and (when configured; always in CI) a real PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "contacts.sqlite3")
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("GIVEFIRST_TEST_PG_URL is not set: CI must run the PostgreSQL tests")
        pytest.skip("no PostgreSQL configured (set GIVEFIRST_TEST_PG_URL)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(db_url):
    from givefirst.contacts.db import Store

    s = Store(db_url)
    yield s
    s.dispose()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Backups and default databases go to a temporary folder, never the user's real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("GIVEFIRST_DB", raising=False)
