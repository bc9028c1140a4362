"""givefirst: network upward without the three classic mistakes.

    >>> from givefirst import check, Profile
    >>> report = check("Hi! Could we grab a coffee so I can pick your brain?", recipient=Profile(inbound_per_day=700))
    >>> report.mistake_ids
    ['rank', 'ask-before-give', 'value-proposition']
"""

from .engine import (
    EmptyMessageError,
    Finding,
    GivefirstError,
    Mistake,
    Profile,
    ProfileError,
    Rank,
    Report,
    Sentence,
    UnsupportedLanguageError,
    UsageError,
    check,
)

__version__ = "0.1.0"

__all__ = [
    "check", "Report", "Finding", "Mistake", "Profile", "Rank", "Sentence",
    "GivefirstError", "EmptyMessageError", "UnsupportedLanguageError", "ProfileError", "UsageError",
    "__version__",
]
