"""Sender and recipient profiles from TOML files or dicts (the batch format).

A profile file:

    name = "Anna de Vries"             # optional
    role = "bestselling author"        # free text, optional
    audience = 850000                  # followers / readers / subscribers
    inbound_per_day = 700              # e-mails or requests a day
    work = ["The Busy Brain", "the Deep Work podcast"]
    offers = ["a newsletter with 3,000 readers", "video editing"]
    circles = ["Het Financieele Dagblad columnists"]   # shared medium or board: same circle = peers

Unknown keys give a warning, not an error; wrong types raise ProfileError naming the file, line and key.
"""

from __future__ import annotations

import os
import re
from typing import Any

from .engine.errors import ProfileError
from .engine.model import Profile

_INT_KEYS = ("audience", "inbound_per_day")
_STR_KEYS = ("name", "role")
_LIST_KEYS = ("work", "offers", "circles")
KNOWN_KEYS = frozenset(_INT_KEYS + _STR_KEYS + _LIST_KEYS)


def _line_of(source: str | None, key: str) -> int | None:
    if source is None:
        return None
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", source, re.MULTILINE)
    return source.count("\n", 0, m.start()) + 1 if m else None


def _where(name: str, source: str | None, key: str) -> str:
    line = _line_of(source, key)
    return f"{name}: line {line}: " if line else f"{name}: "


def from_dict(data: Any, name: str = "profile", source: str | None = None) -> tuple[Profile, list[str]]:
    """Validate a dict into a Profile. Returns (profile, warnings)."""
    if not isinstance(data, dict):
        raise ProfileError(f"{name}: a profile must be a table of keys (got {type(data).__name__})")
    warnings = [f"{_where(name, source, k)}unknown key '{k}' ignored" for k in data if k not in KNOWN_KEYS]
    values: dict[str, Any] = {}
    for key in _INT_KEYS:
        if key in data:
            v = data[key]
            if isinstance(v, bool) or not isinstance(v, int):
                raise ProfileError(f"{_where(name, source, key)}'{key}' must be a whole number, "
                                   f"got {type(v).__name__} {v!r}")
            if v < 0:
                raise ProfileError(f"{_where(name, source, key)}'{key}' cannot be negative ({v})")
            values[key] = v
    for key in _STR_KEYS:
        if key in data:
            v = data[key]
            if not isinstance(v, str):
                raise ProfileError(f"{_where(name, source, key)}'{key}' must be text, got {type(v).__name__}")
            values[key] = v.strip() or None
    for key in _LIST_KEYS:
        if key in data:
            v = data[key]
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ProfileError(f"{_where(name, source, key)}'{key}' must be a list of text, "
                                   f"e.g. {key} = [\"...\"]")
            values[key] = tuple(x.strip() for x in v if x.strip())
    return Profile(**values), warnings


def load(path: str | os.PathLike[str]) -> tuple[Profile, list[str]]:
    """Read a TOML profile file. Raises ProfileError with a one-line reason."""
    p = os.fspath(path)
    try:
        with open(p, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise ProfileError(f"{p}: profile file not found") from None
    except IsADirectoryError:
        raise ProfileError(f"{p}: is a folder, not a profile file") from None
    except OSError as exc:
        raise ProfileError(f"{p}: cannot read profile ({exc.strerror})") from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{p}: profile is not UTF-8 text (bad byte at position {exc.start})") from None
    import tomllib

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{p}: not valid TOML: {exc}") from None
    return from_dict(data, str(p), source)
