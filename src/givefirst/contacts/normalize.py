"""Keys for matching people across imports: case- and accent-insensitive names, clean e-mails and LinkedIn URLs."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]")


def text_key(value: str | None) -> str:
    """'  José  Müller ' -> 'jose muller' (accents and case folded, punctuation and emoji dropped)."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _NOT_WORD.sub(" ", stripped.casefold())
    return _SPACE.sub(" ", stripped).strip()


def email_key(value: str | None) -> str:
    return (value or "").strip().lower()


def linkedin_key(value: str | None) -> str:
    """'https://www.linkedin.com/in/Jane-Doe/?trk=x' -> 'linkedin.com/in/jane-doe'."""
    if not value:
        return ""
    v = value.strip().lower()
    v = re.sub(r"^https?://", "", v)
    v = re.sub(r"^(?:www\.|[a-z]{2}\.)(?=linkedin\.com)", "", v)
    v = v.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return v
