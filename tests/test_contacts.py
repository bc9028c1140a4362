"""The contact book on SQLite and on a real PostgreSQL server (when configured; always in CI)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat

import pytest

from givefirst.contacts import policy
from givefirst.contacts import service as sv
from givefirst.contacts.db import Store

D = dt.date


def anna(**kw):
    return sv.ContactInput(name="Anna de Vries", role="bestselling author", inbound_per_day=700,
                           emails=["anna@example.com"], work=["The Busy Brain"], **kw)


def sara(**kw):
    return sv.ContactInput(name="Sara Jansen", role="freelance designer", audience=1500, company="Studio", **kw)


def setup_me(store):
    sv.set_me(store, role="freelance designer", audience=1200, language="en")


# ---------------------------------------------------------------- storage

def test_migrations_create_the_schema_and_status_is_current(store):
    assert {"contacts", "contact_emails", "contact_phones", "interactions", "me", "alembic_version"} <= set(
        store.tables())
    assert store.current() == store.head() == "0003"


def test_sqlite_file_is_private_wal_and_enforces_foreign_keys(tmp_path):
    path = tmp_path / "c.sqlite3"
    s = Store(str(path))
    sv.add_contact(s, anna())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    s.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO interactions (contact_id, kind, date) VALUES (999, 'met', '2026-01-01')")
    raw.close()


def test_default_location_is_the_user_data_folder(monkeypatch, tmp_path):
    from givefirst.contacts.db import resolve_url

    assert resolve_url(None).endswith("/givefirst/contacts.sqlite3")
    monkeypatch.setenv("GIVEFIRST_DB", str(tmp_path / "x.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h/db").startswith("postgresql+psycopg://")


def test_unreachable_database_is_a_clean_error():
    from givefirst.contacts.db import StoreError

    with pytest.raises(StoreError, match="cannot open"):
        Store("postgresql://nobody@127.0.0.1:1/none")


# ---------------------------------------------------------------- contacts

def test_add_find_by_id_and_unique_part_of_name(store):
    a = sv.add_contact(store, anna())
    sv.add_contact(store, sara())
    assert sv.show_contact(store, str(a["id"]))["contact"]["name"] == "Anna de Vries"
    assert sv.show_contact(store, "VRIES")["contact"]["id"] == a["id"]
    with pytest.raises(sv.NotFound):
        sv.show_contact(store, "nobody")


def test_ambiguous_name_lists_candidates(store):
    sv.add_contact(store, anna())
    sv.add_contact(store, sv.ContactInput(name="Anna Bakker", company="Acme"))
    with pytest.raises(sv.Ambiguous) as exc:
        sv.show_contact(store, "anna")
    assert {c["name"] for c in exc.value.candidates} == {"Anna de Vries", "Anna Bakker"}


def test_accent_insensitive_lookup(store):
    sv.add_contact(store, sv.ContactInput(name="José Müller"))
    assert sv.show_contact(store, "jose muller")["contact"]["name"] == "José Müller"


def test_tier_comes_from_the_rank_model_and_my_profile(store):
    setup_me(store)
    sv.add_contact(store, anna())
    sv.add_contact(store, sara())
    tiers = {c["name"]: c["tier"] for c in sv.list_contacts(store)}
    assert tiers == {"Anna de Vries": "far-above", "Sara Jansen": "peer"}


def test_ledger_warns_when_asks_outnumber_gives_above(store):
    setup_me(store)
    sv.add_contact(store, anna())
    sv.log_interaction(store, "anna", "asked", D(2026, 11, 1))
    sv.log_interaction(store, "anna", "asked", D(2026, 11, 5))
    sv.log_interaction(store, "anna", "gave", D(2026, 11, 3))
    shown = sv.show_contact(store, "anna")
    assert shown["ledger"] == {"gives": 1, "asks": 2}
    assert shown["warnings"] and "give before you ask" in shown["warnings"][0]


def test_edit_adds_and_removes_and_never_blanks(store):
    sv.add_contact(store, sara(tags=["design"]))
    sv.edit_contact(store, "sara", sv.ContactInput(emails=["sara@studio.nl"], tags=["meetup"]), remove_tags=["design"])
    c = sv.show_contact(store, "sara")["contact"]
    assert c["emails"] == ["sara@studio.nl"] and c["tags"] == ["meetup"] and c["company"] == "Studio"


def test_bad_values_are_refused(store):
    with pytest.raises(sv.ContactError):
        sv.add_contact(store, sv.ContactInput(name=" "))
    with pytest.raises(sv.ContactError):
        sv.add_contact(store, sv.ContactInput(name="X", emails=["not-an-address"]))
    with pytest.raises(sv.ContactError):
        sv.log_interaction(store, "x", "lunched")


# ---------------------------------------------------------------- follow-ups

def test_met_peer_and_far_above_get_the_right_advice_in_two_days(store):
    setup_me(store)
    sv.add_contact(store, anna())
    sv.add_contact(store, sara())
    sv.log_interaction(store, "anna", "met", D(2026, 11, 26))
    sv.log_interaction(store, "sara", "met", D(2026, 11, 26))
    items = {i["contact"]["name"]: i for i in sv.due(store, today=D(2026, 11, 27))}
    assert items["Sara Jansen"]["due"] == "2026-11-28" and not items["Sara Jansen"]["overdue"]
    assert "coffee" in items["Sara Jansen"]["action"]
    assert "No meeting request" in items["Anna de Vries"]["action"]
    later = {i["contact"]["name"]: i for i in sv.due(store, today=D(2026, 12, 1), within_days=0)}
    assert later["Anna de Vries"]["overdue"]


def test_met_then_followed_up_is_no_longer_due(store):
    sv.add_contact(store, sara())
    sv.log_interaction(store, "sara", "met", D(2026, 11, 26))
    sv.log_interaction(store, "sara", "sent", D(2026, 11, 27))
    sv.log_interaction(store, "sara", "replied", D(2026, 11, 28))
    assert sv.due(store, today=D(2026, 12, 10)) == []


def test_sent_above_one_follow_up_then_stop_chasing(store):
    setup_me(store)
    sv.add_contact(store, anna())
    sv.log_interaction(store, "anna", "sent", D(2026, 11, 1))
    [item] = sv.due(store, today=D(2026, 11, 8), within_days=0)
    assert item["due"] == "2026-11-08" and "adds something new" in item["action"]
    sv.log_interaction(store, "anna", "sent", D(2026, 11, 9))
    [item] = sv.due(store, today=D(2026, 11, 20), within_days=0)
    assert "stop chasing" in item["action"] and item["overdue"]
    sv.log_interaction(store, "anna", "replied", D(2026, 11, 21))
    assert sv.due(store, today=D(2026, 12, 20)) == []


def test_keep_in_touch_cadence(store):
    sv.add_contact(store, sara(keep_in_touch_days=90))
    sv.log_interaction(store, "sara", "note", D(2026, 1, 1))
    assert sv.due(store, today=D(2026, 3, 1)) == []
    [item] = sv.due(store, today=D(2026, 4, 2), within_days=0)
    assert item["due"] == "2026-04-01" and item["overdue"]


def test_due_advice_in_dutch(store):
    sv.set_me(store, role="freelance ontwerper", audience=1200, language="nl")
    sv.add_contact(store, sara())
    sv.log_interaction(store, "sara", "met", D(2026, 11, 26))
    [item] = sv.due(store, today=D(2026, 11, 28))
    assert "koffie" in item["action"]


@pytest.mark.parametrize(("tier", "history", "rules"), [
    ("peer", policy.History(last_met=D(2026, 1, 1)), ["met_peer"]),
    ("far-above", policy.History(last_met=D(2026, 1, 1)), ["met_above"]),
    ("below", policy.History(last_met=D(2026, 1, 1)), ["met_below"]),
    ("peer", policy.History(last_sent=D(2026, 1, 1), sent_since_inbound=1), ["sent_peer_nudge"]),
    ("peer", policy.History(last_sent=D(2026, 1, 1), sent_since_inbound=2), []),
    ("above", policy.History(last_sent=D(2026, 1, 1), sent_since_inbound=3), ["sent_above_stop"]),
    ("above", policy.History(last_sent=D(2026, 1, 1), last_inbound=D(2026, 1, 2), sent_since_inbound=0), []),
])
def test_policy_rules(tier, history, rules):
    assert [d.action for d in policy.due_items(tier, history, None, None)] == rules


# ---------------------------------------------------------------- backup, import, delete

def test_json_backup_restores_into_an_empty_database_with_nothing_lost(store, tmp_path):
    setup_me(store)
    sv.add_contact(store, anna(tags=["author"], keep_in_touch_days=60))
    sv.add_contact(store, sara())
    sv.log_interaction(store, "anna", "met", D(2026, 11, 26), note="book fair")
    sv.log_interaction(store, "anna", "sent", D(2026, 11, 27), message_text="Hi", score=20, mistakes=["rank"])
    backup = sv.export_backup(store)
    other = Store(str(tmp_path / "empty.sqlite3"))
    assert sv.import_backup(other, json.loads(json.dumps(backup))) == {"added": 2, "updated": 0, "skipped": 0}
    restored = sv.export_backup(other)

    def comparable(b):
        return [dict(c, id=None, interactions=[dict(i, id=None) for i in c["interactions"]]) for c in b["contacts"]]

    assert comparable(restored) == comparable(backup)
    assert restored["me"] == backup["me"]
    assert sv.import_backup(other, backup) == {"added": 0, "updated": 0, "skipped": 2}
    other.dispose()


def test_import_matches_and_enriches_without_blanking(store):
    sv.add_contact(store, sv.ContactInput(name="Sara Jansen", company="Studio", position="Designer"))
    rec = sv.Record(sv.ContactInput(name="SARA JANSEN", company="studio", emails=["sara@studio.nl"], position=""))
    assert sv.import_records(store, [rec]) == {"added": 0, "updated": 1, "skipped": 0}
    c = sv.show_contact(store, "sara")["contact"]
    assert c["emails"] == ["sara@studio.nl"] and c["position"] == "Designer"


def test_dry_run_changes_nothing(store):
    rec = sv.Record(sv.ContactInput(name="New Person"))
    assert sv.import_records(store, [rec], dry_run=True) == {"added": 1, "updated": 0, "skipped": 0}
    assert sv.list_contacts(store) == []


def test_a_bad_record_leaves_the_database_untouched(store):
    good = sv.Record(sv.ContactInput(name="Good"))
    bad = sv.Record(sv.ContactInput(name="Bad", emails=["nope"]), where="file.json: contact 2")
    with pytest.raises(sv.ContactError, match="file.json: contact 2"):
        sv.import_records(store, [good, bad])
    assert sv.list_contacts(store) == []


def test_delete_takes_a_backup_first(store):
    from givefirst.contacts.db import data_dir

    sv.add_contact(store, sara())
    path = sv.write_backup(store, "delete")
    sv.delete_contact(store, "sara")
    assert path.parent == data_dir() / "backups"
    assert json.loads(path.read_text())["contacts"][0]["name"] == "Sara Jansen"
    assert sv.list_contacts(store) == []


# ---------------------------------------------------------------- migrations

def test_upgrade_from_the_first_released_schema_keeps_and_backfills_data(db_url):
    from sqlalchemy import text

    s = Store(db_url, migrate=False)
    s.upgrade("0001")
    assert s.current() == "0001"
    with s.engine.begin() as conn:  # data as a 0.1 user had it
        conn.execute(text("INSERT INTO contacts (id, name, name_key, work, circles, tags) "
                          "VALUES (1, 'Sara Jansen', 'sara jansen', '[]', '[]', '[]')"))
        conn.execute(text("INSERT INTO interactions (contact_id, kind, date, mistakes) VALUES "
                          "(1, 'met', '2026-11-20', '[]'), (1, 'sent', '2026-11-21', '[]'), "
                          "(1, 'sent', '2026-11-25', '[]')"))
    s.upgrade()
    assert s.current() == s.head()
    with s.session() as sess:
        from givefirst.contacts.models import Contact

        c = sess.get(Contact, 1)
        assert (str(c.last_met), str(c.last_sent), c.sent_since_inbound) == ("2026-11-20", "2026-11-25", 2)
    [item] = sv.due(s, today=D(2026, 12, 3))
    assert item["contact"]["name"] == "Sara Jansen" and "stop chasing" in item["action"]
    s.dispose()


def test_downgrade_to_empty_and_upgrade_again(db_url):
    s = Store(db_url)
    sv.add_contact(s, sara())
    s.downgrade("base")
    assert s.current() is None and "contacts" not in s.tables()
    s.upgrade()
    assert s.current() == s.head() and sv.list_contacts(s) == []
    s.dispose()
