"""Golden files: whole reports for fixed messages (STYLE.md, example 5). Regenerate with tools/update_golden.py."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from update_golden import GOLDEN, report_for  # noqa: E402

CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def test_there_are_golden_cases_in_both_languages():
    names = [c.name for c in CASES]
    assert any(n.startswith("en-") for n in names) and any(n.startswith("nl-") for n in names)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_report(case):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert report_for(case) == expected
