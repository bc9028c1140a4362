"""Small domain exceptions. Faces turn them into one line and an exit code (2)."""

from __future__ import annotations


class GivefirstError(Exception):
    """Base class: a problem with the user's input that they can fix."""


class EmptyMessageError(GivefirstError):
    pass


class UnsupportedLanguageError(GivefirstError):
    def __init__(self, detected: str) -> None:
        self.detected = detected
        super().__init__(
            f"the message looks like {detected}; givefirst supports Dutch (nl) and English (en) for now "
            "(use --lang nl or --lang en to force one)"
        )


class ProfileError(GivefirstError):
    pass


class UsageError(GivefirstError):
    pass
