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
