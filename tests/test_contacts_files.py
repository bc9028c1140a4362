"""Import and export of the files people have: LinkedIn, vCard, CSV; duplicates and merging; bad files."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from givefirst.contacts import exporters, importers
from givefirst.contacts import service as sv

DATA = ROOT / "tests" / "data"


def read(path, **kw):
    return importers.read(path.read_bytes(), path.name, **kw)


def test_linkedin_export_with_notes_preamble_accents_emoji_and_quoted_commas():
    fmt, records = read(DATA / "Connections.csv")
    assert fmt == "linkedin"
    names = [r.data.name for r in records]
    assert names == ["José Müller", "Sanne de Wit 🌷", "Zoë O'Brien"]  # the nameless row is skipped
    jose = records[0].data
    assert jose.company == "Acme, Inc." and jose.emails == [] and str(jose.connected_on) == "2024-11-12"
    assert records[1].data.position == "Chair, Board" and records[1].data.emails == ["sanne@example.nl"]


def test_vcard_3_and_4_with_several_emails_phones_and_a_photo():
    fmt, records = read(DATA / "contacts.vcf")
    assert fmt == "vcard"
    sanne, kees = (r.data for r in records)
    assert sanne.emails == ["sanne@example.nl", "sanne.private@example.nl"]
    assert sanne.phones == ["+31 6 12345678", "+31 20 1234567"] and sanne.company == "Stichting Open Data"
    assert kees.linkedin_url == "https://www.linkedin.com/in/keesvandam/" and kees.notes


def test_generic_csv_with_recognised_headers_and_with_a_mapping(tmp_path):
    f = tmp_path / "people.csv"
    f.write_text("Voornaam,Achternaam,E-mail,Bedrijf\nAnna,de Vries,anna@example.com,Uitgeverij\n", encoding="utf-8")
    [r] = read(f)[1]
    assert r.data.name == "Anna de Vries" and r.data.emails == ["anna@example.com"]
    g = tmp_path / "odd.csv"
    g.write_text("Who,Where,Mail\nKees,Acme,kees@acme.nl\n", encoding="utf-8")
    with pytest.raises(importers.ImportFormatError, match="no name column"):
        read(g)
    [r] = read(g, mapping={"Who": "name", "Where": "company", "Mail": "emails"})[1]
    assert (r.data.name, r.data.company, r.data.emails) == ("Kees", "Acme", ["kees@acme.nl"])


@pytest.mark.parametrize(("content", "needles"), [
    (b"", ["empty"]),
    (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,de Vries,u,,\"Acme", ["line 2"]),
    (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,de Vries\n", ["line 2", "columns"]),
    ("Name,Company\nJos\u00e9 M\u00fcller,Caf\u00e9\n".encode("cp1252"), ["line 2", "UTF-8", "cp1252"]),
    (b"BEGIN:VCARD\nVERSION:3.0\nFN:X\nEMAIL\nEND:VCARD\n", ["vCard"]),
    (b'{"schema": "givefirst.contacts-backup/1", "contacts": [', ["line 1", "JSON"]),
])
def test_bad_files_name_the_file_and_line(tmp_path, content, needles):
    f = tmp_path / "input.dat"
    f.write_bytes(content)
    with pytest.raises(sv.ContactError) as exc:
        read(f)
    assert "input.dat" in str(exc.value)
    for n in needles:
        assert n in str(exc.value)


def test_cp1252_imports_with_the_encoding_option(tmp_path):
    f = tmp_path / "people.csv"
    f.write_bytes("Name,Company\nJos\u00e9 M\u00fcller,Caf\u00e9\n".encode("cp1252"))
    [r] = read(f, encoding="cp1252")[1]
    assert r.data.name == "José Müller"


def test_import_is_idempotent_and_merges_across_formats(store):
    assert sv.import_records(store, read(DATA / "Connections.csv")[1]) == {"added": 3, "updated": 0, "skipped": 0}
    assert sv.import_records(store, read(DATA / "Connections.csv")[1]) == {"added": 0, "updated": 0, "skipped": 3}
    # the vCard's Sanne has the same e-mail: she gains a phone and a second e-mail; Kees is new
    assert sv.import_records(store, read(DATA / "contacts.vcf")[1]) == {"added": 1, "updated": 1, "skipped": 0}
    sanne = sv.show_contact(store, "sanne")["contact"]
    assert sanne["emails"] == ["sanne@example.nl", "sanne.private@example.nl"]
    assert sanne["position"] == "Chair, Board"  # not overwritten by the vCard's 'Chair'


def test_dupes_and_merge_keep_every_interaction(store):
    import datetime as dt

    sv.add_contact(store, sv.ContactInput(name="Sanne de Wit", emails=["sanne@example.nl"]))
    sv.add_contact(store, sv.ContactInput(name="S. de Wit", emails=["SANNE@example.nl"], phones=["+31 6 1"]))
    sv.add_contact(store, sv.ContactInput(name="Wit Sanne de", company="Other"))
    sv.log_interaction(store, "2", "met", dt.date(2026, 1, 1))
    sv.log_interaction(store, "1", "sent", dt.date(2026, 1, 2))
    reasons = {(p["a"]["id"], p["b"]["id"]): p["reason"] for p in sv.find_dupes(store)}
    assert reasons[(1, 2)] == "same e-mail" and reasons[(1, 3)] == "same name, other order"
    result = sv.merge_contacts(store, "1", "2")
    assert result["interactions_moved"] == 1
    shown = sv.show_contact(store, "1")
    assert [i["kind"] for i in shown["interactions"]] == ["met", "sent"]
    assert shown["contact"]["phones"] == ["+31 6 1"]
    with pytest.raises(sv.NotFound):
        sv.show_contact(store, "2")


def test_exports_csv_vcard_and_ics(store):
    import datetime as dt

    sv.import_records(store, read(DATA / "contacts.vcf")[1])
    data = sv.export_backup(store)
    csv_text = exporters.to_csv(data["contacts"])
    assert csv_text.splitlines()[0].startswith("id,name,emails")
    assert "sanne@example.nl; sanne.private@example.nl" in csv_text
    vcf = exporters.to_vcard(data["contacts"])
    again = importers.read_vcard(vcf, "roundtrip.vcf")
    assert [r.data.name for r in again] == ["Sanne de Wit", "Kees van Dam"]
    assert again[0].data.emails == ["sanne@example.nl", "sanne.private@example.nl"]
    sv.log_interaction(store, "kees", "met", dt.date(2026, 11, 26))
    ics = exporters.to_ics(sv.due(store, today=dt.date(2026, 11, 26)), dt.date(2026, 11, 26))
    assert "BEGIN:VEVENT" in ics and "Follow up: Kees van Dam" in ics and "DTSTART;VALUE=DATE:20261128" in ics


def test_cli_import_of_a_broken_file_leaves_the_database_untouched(tmp_path):
    import os
    import subprocess
    import sys

    db = tmp_path / "c.sqlite3"
    env = dict(os.environ, GIVEFIRST_DB=str(db))

    def gf(*args):
        return subprocess.run([sys.executable, "-m", "givefirst.cli.main", *args], capture_output=True, env=env,
                              cwd=ROOT, timeout=120)

    assert gf("contacts", "import", str(DATA / "Connections.csv")).returncode == 0
    broken = tmp_path / "broken.csv"
    broken.write_bytes((DATA / "Connections.csv").read_bytes() + b'Kees,van Dam,u,,"Acme')
    p = gf("contacts", "import", str(broken))
    assert p.returncode == 2 and "broken.csv" in p.stderr.decode() and "line" in p.stderr.decode()
    assert "Traceback" not in p.stderr.decode()
    listed = json.loads(gf("contacts", "list", "--format", "json").stdout)
    assert len(listed) == 3


# ---------------------------------------------------------------- any bytes: records or one clean error

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PREFIXES = [b"", b"BEGIN:VCARD\n", b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            b'{"schema": "givefirst.contacts-backup/1", "contacts": ', b"Name,Email\n", b"{", b"Notes:\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_file_gives_records_or_a_clean_error(prefix, body):
    try:
        fmt, parsed = importers.read(prefix + body, "fuzz.dat")
        if fmt == "json":
            records = sv.backup_records(parsed, "fuzz.dat")
            assert isinstance(records, list)
    except sv.ContactError as exc:
        assert str(exc).startswith("fuzz.dat")


@pytest.mark.parametrize("contact", [
    "just a string",
    {"name": 42},
    {"name": "X", "emails": "x@example.com"},
    {"name": "X", "audience": "many"},
    {"name": "X", "connected_on": "yesterday"},
    {"name": "X", "interactions": [{"kind": "met", "date": "2026-13-45"}]},
    {"name": "X", "interactions": [{"kind": "lunched", "date": "2026-01-01"}]},
    {"name": "X", "interactions": [{"kind": "met", "date": "2026-01-01", "score": "high"}]},
    {"name": "X", "interactions": [{"kind": "met", "date": "2026-01-01", "summary": ["a"]}]},
    {"name": "X", "interactions": "met yesterday"},
])
def test_a_hand_edited_backup_gets_a_clear_error_and_changes_nothing(store, contact):
    backup = {"schema": "givefirst.contacts-backup/1", "contacts": [{"name": "Fine"}, contact]}
    with pytest.raises(sv.ContactError, match="backup.json"):
        sv.import_backup(store, backup, source="backup.json")
    assert sv.list_contacts(store) == []
