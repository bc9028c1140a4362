"""Readers for the files people have: LinkedIn's Connections.csv, vCard 3.0/4.0, any CSV with a column mapping, and
givefirst's own JSON backup. Each turns a file into Records; a bad file raises ImportFormatError naming the file and
line, before anything is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

from .service import ContactError, ContactInput, Record, _record_from_backup

LINKEDIN_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
FORMATS = ("auto", "linkedin", "vcard", "csv", "json")

# header names a generic CSV may use, lower-cased -> field
CSV_ALIASES = {
    "name": "name", "full name": "name", "naam": "name", "volledige naam": "name", "display name": "name",
    "first name": "first", "given name": "first", "voornaam": "first",
    "last name": "last", "family name": "last", "surname": "last", "achternaam": "last",
    "email": "emails", "e-mail": "emails", "email address": "emails", "e-mailadres": "emails", "mail": "emails",
    "e-mail 1 - value": "emails", "e-mail 2 - value": "emails",
    "phone": "phones", "telephone": "phones", "mobile": "phones", "telefoon": "phones", "mobiel": "phones",
    "phone 1 - value": "phones",
    "company": "company", "organization": "company", "organisation": "company", "bedrijf": "company",
    "organization 1 - name": "company",
    "position": "position", "title": "position", "job title": "position", "functie": "position",
    "organization 1 - title": "position",
    "linkedin": "linkedin_url", "linkedin url": "linkedin_url", "url": "linkedin_url",
    "notes": "notes", "note": "notes", "notities": "notes",
    "tags": "tags", "labels": "tags",
    "role": "role", "rol": "role",
}


class ImportFormatError(ContactError):
    pass


def decode(raw: bytes, name: str, encoding: str | None = None) -> str:
    if not raw.strip():
        raise ImportFormatError(f"{name}: the file is empty")
    if encoding:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportFormatError(f"{name}: cannot decode as {encoding} ({exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        hint = " (it looks like Windows-1252: pass --encoding cp1252)" if _looks_cp1252(raw) else ""
        raise ImportFormatError(f"{name}: line {line}: not UTF-8 text{hint}") from None


def _looks_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def detect(text: str) -> str:
    head = text.lstrip()[:4096]
    if head.startswith("{"):
        return "json"
    if head.upper().startswith("BEGIN:VCARD"):
        return "vcard"
    if _linkedin_header_line(text) is not None:
        return "linkedin"
    return "csv"


def _linkedin_header_line(text: str) -> int | None:
    for n, line in enumerate(text.splitlines()[:50]):
        cells = [c.strip().strip('"') for c in line.split(",")]
        if cells[:3] == LINKEDIN_HEADER[:3]:
            return n
    return None


def _date(value: str) -> dt.date | None:
    value = (value or "").strip()
    for fmt in ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _rows(text: str, name: str, start_line: int = 0) -> list[tuple[int, dict[str, str]]]:
    """CSV rows as dicts with their line numbers; a malformed or truncated row names its line."""
    lines = text.splitlines(keepends=True)[start_line:]
    reader = csv.DictReader(io.StringIO("".join(lines)), strict=True)
    out = []
    done = 0  # lines of the CSV read completely
    try:
        header = reader.fieldnames
        if not header:
            raise ImportFormatError(f"{name}: line {start_line + 1}: no header row")
        done = reader.line_num
        for row in reader:
            line = start_line + reader.line_num
            done = reader.line_num
            if None in row or any(v is None for v in row.values()):
                raise ImportFormatError(f"{name}: line {line}: expected {len(header)} columns, "
                                        f"found {len(row) - (1 if None in row else 0)} (truncated or broken row)")
            out.append((line, {k.strip(): (v or "").strip() for k, v in row.items()}))
    except csv.Error as exc:  # the row after the last complete one is broken (often a truncated file)
        raise ImportFormatError(f"{name}: line {start_line + done + 1}: {exc} (truncated or broken row)") from None
    return out


def read_linkedin(text: str, name: str) -> list[Record]:
    header_at = _linkedin_header_line(text)
    if header_at is None:
        raise ImportFormatError(f"{name}: not a LinkedIn Connections.csv (header {','.join(LINKEDIN_HEADER)})")
    records = []
    for line, row in _rows(text, name, header_at):
        full = " ".join(p for p in (row.get("First Name", ""), row.get("Last Name", "")) if p).strip()
        if not full:
            continue  # LinkedIn leaves rows empty for members who hid their name
        records.append(Record(ContactInput(
            name=full, emails=[row["Email Address"]] if row.get("Email Address") else [],
            company=row.get("Company") or None, position=row.get("Position") or None,
            linkedin_url=row.get("URL") or None, connected_on=_date(row.get("Connected On", "")),
            tags=["linkedin"]), where=f"{name}: line {line}"))
    return records


def read_csv(text: str, name: str, mapping: dict[str, str] | None = None) -> list[Record]:
    """A generic CSV. ``mapping`` maps column names to fields (name, first, last, emails, phones, company,
    position, linkedin_url, notes, tags, role); without it, common header names are recognised."""
    rows = _rows(text, name)
    if not rows:
        raise ImportFormatError(f"{name}: no rows under the header")
    columns = list(rows[0][1])
    fields: dict[str, str] = {}
    for col in columns:
        target = (mapping or {}).get(col) or (None if mapping else CSV_ALIASES.get(col.lower()))
        if target:
            fields[col] = target
    if not ({"name", "first", "last"} & set(fields.values())):
        raise ImportFormatError(f"{name}: line 1: no name column found (columns: {', '.join(columns)}); "
                                "map one with --map 'Column=name'")
    records = []
    for line, row in rows:
        got: dict[str, Any] = {"emails": [], "phones": [], "tags": []}
        first = last = ""
        for col, target in fields.items():
            value = row.get(col, "")
            if not value:
                continue
            if target in ("emails", "phones"):
                got[target] += [v.strip() for v in re.split(r"[;,]| ::: ", value) if v.strip()]
            elif target == "tags":
                got["tags"] += [v.strip() for v in re.split(r"[;,]", value) if v.strip()]
            elif target == "first":
                first = value
            elif target == "last":
                last = value
            else:
                got[target] = value
        full = got.pop("name", None) or " ".join(p for p in (first, last) if p)
        if not full:
            continue
        records.append(Record(ContactInput(name=full, **got), where=f"{name}: line {line}"))
    return records


def read_vcard(text: str, name: str) -> list[Record]:
    import vobject

    records = []
    try:
        for n, card in enumerate(vobject.readComponents(text, ignoreUnreadable=False), 1):
            c = card.contents
            full = c["fn"][0].value.strip() if "fn" in c and c["fn"][0].value.strip() else ""
            if not full and "n" in c:
                nv = c["n"][0].value
                full = " ".join(p for p in (getattr(nv, "given", ""), getattr(nv, "family", "")) if p).strip()
            if not full:
                raise ImportFormatError(f"{name}: card {n}: no name (FN or N)")
            org = c["org"][0].value if "org" in c else None
            org = (org[0] if isinstance(org, list) and org else org) or None
            urls = [u.value for u in c.get("url", []) if isinstance(u.value, str)]
            linkedin = next((u for u in urls if "linkedin.com" in u.lower()), None)
            records.append(Record(ContactInput(
                name=full,
                emails=[e.value.strip() for e in c.get("email", []) if isinstance(e.value, str) and e.value.strip()],
                phones=[t.value.strip() for t in c.get("tel", []) if isinstance(t.value, str) and t.value.strip()],
                company=org if isinstance(org, str) else None,
                position=c["title"][0].value if "title" in c else None,
                linkedin_url=linkedin,
                notes=c["note"][0].value if "note" in c else None,
            ), where=f"{name}: card {n}"))
    except ImportFormatError:
        raise
    except Exception as exc:  # vobject raises ParseError and friends with the line in the message
        line = getattr(exc, "lineNumber", None)
        where = f"line {line}: " if line else ""
        raise ImportFormatError(f"{name}: {where}not a valid vCard ({str(exc).splitlines()[0][:120]})") from None
    if not records:
        raise ImportFormatError(f"{name}: no vCards found")
    return records


def read(raw: bytes, name: str, fmt: str = "auto", encoding: str | None = None,
         mapping: dict[str, str] | None = None) -> tuple[str, Any]:
    """Parse a file into (format, records) -- or ('json', backup dict) for a givefirst backup."""
    text = decode(raw, name, encoding)
    fmt = detect(text) if fmt == "auto" else fmt
    if fmt == "json":
        try:
            return fmt, json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFormatError(f"{name}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if fmt == "linkedin":
        return fmt, read_linkedin(text, name)
    if fmt == "vcard":
        return fmt, read_vcard(text, name)
    if fmt == "csv":
        return fmt, read_csv(text, name, mapping)
    raise ImportFormatError(f"unknown import format {fmt!r}; use one of: {', '.join(FORMATS)}")


__all__ = ["read", "detect", "decode", "ImportFormatError", "FORMATS", "_record_from_backup"]
