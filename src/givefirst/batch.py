"""Batch checking: one JSON message per line in, one JSON report (or error object) per line out.

Input line: {"text": "...", "channel"?: "email|linkedin|dm", "lang"?: "auto|en|nl", "ui_lang"?: "en|nl",
"to"?: {profile}, "from"?: {profile}}. A bad line yields {"schema": "givefirst.error/1", "line": N,
"error": "..."} in its place and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from . import profiles
from .engine import check
from .engine.errors import GivefirstError
from .engine.model import Profile

ERROR_SCHEMA = "givefirst.error/1"


def _error(line: int, message: str) -> dict[str, Any]:
    return {"schema": ERROR_SCHEMA, "line": line, "error": message}


def check_line(raw: str, line: int, recipient: Profile | None = None, sender: Profile | None = None,
               channel: str = "email", lang: str = "auto", ui_lang: str | None = None) -> dict[str, Any]:
    """One batch line -> a report dict or an error dict. Never raises for bad input."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _error(line, f"line {line}: not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(item, dict):
        return _error(line, f"line {line}: expected a JSON object with a \"text\" field")
    text = item.get("text")
    if not isinstance(text, str):
        return _error(line, f"line {line}: missing or non-text \"text\" field")
    try:
        to = profiles.from_dict(item["to"], f"line {line} \"to\"")[0] if "to" in item else recipient
        frm = profiles.from_dict(item["from"], f"line {line} \"from\"")[0] if "from" in item else sender
        report = check(text, recipient=to, sender=frm, channel=item.get("channel", channel),
                       lang=item.get("lang", lang), ui_lang=item.get("ui_lang", ui_lang))
    except GivefirstError as exc:
        return _error(line, f"line {line}: {exc}")
    return report.to_dict()


def check_lines(lines: Iterable[str | None], **defaults: Any) -> Iterator[dict[str, Any]]:
    """Check each line; a None stands for a line that was not UTF-8. Blank lines are skipped."""
    for n, raw in enumerate(lines, 1):
        if raw is None:
            yield _error(n, f"line {n}: not UTF-8 text")
        elif raw.strip():
            yield check_line(raw, n, **defaults)
