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


# ---------------------------------------------------------------- several processes

_DEFAULTS: dict[str, Any] = {}


def _dumps(obj: Any) -> bytes:
    import orjson  # imported here: the single-message path never needs it (it costs ~25 ms to import)

    return orjson.dumps(obj)


def _init_worker(defaults: dict[str, Any]) -> None:
    _DEFAULTS.clear()
    _DEFAULTS.update(defaults)


def _work(item: tuple[int, str | None]) -> tuple[str, bool, bool]:
    n, raw = item
    result = _error(n, f"line {n}: not UTF-8 text") if raw is None else check_line(raw, n, **_DEFAULTS)
    bad = result.get("schema") == ERROR_SCHEMA
    # orjson writes a report about six times faster than json.dumps (compact separators, UTF-8 as is)
    return _dumps(result).decode("utf-8"), bad, bool(not bad and result["mistakes"])


def check_lines_json(lines: Iterable[str | None], jobs: int = 1, **defaults: Any) -> Iterator[tuple[str, bool, bool]]:
    """Check every non-blank line (None: a line that was not UTF-8); yield (JSON line, bad, has mistakes) in input
    order, using ``jobs`` processes."""
    items = ((n, raw) for n, raw in enumerate(lines, 1) if raw is None or raw.strip())
    if jobs <= 1:
        _init_worker(defaults)
        yield from map(_work, items)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(defaults,)) as pool:
        yield from pool.imap(_work, items, chunksize=64)
