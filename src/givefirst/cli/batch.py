"""`givefirst check --batch`: stream JSONL in, JSONL out."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from ..batch import check_lines_json
from ..engine.errors import GivefirstError
from ..engine.model import Profile
from ..inputs import InputError


def _lines(path: str) -> Iterator[str | None]:
    try:
        fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with fh:
        for n, raw in enumerate(fh, 1):
            try:
                yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield None


def run_batch(path: str, recipient: Profile | None, sender: Profile | None, channel: str, lang: str,
              ui_lang: str | None, jobs: int = 1) -> int:
    """Exit code: 2 if a line was bad, else 1 if any message has mistakes, else 0."""
    bad = mistakes = False
    out = sys.stdout
    try:
        for line, was_bad, has_mistakes in check_lines_json(
                _lines(path), jobs, recipient=recipient, sender=sender, channel=channel, lang=lang,
                ui_lang=ui_lang):
            bad = bad or was_bad
            mistakes = mistakes or has_mistakes
            out.write(line + "\n")
    except GivefirstError as exc:
        print(f"givefirst: {exc}", file=sys.stderr)
        return 2
    out.flush()
    return 2 if bad else 1 if mistakes else 0
