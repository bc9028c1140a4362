"""Real sentences from the shared data sets, by stable keys (the labels live in ``real/sentences/*.tsv``).

givefirst's repository holds no text written by others: a labelled real sentence is stored as a key and its labels,
and the text is read back from ``../shared/data`` when the labels are used (training, ``givefirst eval``). The keys:

- ``sp-wiki:<Id>:<n>`` / ``sp-se:<community>/<Id>:<n>``: sentence n (from 0) of the Stanford Politeness request
  with that Id (Wikipedia, or a Stack Exchange community: Ids repeat across communities);
- ``sa:<folder>/<number>:<n>``: sentence n of the plain-text body of a SpamAssassin ham mail (quoted lines,
  signatures, list footers and forwarded history cut off).

The splitter here is deliberately simple and frozen: changing it would move the sentences the keys point at.
Only ``stanford-politeness`` and ``spamassassin`` are read here; ``raop`` and ``enron-intent`` stay evaluation only.
"""

from __future__ import annotations

import csv
import email
import email.policy
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from .engine.model import ACTS

SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9<])|\n\s*\n")
_WS = re.compile(r"\s+")
BENEFICIARIES = ("sender", "recipient", "third", "both", "-")
POLITENESS_FILES = {"sp-wiki": "wikipedia.annotated.csv", "sp-se": "stack-exchange.annotated.csv"}
HAM_FOLDERS = ("easy-ham-1", "easy-ham-2", "hard-ham-1")


class RealDataError(Exception):
    pass


def split_sentences(text: str) -> list[str]:
    """The frozen splitter: sentence ends before a capital, digit, quote or <url>; blank lines end a sentence too."""
    out = []
    for part in SPLIT.split(text):
        part = _WS.sub(" ", part or "").strip()
        if part:
            out.append(part)
    return out


def split_of(key: str) -> str:
    return "dev" if zlib.crc32(key.encode()) % 10 < 6 else "test"


def politeness(shared: str) -> Iterator[tuple[str, str]]:
    """(key, sentence) for every sentence of every Stanford Politeness request."""
    for prefix, name in POLITENESS_FILES.items():
        path = os.path.join(shared, "stanford-politeness", name)
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                where = row["Id"] if prefix == "sp-wiki" else f"{community_slug(row['Community'])}/{row['Id']}"
                for n, s in enumerate(split_sentences(row["Request"])):
                    yield f"{prefix}:{where}:{n}", s


def community_slug(name: str) -> str:
    """'092011 TeX - LaTeX' -> 'tex-latex'."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"^\d+\s+", "", name).lower()).strip("-")


_QUOTE_START = re.compile(
    r"^(?:-{2,}\s*Original Message|_{5,}|-- ?$|On .{5,80} wrote:|.{3,80} wrote:\s*$|>|-{5,}\s*Forwarded|"
    r"Begin forwarded|URL: |Date: |From: |To: |Sent: )", re.IGNORECASE)


def ham_body(raw: bytes) -> str:
    """The sender's own plain text of a mail: quoted lines, signature, list footer and forwarded history cut off."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    part = None
    for p in msg.walk():
        if p.get_content_type() == "text/plain":
            part = p
            break
    if part is None:
        return ""
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "latin-1"
    try:
        text = payload.decode(charset, errors="replace")
    except LookupError:
        text = payload.decode("latin-1", errors="replace")
    lines = []
    for line in text.splitlines():
        if _QUOTE_START.match(line.strip()) or line.startswith(">"):
            if line.strip().startswith(">") or not line.strip():
                continue
            break
        lines.append(line)
    return "\n".join(lines)


def ham(shared: str) -> Iterator[tuple[str, str]]:
    """(key, sentence) for every sentence of the own text of every SpamAssassin ham mail."""
    base = os.path.join(shared, "spamassassin")
    for folder in HAM_FOLDERS:
        for name in sorted(os.listdir(os.path.join(base, folder))):
            with open(os.path.join(base, folder, name), "rb") as fh:
                raw = fh.read()
            body = ham_body(raw.split(b"\n", 1)[1] if raw.startswith(b"From ") else raw)
            number = name.split(".", 1)[0]
            for n, s in enumerate(split_sentences(body)):
                yield f"sa:{folder}/{number}:{n}", s


@dataclass(frozen=True)
class Labelled:
    key: str
    text: str
    acts: frozenset[str]
    beneficiary: str

    @property
    def split(self) -> str:
        return split_of(self.key)


def read_labels(path: str) -> dict[str, tuple[frozenset[str], str]]:
    """key -> (acts, beneficiary) from a TSV of ``key<TAB>acts<TAB>beneficiary`` ('-' for no act); # comments."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise RealDataError(f"{path}: line {i}: expected key<TAB>acts<TAB>beneficiary")
            key, acts_col = cols[0].strip(), cols[1].strip()
            who = cols[2].strip() if len(cols) > 2 and cols[2].strip() else "-"
            acts = frozenset(a.strip() for a in acts_col.split(",") if a.strip() and a.strip() != "-")
            bad = acts - set(ACTS)
            if bad or who not in BENEFICIARIES:
                raise RealDataError(f"{path}: line {i}: unknown act or beneficiary {sorted(bad) or who!r}")
            if key in out:
                raise RealDataError(f"{path}: line {i}: duplicate key {key}")
            out[key] = (acts, who)
    return out


def load_labelled(label_dir: str, shared: str) -> list[Labelled]:
    """Every labelled real sentence with its text read back from the shared data."""
    labels: dict[str, tuple[frozenset[str], str]] = {}
    if not os.path.isdir(label_dir):
        raise RealDataError(f"{label_dir}: folder of sentence labels not found")
    for name in sorted(os.listdir(label_dir)):
        if name.endswith(".tsv"):
            for k, v in read_labels(os.path.join(label_dir, name)).items():
                if k in labels:
                    raise RealDataError(f"{name}: key {k} is labelled in two files")
                labels[k] = v
    wanted_sp = any(k.startswith("sp-") for k in labels)
    wanted_sa = any(k.startswith("sa:") for k in labels)
    texts: dict[str, str] = {}
    if not os.path.isdir(shared):
        raise RealDataError(f"{shared}: shared data folder not found")
    if wanted_sp:
        texts.update((k, s) for k, s in politeness(shared) if k in labels)
    if wanted_sa:
        texts.update((k, s) for k, s in ham(shared) if k in labels)
    missing = [k for k in labels if k not in texts]
    if missing:
        raise RealDataError(f"{len(missing)} labelled keys not found in the shared data (first: {missing[0]})")
    return [Labelled(k, texts[k], acts, who) for k, (acts, who) in labels.items()]
