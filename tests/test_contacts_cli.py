"""The contact book as a user meets it: real subprocesses, JSON output, exit codes, concurrency, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT


def gf(db, *args, stdin=None, timeout=120):
    env = dict(os.environ, GIVEFIRST_DB=str(db))
    return subprocess.run([sys.executable, "-m", "givefirst.cli.main", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=ROOT, env=env)


def ok(p):
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout.decode()


@pytest.fixture
def db(db_url):
    return db_url


def test_a_new_user_logs_two_people_and_sees_the_right_follow_ups(db):
    ok(gf(db, "me", "--role", "freelance designer", "--audience", "1200"))
    ok(gf(db, "contacts", "add", "Anna de Vries", "--role", "bestselling author", "--inbound-per-day", "700"))
    ok(gf(db, "contacts", "add", "Sara Jansen", "--role", "designer", "--audience", "1500"))
    ok(gf(db, "contacts", "log", "vries", "met", "--date", "2026-11-26"))
    ok(gf(db, "contacts", "log", "sara", "met", "--date", "2026-11-26"))
    items = json.loads(ok(gf(db, "contacts", "due", "--today", "2026-11-27", "--format", "json")))
    by = {i["contact"]["name"]: i for i in items}
    assert set(by) == {"Anna de Vries", "Sara Jansen"}
    assert set(by["Anna de Vries"]) == {"contact", "action", "due", "overdue"}
    assert by["Sara Jansen"]["due"] == "2026-11-28" and by["Sara Jansen"]["overdue"] is False
    assert "coffee" in by["Sara Jansen"]["action"] and "No meeting request" in by["Anna de Vries"]["action"]
    text = ok(gf(db, "contacts", "due", "--today", "2026-11-27"))
    assert "Sara Jansen" in text


def test_list_and_show_json(db):
    ok(gf(db, "contacts", "add", "Sara Jansen", "--email", "sara@studio.nl", "--company", "Studio",
          "--linkedin", "https://www.linkedin.com/in/sarajansen/"))
    [row] = json.loads(ok(gf(db, "contacts", "list", "--format", "json")))
    assert {"id", "name", "emails", "company", "position", "linkedin_url", "tier"} <= set(row)
    shown = json.loads(ok(gf(db, "contacts", "show", "sara", "--format", "json")))
    assert shown["contact"]["emails"] == ["sara@studio.nl"] and shown["tier"] == "above"


def test_ambiguous_name_lists_candidates_and_exits_2(db):
    ok(gf(db, "contacts", "add", "Anna de Vries"))
    ok(gf(db, "contacts", "add", "Anna Bakker"))
    p = gf(db, "contacts", "show", "anna")
    err = p.stderr.decode()
    assert p.returncode == 2 and "Anna de Vries" in err and "Anna Bakker" in err and "Traceback" not in err


def test_bad_date_and_unknown_contact_exit_2(db):
    p = gf(db, "contacts", "log", "x", "met", "--date", "26-11-2026")
    assert p.returncode == 2 and "YYYY-MM-DD" in p.stderr.decode()
    p = gf(db, "contacts", "show", "nobody")
    assert p.returncode == 2 and "no contact" in p.stderr.decode()


def test_log_sent_with_file_stores_the_check_score(db, tmp_path):
    ok(gf(db, "contacts", "add", "Anna de Vries", "--role", "bestselling author", "--inbound-per-day", "700"))
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Anna, could we grab a coffee so I can pick your brain?", encoding="utf-8")
    out = ok(gf(db, "contacts", "log", "anna", "sent", "--file", str(draft), "--date", "2026-11-27"))
    assert "score" in out
    shown = json.loads(ok(gf(db, "contacts", "show", "anna", "--format", "json")))
    [sent] = shown["interactions"]
    assert sent["mistakes"] == ["rank", "ask-before-give", "value-proposition"] and sent["score"] < 40


def test_check_to_contact_uses_the_stored_profile(db, tmp_path):
    ok(gf(db, "contacts", "add", "Anna de Vries", "--role", "bestselling author", "--inbound-per-day", "700"))
    p = gf(db, "check", "-", "--to-contact", "vries", "--format", "json",
           stdin=b"Hi Anna, could we grab a coffee next week?")
    assert p.returncode == 1
    assert json.loads(p.stdout)["rank"]["tier"] == "far-above"


def test_delete_needs_confirmation_without_a_terminal(db):
    ok(gf(db, "contacts", "add", "Sara Jansen"))
    p = gf(db, "contacts", "delete", "sara")
    assert p.returncode == 2 and "--yes" in p.stderr.decode()
    out = ok(gf(db, "contacts", "delete", "sara", "--yes"))
    assert "backup" in out
    assert json.loads(ok(gf(db, "contacts", "list", "--format", "json"))) == []


def test_export_then_import_into_an_empty_database(db, tmp_path):
    ok(gf(db, "contacts", "add", "Sara Jansen", "--email", "sara@studio.nl", "--tag", "meetup"))
    ok(gf(db, "contacts", "log", "sara", "met", "--date", "2026-11-26", "--note", "meetup"))
    backup = tmp_path / "backup.json"
    ok(gf(db, "contacts", "export", "--format", "json", str(backup)))
    other = tmp_path / "other.sqlite3"
    assert json.loads(ok(gf(other, "contacts", "import", str(backup), "--format", "json"))) == {
        "added": 1, "updated": 0, "skipped": 0}
    assert json.loads(ok(gf(other, "contacts", "import", str(backup), "--format", "json")))["added"] == 0
    shown = json.loads(ok(gf(other, "contacts", "show", "sara", "--format", "json")))
    assert shown["interactions"][0]["summary"] == "meetup"


def test_import_of_a_broken_file_names_it_and_changes_nothing(db, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"schema": "givefirst.contacts-backup/1", "contacts": [', encoding="utf-8")
    p = gf(db, "contacts", "import", str(bad))
    assert p.returncode == 2 and "broken.json" in p.stderr.decode() and "line" in p.stderr.decode()


def test_db_status_and_upgrade(db):
    status = json.loads(ok(gf(db, "db", "upgrade", "--format", "json")))
    assert status["up_to_date"] and status["current"] == status["head"]


def _backup_with(n):
    return {"schema": "givefirst.contacts-backup/1", "me": None, "contacts": [
        {"name": f"Person {i}", "emails": [f"p{i}@example.com"], "company": "Acme",
         "interactions": [{"kind": "met", "date": "2026-11-26"}]} for i in range(n)]}


def _count(db):
    return len(json.loads(ok(gf(db, "contacts", "list", "--format", "json"))))


def test_two_processes_writing_at_once_lose_nothing(db, tmp_path):
    files = []
    for k in range(2):
        f = tmp_path / f"part{k}.json"
        data = _backup_with(0)
        data["contacts"] = [{"name": f"Writer{k} Person {i}", "emails": [f"w{k}p{i}@example.com"]} for i in range(150)]
        f.write_text(json.dumps(data), encoding="utf-8")
        files.append(f)
    env = dict(os.environ, GIVEFIRST_DB=str(db))
    procs = [subprocess.Popen([sys.executable, "-m", "givefirst.cli.main", "contacts", "import", str(f)], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err.decode()
    assert _count(db) == 300


def test_sigkill_during_an_import_leaves_all_or_nothing(db, tmp_path):
    ok(gf(db, "db", "upgrade"))
    big = tmp_path / "big.json"
    n = 20000
    big.write_text(json.dumps(_backup_with(n)), encoding="utf-8")
    env = dict(os.environ, GIVEFIRST_DB=str(db))
    p = subprocess.Popen([sys.executable, "-m", "givefirst.cli.main", "contacts", "import", str(big)], cwd=ROOT,
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)  # well into the import's single transaction
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    assert _count(db) in (0, n)
