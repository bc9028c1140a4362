"""`givefirst contacts`, `givefirst me` and `givefirst db`: thin faces over givefirst.contacts.service."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any, NoReturn

from ..engine.errors import GivefirstError

KINDS = ("met", "sent", "received", "replied", "gave", "asked", "intro", "note")


def _fail(message: str) -> NoReturn:
    print(f"givefirst: {message}", file=sys.stderr)
    raise SystemExit(2)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {value}")
    return n


def _store(args: argparse.Namespace) -> Any:
    from ..contacts.db import Store

    return Store(args.db)


def _ui_lang(args: argparse.Namespace) -> str | None:
    if getattr(args, "ui_lang", None):
        return str(args.ui_lang)
    env = os.environ.get("LANG", "")
    return "nl" if env.startswith("nl") else None


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


def _run(fn: Any, args: argparse.Namespace) -> int:
    """Call a command body; turn domain errors into one clear line (ambiguity: the candidates) and exit 2."""
    from ..contacts.service import Ambiguous

    try:
        return int(fn(args) or 0)
    except Ambiguous as exc:
        print(f"givefirst: {exc}:", file=sys.stderr)
        for c in exc.candidates:
            company = f" ({c['company']})" if c.get("company") else ""
            print(f"  {c['id']:>5}  {c['name']}{company}", file=sys.stderr)
        return 2
    except GivefirstError as exc:
        _fail(str(exc))


def _contact_input(args: argparse.Namespace, name: str | None) -> Any:
    from ..contacts.service import ContactInput

    return ContactInput(
        name=name, emails=args.email or [], phones=args.phone or [], company=args.company,
        position=args.position, linkedin_url=args.linkedin, role=args.role, audience=args.audience,
        inbound_per_day=args.inbound_per_day, work=args.work or [], circles=args.circle or [], tags=args.tag or [],
        notes=args.notes, keep_in_touch_days=args.keep_in_touch,
    )


# ---------------------------------------------------------------- bodies

def _db(args: argparse.Namespace) -> int:
    from ..contacts.db import Store

    store = Store(args.db, migrate=False)
    if args.action == "upgrade":
        store.upgrade()
    current, head = store.current(), store.head()
    state = {"url": store.url.split("@")[-1], "current": current, "head": head, "up_to_date": current == head}
    if args.format == "json":
        _print_json(state)
    else:
        print(f"database: {state['url']}\nschema: {current or 'empty'} (latest {head})"
              f"{'' if current == head else ' - run: givefirst db upgrade'}")
    return 0


def _me(args: argparse.Namespace) -> int:
    from ..contacts import service

    store = _store(args)
    values = {"name": args.name, "role": args.role, "audience": args.audience,
              "inbound_per_day": args.inbound_per_day, "offers": args.offer, "circles": args.circle,
              "language": args.language}
    if any(v is not None for v in values.values()):
        me = service.set_me(store, **values)
    else:
        me = service.get_me(store)
    if args.format == "json":
        _print_json(me)
    elif me is None:
        print("No profile yet. Set one: givefirst me --role 'freelance designer' --audience 1200 "
              "--offer 'a newsletter with 3,000 readers'")
    else:
        for k, v in me.items():
            if v not in (None, [], ""):
                print(f"{k}: {', '.join(v) if isinstance(v, list) else v}")
    return 0


def _report_contact(args: argparse.Namespace, contact: dict[str, Any], verb: str) -> int:
    if args.format == "json":
        _print_json(contact)
    else:
        print(f"{verb} {contact['name']} (id {contact['id']})")
    return 0


def _add(args: argparse.Namespace) -> int:
    from ..contacts import service

    return _report_contact(args, service.add_contact(_store(args), _contact_input(args, args.name)), "added")


def _edit(args: argparse.Namespace) -> int:
    from ..contacts import service

    changed = service.edit_contact(_store(args), args.ref, _contact_input(args, args.name),
                                   remove_tags=args.remove_tag or ())
    return _report_contact(args, changed, "updated")


def _show(args: argparse.Namespace) -> int:
    from ..contacts import service

    data = service.show_contact(_store(args), args.ref, _ui_lang(args))
    if args.format == "json":
        _print_json(data)
        return 0
    from rich.table import Table

    c = data["contact"]
    con = _console()
    con.print(f"[bold]{c['name']}[/bold]  (id {c['id']})  tier: [bold]{data['tier']}[/bold]")
    con.print(data["tier_reason"], style="dim")
    for key in ("company", "position", "role", "linkedin_url", "audience", "inbound_per_day", "notes",
                "keep_in_touch_days"):
        if c.get(key) not in (None, ""):
            con.print(f"{key}: {c[key]}")
    for key in ("emails", "phones", "work", "circles", "tags"):
        if c.get(key):
            con.print(f"{key}: {', '.join(c[key])}")
    con.print(f"ledger: {data['ledger']['gives']} given, {data['ledger']['asks']} asked")
    for w in data["warnings"]:
        con.print(f"warning: {w}", style="yellow")
    if data["interactions"]:
        t = Table("date", "kind", "channel", "summary", "score")
        for i in data["interactions"]:
            t.add_row(i["date"], i["kind"], i["channel"] or "", (i["summary"] or "")[:60],
                      "" if i["score"] is None else str(i["score"]))
        con.print(t)
    return 0


def _list(args: argparse.Namespace, query: str | None = None) -> int:
    from ..contacts import service

    rows = service.list_contacts(_store(args), tag=getattr(args, "tag", None), query=query, lang=_ui_lang(args))
    if args.format == "json":
        _print_json(rows)
        return 0
    from rich.table import Table

    t = Table("id", "name", "company", "position", "tier", "emails", "tags")
    for r in rows:
        t.add_row(str(r["id"]), r["name"], r["company"] or "", r["position"] or "", r["tier"],
                  ", ".join(r["emails"]), ", ".join(r["tags"]))
    con = _console()
    con.print(t)
    con.print(f"{len(rows)} contact{'s' if len(rows) != 1 else ''}", style="dim")
    return 0


def _search(args: argparse.Namespace) -> int:
    return _list(args, query=args.query)


def _log(args: argparse.Namespace) -> int:
    from ..contacts import service

    store = _store(args)
    text = score = mistakes = None
    if args.file:
        from ..engine import check
        from ..inputs import read_text

        text = read_text(args.file)
        if args.kind == "sent":
            me = service.get_me(store)
            sender = None
            if me:
                from ..profiles import from_dict

                sender = from_dict({k: v for k, v in me.items() if k in ("name", "role", "audience",
                                    "inbound_per_day", "offers", "circles") and v is not None})[0]
            report = check(text, recipient=service.recipient_profile(store, args.ref), sender=sender,
                           channel=args.channel or "email")
            score, mistakes = report.score, report.mistake_ids
    result = service.log_interaction(store, args.ref, args.kind, args.date, args.note, args.channel, text, score,
                                     mistakes)
    if args.format == "json":
        _print_json(result)
    else:
        line = f"logged {args.kind} with {result['contact']['name']} on {result['interaction']['date']}"
        if score is not None:
            line += f" (givefirst score {score}; mistakes: {', '.join(mistakes or []) or 'none'})"
        print(line)
    return 0


def _due(args: argparse.Namespace) -> int:
    from ..contacts import service

    items = service.due(_store(args), args.today, args.within, _ui_lang(args))
    if args.format == "json":
        _print_json([{k: v for k, v in i.items() if k != "rule"} for i in items])
        return 0
    if not items:
        print("Nothing due. Log who you met: givefirst contacts log NAME met")
        return 0
    from rich.table import Table

    t = Table("due", "who", "tier", "next step")
    for i in items:
        style = "red" if i["overdue"] else None
        t.add_row(i["due"] + (" (overdue)" if i["overdue"] else ""), i["contact"]["name"], i["contact"]["tier"],
                  i["action"], style=style)
    _console().print(t)
    return 0


def _delete(args: argparse.Namespace) -> int:
    from ..contacts import service

    store = _store(args)
    shown = service.show_contact(store, args.ref)["contact"]
    if not args.yes:
        if not sys.stdin.isatty():
            _fail(f"deleting {shown['name']} needs confirmation: add --yes")
        answer = input(f"Delete {shown['name']} (id {shown['id']}) and all their interactions? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("nothing deleted")
            return 0
    backup = service.write_backup(store, "delete")
    gone = service.delete_contact(store, str(shown["id"]))
    print(f"deleted {gone['name']} (backup: {backup})")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..contacts import exporters, service

    store = _store(args)
    if args.format == "ics":
        today = args.today or dt.date.today()
        items = service.due(store, today, args.within, _ui_lang(args))
        out, what = exporters.to_ics(items, today), f"{len(items)} follow-ups"
    else:
        data = service.export_backup(store)
        what = f"{len(data['contacts'])} contacts"
        if args.format == "json":
            out = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        elif args.format == "csv":
            out = exporters.to_csv(data["contacts"])
        else:
            out = exporters.to_vcard(data["contacts"])
    if args.file in (None, "-"):
        sys.stdout.write(out)
    else:
        try:
            with open(args.file, "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
        except OSError as exc:
            _fail(f"{args.file}: cannot write ({exc.strerror})")
        print(f"exported {what} to {args.file}", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..contacts import importers, service
    from ..inputs import read_bytes

    raw, name = read_bytes(args.file)
    mapping = {}
    for item in args.map or []:
        col, sep, field = item.partition("=")
        if not sep or not col.strip() or not field.strip():
            _fail(f"--map takes 'Column=field', got {item!r}")
        mapping[col.strip()] = field.strip()
    fmt, parsed = importers.read(raw, name, args.type, args.encoding, mapping or None)
    store = _store(args)
    if fmt == "json":
        summary = service.import_backup(store, parsed, dry_run=args.dry_run, source=name)
    else:
        summary = service.import_records(store, parsed, dry_run=args.dry_run)
    if args.format == "json":
        _print_json(summary)
    else:
        prefix = "would import" if args.dry_run else "imported"
        print(f"{prefix}: {summary['added']} added, {summary['updated']} updated, {summary['skipped']} skipped")
    return 0


def _dupes(args: argparse.Namespace) -> int:
    from ..contacts import service

    pairs = service.find_dupes(_store(args))
    if args.format == "json":
        _print_json(pairs)
        return 0
    if not pairs:
        print("No likely duplicates.")
        return 0
    for p in pairs:
        a, b = p["a"], p["b"]
        print(f"{a['id']:>5} {a['name']}  ~  {b['id']:>5} {b['name']}   ({p['reason']})")
    print(f"\nMerge a pair, keeping the first: givefirst contacts merge {pairs[0]['a']['id']} {pairs[0]['b']['id']}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from ..contacts import service

    store = _store(args)
    backup = service.write_backup(store, "merge")
    result = service.merge_contacts(store, args.keep, args.other)
    if args.format == "json":
        _print_json(dict(result, backup=str(backup)))
    else:
        print(f"merged {result['removed']['name']} into {result['kept']['name']} (id {result['kept']['id']}), "
              f"{result['interactions_moved']} interactions moved (backup: {backup})")
    return 0


# ---------------------------------------------------------------- parsers

def _common(p: argparse.ArgumentParser, fmt: bool = True) -> None:
    p.add_argument("--db", metavar="URL", help="SQLite path or postgresql:// URL (default: $GIVEFIRST_DB, then "
                                               "the user data folder)")
    if fmt:
        p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


def _contact_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--email", action="append", metavar="ADDRESS", help="an e-mail address (repeatable)")
    p.add_argument("--phone", action="append", help="a phone number (repeatable)")
    p.add_argument("--company")
    p.add_argument("--position")
    p.add_argument("--linkedin", metavar="URL", help="LinkedIn profile URL")
    p.add_argument("--role", help="free text used for the rank, e.g. 'bestselling author'")
    p.add_argument("--audience", type=_count, help="followers / readers / subscribers")
    p.add_argument("--inbound-per-day", type=_count, help="e-mails or requests they get a day")
    p.add_argument("--work", action="append", metavar="TITLE", help="what they are known for (repeatable)")
    p.add_argument("--circle", action="append", help="a shared medium or board (repeatable)")
    p.add_argument("--tag", action="append", help="a tag (repeatable)")
    p.add_argument("--notes")
    p.add_argument("--keep-in-touch", type=_count, metavar="DAYS", help="remind me every DAYS days")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("db", help="create or upgrade the contact book's database",
                       description="Show the contact book's schema version, or upgrade it (migrations also run "
                                   "automatically on first use).")
    p.add_argument("action", choices=("upgrade", "status"))
    _common(p)
    p.set_defaults(func=lambda a: _run(_db, a))

    p = sub.add_parser("me", help="show or set your own profile",
                       description="Show or set your own profile, used for the rank of every contact.")
    p.add_argument("--name")
    p.add_argument("--role")
    p.add_argument("--audience", type=_count)
    p.add_argument("--inbound-per-day", type=_count)
    p.add_argument("--offer", action="append", help="something you can give (repeatable)")
    p.add_argument("--circle", action="append", help="a medium or board you belong to (repeatable)")
    p.add_argument("--language", choices=("en", "nl"), help="language of the advice")
    _common(p)
    p.set_defaults(func=lambda a: _run(_me, a))

    c = sub.add_parser("contacts", help="remember people, what you gave and asked, and when to follow up",
                       description="The contact book: people, interactions, gives and asks, and follow-ups.")
    csub = c.add_subparsers(dest="contacts_command", metavar="COMMAND", parser_class=type(c))
    c.set_defaults(func=lambda a: (c.print_help(), 2)[1])

    p = csub.add_parser("add", help="add a contact", description="Add a contact.")
    p.add_argument("name")
    _contact_fields(p)
    _common(p)
    p.set_defaults(func=lambda a: _run(_add, a))

    p = csub.add_parser("edit", help="change a contact", description="Change a contact's fields.")
    p.add_argument("ref", metavar="NAME|ID")
    p.add_argument("--name", help="new name")
    p.add_argument("--remove-tag", action="append", help="remove a tag (repeatable)")
    _contact_fields(p)
    _common(p)
    p.set_defaults(func=lambda a: _run(_edit, a))

    p = csub.add_parser("show", help="show a contact with tier, ledger and history",
                        description="Show a contact with tier, ledger and interactions.")
    p.add_argument("ref", metavar="NAME|ID")
    p.add_argument("--ui-lang", choices=("en", "nl"))
    _common(p)
    p.set_defaults(func=lambda a: _run(_show, a))

    p = csub.add_parser("list", help="list contacts with their tier", description="List contacts with their tier.")
    p.add_argument("--tag")
    p.add_argument("--ui-lang", choices=("en", "nl"))
    _common(p)
    p.set_defaults(func=lambda a: _run(_list, a))

    p = csub.add_parser("search", help="find contacts by name, company, e-mail, position or notes",
                        description="Find contacts by name, company, e-mail, position or notes.")
    p.add_argument("query")
    p.add_argument("--ui-lang", choices=("en", "nl"))
    _common(p)
    p.set_defaults(func=lambda a: _run(_search, a))

    p = csub.add_parser("log", help="log an interaction (met, sent, replied, gave, asked ...)",
                        description="Log an interaction. With --file and kind 'sent' the message is checked "
                                    "with the contact as recipient and the score is stored.")
    p.add_argument("ref", metavar="NAME|ID")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--date", type=_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--note", help="a short summary")
    p.add_argument("--channel", help="email, linkedin, dm, phone, in person ...")
    p.add_argument("--file", metavar="DRAFT", help="the message you sent ('-' for stdin)")
    _common(p)
    p.set_defaults(func=lambda a: _run(_log, a))

    p = csub.add_parser("due", help="what to follow up now, with the right next step for the tier",
                        description="Follow-ups that are due or overdue, and those due within --within days.")
    p.add_argument("--today", type=_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--within", type=_count, default=2, metavar="DAYS",
                   help="also list what falls due within DAYS days (default: 2)")
    p.add_argument("--ui-lang", choices=("en", "nl"))
    _common(p)
    p.set_defaults(func=lambda a: _run(_due, a))

    p = csub.add_parser("delete", help="delete a contact (after a backup)",
                        description="Delete a contact and its interactions; a JSON backup is written first.")
    p.add_argument("ref", metavar="NAME|ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _common(p, fmt=False)
    p.set_defaults(func=lambda a: _run(_delete, a))

    p = csub.add_parser("dupes", help="list contacts that are probably the same person",
                        description="List likely duplicates: same e-mail, same LinkedIn profile or same name.")
    _common(p)
    p.set_defaults(func=lambda a: _run(_dupes, a))

    p = csub.add_parser("merge", help="merge two contacts, keeping every interaction",
                        description="Merge OTHER into KEEP: KEEP gains what OTHER adds and every interaction; "
                                    "OTHER is removed. A backup is written first.")
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")
    _common(p)
    p.set_defaults(func=lambda a: _run(_merge, a))

    p = csub.add_parser("export", help="export contacts: JSON backup, CSV, vCard, or an .ics of follow-ups",
                        description="Export the whole contact book (me, contacts, interactions) as a JSON backup.")
    p.add_argument("file", nargs="?", help="output file (default: stdout)")
    p.add_argument("--format", choices=("json", "csv", "vcard", "ics"), default="json",
                   help="json: a full backup that import restores (default); csv; vcard; ics: due follow-ups")
    p.add_argument("--today", type=_date, help="with --format ics: YYYY-MM-DD (default: today)")
    p.add_argument("--within", type=_count, default=30, metavar="DAYS",
                   help="with --format ics: follow-ups due within DAYS days (default: 30)")
    p.add_argument("--ui-lang", choices=("en", "nl"))
    _common(p, fmt=False)
    p.set_defaults(func=lambda a: _run(_export, a))

    p = csub.add_parser("import", help="import contacts: LinkedIn Connections.csv, vCard, CSV or a JSON backup",
                        description="Import contacts. Matching people (same e-mail, LinkedIn URL, or name and "
                                    "company) are updated, never overwritten with blanks; the same file twice adds "
                                    "nobody.")
    p.add_argument("file", help="the file to import ('-' for stdin)")
    p.add_argument("--type", choices=("auto", "linkedin", "vcard", "csv", "json"), default="auto",
                   help="the file's format (default: auto-detect)")
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                   help="for a CSV: which column holds which field (name, first, last, emails, phones, company, "
                        "position, linkedin_url, notes, tags, role); repeatable")
    p.add_argument("--encoding", help="the file's encoding if it is not UTF-8 (e.g. cp1252)")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    _common(p)
    p.set_defaults(func=lambda a: _run(_import, a))
