"""Regenerate tests/golden/*/expected.json after an intended change in the reports (review the diff!)."""

from __future__ import annotations

import json
from pathlib import Path

from givefirst import check
from givefirst.profiles import from_dict

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"


def report_for(case: Path) -> dict:
    args = json.loads((case / "args.json").read_text(encoding="utf-8"))
    text = (case / "message.txt").read_text(encoding="utf-8")
    return check(
        text,
        recipient=from_dict(args["to"])[0] if "to" in args else None,
        sender=from_dict(args["from"])[0] if "from" in args else None,
        channel=args.get("channel", "email"),
    ).to_dict()


if __name__ == "__main__":
    for case in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        out = case / "expected.json"
        out.write_text(json.dumps(report_for(case), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
