"""The labelled corpus: TOML files of messages with gold tier, mistakes and sentence acts (docs/corpus.md).

Acts are marked inline: ``[[ask,their-work|Could we talk about your book?]]``. The loader strips the markup and
keeps the character span of each marked stretch in the clean text.
"""

from __future__ import annotations

import re
import tomllib
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .engine.errors import GivefirstError
from .engine.model import ACTS, MISTAKES, TIERS, Profile
from .profiles import from_dict

_MARK = re.compile(r"\[\[([a-z\-, ]+)\|(.*?)\]\]", re.DOTALL)
DEV_SHARE = 6  # of 10: crc32(id) % 10 < 6 -> dev, else test


class CorpusError(GivefirstError):
    pass


@dataclass
class Message:
    id: str
    lang: str
    text: str
    tier: str
    mistakes: frozenset[str]
    channel: str = "email"
    recipient: Profile | None = None
    sender: Profile | None = None
    spans: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    source: str = ""  # the file it was read from
    origin: str = ""  # real messages: where the message it was rewritten from was found
    genre: str = ""
    pair: str = ""  # a rewording: the id of the message it says the same as (the pair shares its split)

    @property
    def split(self) -> str:
        return split_of(self.pair or self.id)


def split_of(key: str) -> str:
    """dev or test, from a hash of the key: stable, and independent of file order."""
    return "dev" if zlib.crc32(key.encode()) % 10 < DEV_SHARE else "test"


def parse_markup(marked: str, where: str = "") -> tuple[str, list[tuple[int, int, frozenset[str]]]]:
    out: list[str] = []
    spans = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        acts = frozenset(a.strip() for a in m.group(1).split(",") if a.strip())
        bad = acts - set(ACTS)
        if bad:
            raise CorpusError(f"{where}: unknown act(s) {sorted(bad)}")
        body = m.group(2)
        spans.append((length, length + len(body), acts))
        out.append(body)
        length += len(body)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise CorpusError(f"{where}: unbalanced act markup")
    return text, spans


def load_file(path: Path) -> list[Message]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from None
    lang = data.get("lang") or path.parent.name
    named = data.get("profiles", {})
    out = []
    for i, m in enumerate(data.get("message", [])):
        where = f"{path} message {i + 1} ({m.get('id', '?')})"
        try:
            text, spans = parse_markup(m["text"].strip("\n"), where)
            tier = m.get("tier", "above")
            mistakes = frozenset(m.get("mistakes", []))
            if tier not in TIERS or not mistakes <= set(MISTAKES):
                raise CorpusError(f"{where}: bad tier or mistake id")
            out.append(Message(
                id=m["id"], lang=m.get("lang", lang), text=text, tier=tier, mistakes=mistakes,
                channel=m.get("channel", "email"),
                recipient=_profile(m, "to", named, where),
                sender=_profile(m, "from", named, where),
                spans=spans, source=str(path), origin=str(m.get("source", "")), genre=str(m.get("genre", "")),
                pair=str(m.get("pair", "")),
            ))
        except KeyError as exc:
            raise CorpusError(f"{where}: missing field {exc}") from None
    return out


def _profile(m: dict, key: str, named: dict, where: str) -> Profile | None:
    """A profile given inline, or by the name of an entry in the file's [profiles] table."""
    if key not in m:
        return None
    value = m[key]
    if isinstance(value, str):
        if value not in named:
            raise CorpusError(f"{where}: unknown profile name {value!r}")
        value = named[value]
    return from_dict(value, where)[0]


def load(root: str | Path) -> list[Message]:
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"{root}: corpus folder not found")
    files = sorted(root.glob("*/*.toml"))
    if not files:
        raise CorpusError(f"{root}: no corpus files (expected {root}/<lang>/*.toml)")
    messages = [m for f in files for m in load_file(f)]
    seen: set[str] = set()
    for m in messages:
        if m.id in seen:
            raise CorpusError(f"{m.source}: duplicate id {m.id}")
        seen.add(m.id)
    for m in messages:
        if m.pair and m.pair not in seen:
            raise CorpusError(f"{m.source}: {m.id} is a rewording of {m.pair}, which is not in the corpus")
    return messages
