"""The pure engine: text + profiles -> Report. No I/O, no printing, no database."""

from .check import check
from .errors import EmptyMessageError, GivefirstError, ProfileError, UnsupportedLanguageError, UsageError
from .model import Finding, Mistake, Profile, Rank, Report, Sentence

__all__ = [
    "check", "Report", "Finding", "Mistake", "Profile", "Rank", "Sentence",
    "GivefirstError", "EmptyMessageError", "UnsupportedLanguageError", "ProfileError", "UsageError",
]
