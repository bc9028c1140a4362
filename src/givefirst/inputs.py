"""Reading user input for the faces: files or stdin, strictly UTF-8, with one-line errors."""

from __future__ import annotations

import sys

from .engine.errors import GivefirstError

MAX_BYTES = 5 * 1024 * 1024  # a message larger than 5 MB is not an outreach message


class InputError(GivefirstError):
    pass


def decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


def read_bytes(path: str) -> tuple[bytes, str]:
    """Read FILE or '-' (stdin); returns (bytes, display name)."""
    if path == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        name = str(path)
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a folder, not a file") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; that is not a message")
    return raw, name


def read_text(path: str) -> str:
    raw, name = read_bytes(path)
    return decode(raw, name)
