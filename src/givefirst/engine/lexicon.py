"""Per-language data packs: cue lexicons, abbreviations, advice texts and examples.

All words and phrases live in ``givefirst/lang/<code>/*.toml``; this module only loads and compiles them.
Adding a Dutch cue never touches Python (STYLE.md, example 2 and 3).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("en", "nl")

_MACRO = re.compile(r"\{\{(\w+)\}\}")

# Characters that look different but mean the same to a cue. Each maps one character to one character,
# so offsets in the folded text equal offsets in the input.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                       "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


def fold(text: str) -> str:
    """Same-length normalisation used before matching (curly quotes, dashes, non-breaking spaces)."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class CueGroup:
    id: str
    act: str
    kind: str
    cost: int | None
    peer_rule: bool
    frame: bool
    veto: bool
    regex: re.Pattern[str]


@dataclass
class LangPack:
    code: str
    name: str
    groups: list[CueGroup]
    abbreviations: frozenset[str]
    function_words: frozenset[str]
    roles: list[tuple[re.Pattern[str], int]]
    durations: list[tuple[re.Pattern[str], float]]
    advice: dict[str, Any]
    by_id: dict[str, CueGroup] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {g.id: g for g in self.groups}

    def text(self, *path: str, **values: Any) -> str:
        """Look up an advice text by path and fill in its {placeholders}."""
        node: Any = self.advice
        for part in path:
            node = node[part]
        if not isinstance(node, str):
            raise KeyError(".".join(path))
        return node.format(**values) if values else node

    def texts(self, *path: str) -> list[str]:
        node: Any = self.advice
        for part in path:
            node = node[part]
        return list(node)


def _read(code: str, name: str) -> dict[str, Any]:
    ref = resources.files("givefirst.lang").joinpath(code, name)
    return tomllib.loads(ref.read_text(encoding="utf-8"))


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in macros:
            raise ValueError(f"{where}: unknown macro {{{{{key}}}}}")
        return macros[key]

    # macros may use other macros; three rounds are plenty
    for _ in range(3):
        pattern = _MACRO.sub(sub, pattern)
    return pattern


def _compile(patterns: list[str], macros: dict[str, str], where: str) -> re.Pattern[str]:
    parts = [_expand(p, macros, where) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
    except re.error as exc:  # a data error: name the group so it is easy to fix
        raise ValueError(f"{where}: bad pattern: {exc}") from exc


@cache
def load(code: str) -> LangPack:
    """Load and compile one language pack (cached for the process)."""
    if code not in SUPPORTED:
        raise KeyError(code)
    cues = _read(code, "cues.toml")
    advice = _read(code, "advice.toml")
    macros: dict[str, str] = dict(cues.get("macros", {}))
    groups = []
    for g in cues["cue"]:
        where = f"lang/{code}/cues.toml [{g['id']}]"
        groups.append(
            CueGroup(
                id=g["id"],
                act=g["act"],
                kind=g.get("kind", g["act"]),
                cost=g.get("cost"),
                peer_rule=bool(g.get("peer_rule", False)),
                frame=bool(g.get("frame", False)),
                veto=bool(g.get("veto", False)),
                regex=_compile(g["patterns"], macros, where),
            )
        )
    roles = [
        (_compile(r["patterns"], macros, f"lang/{code}/cues.toml [roles]"), int(r["level"]))
        for r in cues.get("roles", [])
    ]
    durations = [
        (_compile([d["pattern"]], macros, f"lang/{code}/cues.toml [durations]"), float(d["minutes"]))
        for d in cues.get("durations", [])
    ]
    return LangPack(
        code=code,
        name=cues["name"],
        groups=groups,
        abbreviations=frozenset(a.lower() for a in cues.get("abbreviations", [])),
        function_words=frozenset(w.lower() for w in cues.get("function_words", [])),
        roles=roles,
        durations=durations,
        advice=advice,
    )


@cache
def examples(code: str) -> dict[str, Any]:
    """Must-flag / must-pass examples per rule (used by tests and docs, not at run time)."""
    return _read(code, "examples.toml")


@cache
def rules() -> dict[str, dict[str, Any]]:
    """Language-neutral rule metadata: mistake, severity, points, source."""
    ref = resources.files("givefirst.data").joinpath("rules.toml")
    data = tomllib.loads(ref.read_text(encoding="utf-8"))
    return {r["id"]: r for r in data["rule"]}
