"""Contact-book use cases. Each public function validates its input and runs as one transaction.

The faces (CLI, later the web page) call these; nothing here prints.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ..engine import rank
from ..engine.errors import GivefirstError
from ..engine.lexicon import SUPPORTED, load
from ..engine.model import Profile
from . import policy
from .db import Store, data_dir
from .models import INTERACTION_KINDS, Contact, ContactEmail, ContactPhone, Interaction, Me
from .normalize import email_key, linkedin_key, text_key

BACKUP_SCHEMA = "givefirst.contacts-backup/1"
LIST_FIELDS = ("work", "circles", "tags")


class ContactError(GivefirstError):
    pass


class NotFound(ContactError):
    pass


class Ambiguous(ContactError):
    def __init__(self, ref: str, candidates: list[dict[str, Any]]) -> None:
        self.candidates = candidates
        super().__init__(f"'{ref}' matches {len(candidates)} contacts; use the id or a longer part of the name")


@dataclass
class ContactInput:
    """Fields for a new or edited contact. ``None`` means 'leave as it is'."""

    name: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str | None = None
    position: str | None = None
    linkedin_url: str | None = None
    role: str | None = None
    audience: int | None = None
    inbound_per_day: int | None = None
    work: list[str] = field(default_factory=list)
    circles: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    keep_in_touch_days: int | None = None
    connected_on: dt.date | None = None


# ---------------------------------------------------------------- helpers

def _ui(lang: str | None) -> Any:
    return load(lang if lang in SUPPORTED else "en")


def _profile_of(c: Contact) -> Profile:
    return Profile(name=c.name, role=c.role or c.position, audience=c.audience, inbound_per_day=c.inbound_per_day,
                   work=tuple(c.work or ()), circles=tuple(c.circles or ()))


def _me_profile(me: Me | None) -> Profile | None:
    if me is None:
        return None
    return Profile(name=me.name, role=me.role, audience=me.audience, inbound_per_day=me.inbound_per_day,
                   offers=tuple(me.offers or ()), circles=tuple(me.circles or ()))


class _Tiers:
    """Each contact's rank relative to me, computed once per distinct profile (many people share a role and size)."""

    def __init__(self, me: Me | None, ui: Any) -> None:
        self.sender, self.ui = _me_profile(me), ui
        self.memo: dict[tuple[Any, ...], rank.Rank] = {}

    def of(self, role: str | None, audience: int | None, inbound: int | None,
           circles: tuple[str, ...] = ()) -> rank.Rank:
        key = (role, audience, inbound, circles)
        if key not in self.memo:
            self.memo[key] = rank.compute(self.sender, Profile(role=role, audience=audience, inbound_per_day=inbound,
                                                               circles=circles), self.ui)
        return self.memo[key]

    def of_contact(self, c: Contact) -> rank.Rank:
        return self.of(c.role or c.position, c.audience, c.inbound_per_day, tuple(c.circles or ()))


def _apply(c: Contact, data: ContactInput, *, overwrite: bool) -> bool:
    """Copy fields onto a contact. Without overwrite only blanks are filled and lists only grow.
    Returns whether anything changed."""
    changed = False
    for name in ("name", "company", "position", "linkedin_url", "role", "audience", "inbound_per_day", "notes",
                 "keep_in_touch_days", "connected_on"):
        value = getattr(data, name)
        if value is None or value == "":
            continue
        if overwrite or getattr(c, name) in (None, ""):
            if getattr(c, name) != value:
                setattr(c, name, value)
                changed = True
    for name in LIST_FIELDS:
        current = list(getattr(c, name) or [])
        extra = [v for v in getattr(data, name) if v and v not in current]
        if extra:
            setattr(c, name, current + extra)
            changed = True
    have = {e.email_key for e in c.emails}
    for e in data.emails:
        if e and email_key(e) not in have:
            c.emails.append(ContactEmail(email=e.strip(), email_key=email_key(e)))
            have.add(email_key(e))
            changed = True
    phones = {p.phone for p in c.phones}
    for p in data.phones:
        if p and p.strip() not in phones:
            c.phones.append(ContactPhone(phone=p.strip()))
            phones.add(p.strip())
            changed = True
    c.name_key = text_key(c.name)
    c.company_key = text_key(c.company) or None
    c.linkedin_key = linkedin_key(c.linkedin_url) or None
    return changed


def _validate(data: ContactInput, new: bool) -> None:
    if new and not (data.name or "").strip():
        raise ContactError("a contact needs a name")
    for name in ("audience", "inbound_per_day", "keep_in_touch_days"):
        v = getattr(data, name)
        if v is not None and v < 0:
            raise ContactError(f"{name.replace('_', ' ')} cannot be negative")
    for e in data.emails:
        if e and "@" not in e:
            raise ContactError(f"not an e-mail address: {e!r}")


def find(s: Session, ref: str) -> Contact:
    """A contact by id or by a unique, case- and accent-insensitive part of its name."""
    ref = ref.strip()
    if not ref:
        raise NotFound("give a contact's id or (part of) its name")
    if ref.isdigit():
        c = s.get(Contact, int(ref))
        if c is None:
            raise NotFound(f"no contact with id {ref}")
        return c
    key = text_key(ref)
    exact = s.scalars(select(Contact).where(Contact.name_key == key)).all()
    if len(exact) == 1:
        return exact[0]
    matches = exact or s.scalars(select(Contact).where(Contact.name_key.contains(key)).order_by(Contact.id)).all()
    if not matches:
        raise NotFound(f"no contact matches '{ref}'")
    if len(matches) > 1:
        raise Ambiguous(ref, [{"id": c.id, "name": c.name, "company": c.company} for c in matches[:20]])
    return matches[0]


# ---------------------------------------------------------------- me

def get_me(store: Store) -> dict[str, Any] | None:
    def run(s: Session) -> dict[str, Any] | None:
        me = s.get(Me, 1)
        if me is None:
            return None
        return {"name": me.name, "role": me.role, "audience": me.audience, "inbound_per_day": me.inbound_per_day,
                "offers": list(me.offers or []), "circles": list(me.circles or []), "language": me.language}
    return store.run(run)


def set_me(store: Store, **values: Any) -> dict[str, Any]:
    for k in ("audience", "inbound_per_day"):
        if values.get(k) is not None and values[k] < 0:
            raise ContactError(f"{k.replace('_', ' ')} cannot be negative")
    if values.get("language") not in (None, *SUPPORTED):
        raise ContactError("language must be en or nl")

    def run(s: Session) -> None:
        me = s.get(Me, 1) or Me(id=1, offers=[], circles=[])
        for k, v in values.items():
            if v is None:
                continue
            if k in ("offers", "circles"):
                v = [x for x in v if x]
            setattr(me, k, v)
        s.add(me)
    store.run(run)
    return get_me(store) or {}


# ---------------------------------------------------------------- contacts

def add_contact(store: Store, data: ContactInput) -> dict[str, Any]:
    _validate(data, new=True)

    def run(s: Session) -> dict[str, Any]:
        c = Contact(name=data.name.strip(), work=[], circles=[], tags=[])  # type: ignore[union-attr]
        _apply(c, data, overwrite=True)
        s.add(c)
        s.flush()
        return c.to_dict()
    return store.run(run)


def edit_contact(store: Store, ref: str, data: ContactInput, remove_tags: Iterable[str] = ()) -> dict[str, Any]:
    _validate(data, new=False)

    def run(s: Session) -> dict[str, Any]:
        c = find(s, ref)
        _apply(c, data, overwrite=True)
        drop = set(remove_tags)
        if drop:
            c.tags = [t for t in (c.tags or []) if t not in drop]
        c.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        s.flush()
        return c.to_dict()
    return store.run(run)


def ledger_of(c: Contact) -> dict[str, int]:
    gives = sum(1 for i in c.interactions if i.kind in ("gave", "intro"))
    asks = sum(1 for i in c.interactions if i.kind == "asked")
    return {"gives": gives, "asks": asks}


def show_contact(store: Store, ref: str, lang: str | None = None) -> dict[str, Any]:
    ui = _ui(lang)

    def run(s: Session) -> dict[str, Any]:
        c = find(s, ref)
        me = s.get(Me, 1)
        r = _Tiers(me, ui).of_contact(c)
        ledger = ledger_of(c)
        warnings = []
        if r.tier in ("above", "far-above") and ledger["asks"] > ledger["gives"]:
            warnings.append(ui.text("contacts", "warnings", "asks_outnumber", asks=ledger["asks"],
                                    gives=ledger["gives"]))
        return {
            "contact": c.to_dict(),
            "tier": r.tier,
            "tier_reason": r.reason,
            "ledger": ledger,
            "warnings": warnings,
            "interactions": [i.to_dict() for i in c.interactions],
        }
    return store.run(run)


def list_contacts(store: Store, tag: str | None = None, query: str | None = None,
                  lang: str | None = None) -> list[dict[str, Any]]:
    ui = _ui(lang)

    def run(s: Session) -> list[dict[str, Any]]:
        stmt = select(Contact).options(selectinload(Contact.emails), selectinload(Contact.phones)).order_by(
            Contact.name_key, Contact.id)
        if query:
            key = text_key(query)
            like = f"%{key}%"
            stmt = stmt.where(or_(
                Contact.name_key.like(like),
                Contact.company_key.like(like),
                func.lower(Contact.position).like(f"%{query.lower()}%"),
                func.lower(Contact.notes).like(f"%{query.lower()}%"),
                Contact.id.in_(select(ContactEmail.contact_id).where(ContactEmail.email_key.like(
                    f"%{query.lower()}%"))),
            ))
        tiers = _Tiers(s.get(Me, 1), ui)
        out = []
        for c in s.scalars(stmt):
            if tag and tag not in (c.tags or []):
                continue
            d = c.to_dict()
            d["tier"] = tiers.of_contact(c).tier
            out.append(d)
        return out
    return store.run(run)


def delete_contact(store: Store, ref: str) -> dict[str, Any]:
    def run(s: Session) -> dict[str, Any]:
        c = find(s, ref)
        gone = c.to_dict()
        s.delete(c)
        return gone
    return store.run(run)


def log_interaction(store: Store, ref: str, kind: str, date: dt.date | None = None, note: str | None = None,
                    channel: str | None = None, message_text: str | None = None, score: int | None = None,
                    mistakes: list[str] | None = None) -> dict[str, Any]:
    if kind not in INTERACTION_KINDS:
        raise ContactError(f"unknown kind {kind!r}; use one of: {', '.join(INTERACTION_KINDS)}")

    def run(s: Session) -> dict[str, Any]:
        c = find(s, ref)
        i = Interaction(kind=kind, date=date or dt.date.today(), channel=channel, summary=note,
                        message_text=message_text, score=score, mistakes=list(mistakes or []))
        c.interactions.append(i)
        c.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        s.flush()
        refresh_summaries(s, [c.id])
        return {"contact": {"id": c.id, "name": c.name}, "interaction": i.to_dict()}
    return store.run(run)


def recipient_profile(store: Store, ref: str) -> Profile:
    """A stored contact as the recipient profile for `givefirst check --to-contact`."""
    return store.run(lambda s: _profile_of(find(s, ref)))


# ---------------------------------------------------------------- follow-ups

def summarize(items: Iterable[tuple[str, dt.date]]) -> dict[str, Any]:
    """The follow-up summary of one contact's interactions (kind, date)."""
    out: dict[str, Any] = {"last_met": None, "last_outreach": None, "last_sent": None, "last_inbound": None,
                           "last_interaction": None, "sent_since_inbound": 0}

    def later(key: str, d: dt.date) -> None:
        if out[key] is None or d > out[key]:
            out[key] = d

    sent_dates = []
    for kind, d in items:
        later("last_interaction", d)
        if kind == "met":
            later("last_met", d)
        if kind in policy.OUTREACH_AFTER_MET:
            later("last_outreach", d)
        if kind == "sent":
            later("last_sent", d)
            sent_dates.append(d)
        if kind in policy.INBOUND:
            later("last_inbound", d)
    inbound = out["last_inbound"]
    out["sent_since_inbound"] = sum(1 for d in sent_dates if inbound is None or d > inbound)
    return out


def refresh_summaries(s: Session, contact_ids: Iterable[int]) -> None:
    """Recompute the follow-up summary of these contacts from their interactions (after a log, import, merge)."""
    ids = sorted(set(contact_ids))
    for k in range(0, len(ids), 900):
        chunk = ids[k:k + 900]
        per: dict[int, list[tuple[str, dt.date]]] = {cid: [] for cid in chunk}
        for cid, kind, d in s.execute(select(Interaction.contact_id, Interaction.kind, Interaction.date).where(
                Interaction.contact_id.in_(chunk))):
            per[cid].append((kind, d))
        s.execute(update(Contact), [dict(summarize(items), id=cid) for cid, items in per.items()])


def due(store: Store, today: dt.date | None = None, within_days: int = 2,
        lang: str | None = None) -> list[dict[str, Any]]:
    """What is due or overdue (and what falls due within ``within_days``), with the next step for the tier."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=within_days)

    def run(s: Session) -> list[dict[str, Any]]:
        me = s.get(Me, 1)
        ui = _ui(lang or (me.language if me else None))
        tiers = _Tiers(me, ui)
        c = Contact
        rows = s.connection().execute(select(
            c.id, c.name, c.company, c.role, c.position, c.audience, c.inbound_per_day, cast(c.circles, String),
            c.keep_in_touch_days, cast(c.created_at, String),
            cast(c.last_met, String), cast(c.last_outreach, String), cast(c.last_sent, String),
            cast(c.last_inbound, String), cast(c.last_interaction, String), c.sent_since_inbound,
        ).where(or_(c.last_interaction.is_not(None), c.keep_in_touch_days.is_not(None)))).all()
        out = []
        for (cid, name, company, role, position, audience, inbound, circles, keep, created_at,
             *dates, waiting) in rows:
            met, outreach, sent, inbound_d, last = (dt.date.fromisoformat(d[:10]) if d else None for d in dates)
            h = policy.History(last_met=met, last_outreach_after_met=outreach, last_sent=sent,
                               last_inbound=inbound_d, sent_since_inbound=waiting or 0, last_interaction=last)
            circles = tuple(json.loads(circles)) if circles and circles not in ("[]", "null") else ()
            tier = tiers.of(role or position, audience, inbound, circles).tier
            created = dt.date.fromisoformat(created_at[:10]) if created_at else None
            for item in policy.due_items(tier, h, keep, created):
                if item.due > horizon:
                    continue
                out.append({
                    "contact": {"id": cid, "name": name, "company": company, "tier": tier},
                    "action": ui.text("contacts", "actions", item.action, name=name.split()[0] if name else ""),
                    "rule": item.action,
                    "due": item.due.isoformat(),
                    "overdue": item.due < today,
                })
        out.sort(key=lambda d: (d["due"], d["contact"]["name"]))
        return out
    return store.run(run)


# ---------------------------------------------------------------- backup (full JSON) and restore

def export_backup(store: Store) -> dict[str, Any]:
    def run(s: Session) -> dict[str, Any]:
        me = s.get(Me, 1)
        contacts = s.scalars(select(Contact).options(
            selectinload(Contact.emails), selectinload(Contact.phones), selectinload(Contact.interactions))
            .order_by(Contact.id)).all()
        return {
            "schema": BACKUP_SCHEMA,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "me": None if me is None else {
                "name": me.name, "role": me.role, "audience": me.audience, "inbound_per_day": me.inbound_per_day,
                "offers": list(me.offers or []), "circles": list(me.circles or []), "language": me.language},
            "contacts": [dict(c.to_dict(), interactions=[i.to_dict() for i in c.interactions]) for c in contacts],
        }
    return store.run(run)


def write_backup(store: Store, reason: str) -> Path:
    """Taken automatically before anything destructive (delete, merge, restore)."""
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"contacts-{stamp}-{reason}.json"
    path.write_text(json.dumps(export_backup(store), ensure_ascii=False, indent=1), encoding="utf-8")
    path.chmod(0o600)
    return path


# ---------------------------------------------------------------- import with matching

@dataclass
class Record:
    """One person from an import, with any interactions it carries (JSON backups do)."""

    data: ContactInput
    interactions: list[dict[str, Any]] = field(default_factory=list)
    where: str = ""
    created_at: dt.datetime | None = None  # kept when a backup is restored
    updated_at: dt.datetime | None = None


class _Matcher:
    """Finds the stored (or just imported) person a record belongs to: same e-mail, same LinkedIn URL, or same
    normalised name and company. Loads the keys once, so an import of 10,000 rows asks the database 3 times."""

    def __init__(self, s: Session) -> None:
        self.email: dict[str, Any] = dict(s.execute(select(ContactEmail.email_key, ContactEmail.contact_id)).all())
        self.linkedin: dict[str, Any] = dict(s.execute(
            select(Contact.linkedin_key, Contact.id).where(Contact.linkedin_key.is_not(None))).all())
        self.name: dict[tuple[str, str | None], Any] = {
            (n, c): i for n, c, i in s.execute(select(Contact.name_key, Contact.company_key, Contact.id)).all()}

    def find(self, data: ContactInput) -> Any:
        for e in data.emails:
            hit = self.email.get(email_key(e))
            if hit is not None:
                return hit
        lk = linkedin_key(data.linkedin_url)
        if lk and lk in self.linkedin:
            return self.linkedin[lk]
        return self.name.get((text_key(data.name), text_key(data.company) or None))

    def remember(self, data: ContactInput, target: Any) -> None:
        for e in data.emails:
            self.email.setdefault(email_key(e), target)
        lk = linkedin_key(data.linkedin_url)
        if lk:
            self.linkedin.setdefault(lk, target)
        self.name.setdefault((text_key(data.name), text_key(data.company) or None), target)


def _interaction_key(d: dict[str, Any]) -> tuple[Any, ...]:
    return (d.get("kind"), str(d.get("date")), d.get("summary") or "", d.get("message_text") or "")


def _new_interaction(i: dict[str, Any]) -> Interaction:
    return Interaction(kind=i["kind"], date=dt.date.fromisoformat(str(i["date"])), channel=i.get("channel"),
                       summary=i.get("summary"), message_text=i.get("message_text"), score=i.get("score"),
                       mistakes=list(i.get("mistakes") or []),
                       **({"created_at": _stamp(i["created_at"])} if i.get("created_at") else {}))


class _Pending:
    """A person new to the book, gathered from one or more records of this import; inserted in bulk."""

    __slots__ = ("values", "emails", "phones", "lists", "interactions", "keys")

    def __init__(self, r: Record) -> None:
        self.values: dict[str, Any] = {"name": r.data.name.strip()}  # type: ignore[union-attr]
        self.emails: dict[str, str] = {}
        self.phones: list[str] = []
        self.lists: dict[str, list[str]] = {k: [] for k in LIST_FIELDS}
        self.interactions: list[dict[str, Any]] = []
        self.keys: set[tuple[Any, ...]] = set()
        if r.created_at:
            self.values["created_at"] = r.created_at
        if r.updated_at:
            self.values["updated_at"] = r.updated_at
        self.merge(r)

    def merge(self, r: Record) -> None:
        d = r.data
        for name in ("company", "position", "linkedin_url", "role", "audience", "inbound_per_day", "notes",
                     "keep_in_touch_days", "connected_on"):
            v = getattr(d, name)
            if v not in (None, "") and self.values.get(name) in (None, ""):
                self.values[name] = v
        for name in LIST_FIELDS:
            self.lists[name] += [v for v in getattr(d, name) if v and v not in self.lists[name]]
        for e in d.emails:
            if e:
                self.emails.setdefault(email_key(e), e.strip())
        self.phones += [p.strip() for p in d.phones if p and p.strip() not in self.phones]
        for i in r.interactions:
            k = _interaction_key(i)
            if k not in self.keys:
                self.keys.add(k)
                self.interactions.append(i)

    def row(self) -> dict[str, Any]:
        v = dict(self.values, **self.lists)
        v.update(summarize((i["kind"], dt.date.fromisoformat(str(i["date"]))) for i in self.interactions))
        v["name_key"] = text_key(v["name"])
        v["company_key"] = text_key(v.get("company")) or None
        v["linkedin_key"] = linkedin_key(v.get("linkedin_url")) or None
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        v.setdefault("created_at", now)
        v.setdefault("updated_at", now)
        return v


def _insert_pending(s: Session, pending: list[_Pending]) -> None:
    from sqlalchemy import insert

    columns = ("name", "name_key", "company", "company_key", "position", "linkedin_url", "linkedin_key", "role",
               "audience", "inbound_per_day", "work", "circles", "tags", "notes", "keep_in_touch_days",
               "connected_on", "created_at", "updated_at", "last_met", "last_outreach", "last_sent", "last_inbound",
               "last_interaction", "sent_since_inbound")
    for k in range(0, len(pending), 2000):
        chunk = pending[k:k + 2000]
        rows = [{c: r.get(c) for c in columns} for r in (p.row() for p in chunk)]
        ids = s.execute(insert(Contact).returning(Contact.id, sort_by_parameter_order=True), rows).scalars().all()
        emails = [{"contact_id": cid, "email": e, "email_key": key}
                  for cid, p in zip(ids, chunk, strict=True) for key, e in p.emails.items()]
        phones = [{"contact_id": cid, "phone": ph} for cid, p in zip(ids, chunk, strict=True) for ph in p.phones]
        inters = []
        for cid, p in zip(ids, chunk, strict=True):
            for i in p.interactions:
                row = {"contact_id": cid, "kind": i["kind"], "date": dt.date.fromisoformat(str(i["date"])),
                       "channel": i.get("channel"), "summary": i.get("summary"),
                       "message_text": i.get("message_text"), "score": i.get("score"),
                       "mistakes": list(i.get("mistakes") or []),
                       "created_at": _stamp(i["created_at"]) if i.get("created_at") else
                       dt.datetime.now(dt.UTC).replace(tzinfo=None)}
                inters.append(row)
        if emails:
            s.execute(insert(ContactEmail), emails)
        if phones:
            s.execute(insert(ContactPhone), phones)
        if inters:
            s.execute(insert(Interaction), inters)


def import_records(store: Store, records: list[Record], dry_run: bool = False) -> dict[str, int]:
    """Add new people, enrich matched ones (never blanking a field), all in one transaction.
    Importing the same records twice adds nobody. New people are inserted in bulk."""
    for r in records:
        try:
            _validate(r.data, new=True)
        except ContactError as exc:
            raise ContactError(f"{r.where}: {exc}" if r.where else str(exc)) from None
        for i in r.interactions:
            if i.get("kind") not in INTERACTION_KINDS:
                raise ContactError(f"{r.where}: unknown interaction kind {i.get('kind')!r}")
            try:
                dt.date.fromisoformat(str(i.get("date")))
                if i.get("created_at") is not None:
                    _stamp(i["created_at"])
            except (TypeError, ValueError):
                raise ContactError(f"{r.where}: bad interaction date {i.get('date')!r}") from None
            for key in ("channel", "summary", "message_text"):
                if i.get(key) is not None and not isinstance(i[key], str):
                    raise ContactError(f"{r.where}: interaction '{key}' must be text")
            score = i.get("score")
            if score is not None and (isinstance(score, bool) or not isinstance(score, int)):
                raise ContactError(f"{r.where}: interaction 'score' must be a whole number")
            mistakes = i.get("mistakes") or []
            if not isinstance(mistakes, list) or not all(isinstance(x, str) for x in mistakes):
                raise ContactError(f"{r.where}: interaction 'mistakes' must be a list of text")

    def run(s: Session) -> dict[str, int]:
        matcher = _Matcher(s)
        pending: dict[int, _Pending] = {}  # id(first record) -> new person
        matched: dict[int, list[Record]] = {}  # stored contact id -> records for it
        for r in records:
            hit = matcher.find(r.data)
            if hit is None:
                pending[id(r)] = _Pending(r)
                matcher.remember(r.data, r)
            elif isinstance(hit, Record):
                pending[id(hit)].merge(r)
            else:
                matched.setdefault(hit, []).append(r)
        counts = {"added": len(pending), "updated": 0, "skipped": 0}
        ids = sorted(matched)
        touched: list[int] = []
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            for c in s.scalars(select(Contact).where(Contact.id.in_(chunk)).options(
                    selectinload(Contact.emails), selectinload(Contact.phones),
                    selectinload(Contact.interactions))):
                changed = False
                keys = {_interaction_key(i.to_dict()) for i in c.interactions}
                for r in matched[c.id]:
                    changed = _apply(c, r.data, overwrite=False) or changed
                    for i in r.interactions:
                        if _interaction_key(i) not in keys:
                            keys.add(_interaction_key(i))
                            c.interactions.append(_new_interaction(i))
                            changed = True
                            touched.append(c.id)
                counts["updated" if changed else "skipped"] += 1
        s.flush()
        refresh_summaries(s, touched)
        _insert_pending(s, list(pending.values()))
        if dry_run:
            s.rollback()
        return counts
    return store.run(run)


def _stamp(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=None)


def _record_from_backup(d: Any, where: str) -> Record:
    """One contact of a backup, checked field by field (a hand-edited backup gets a clear message)."""
    if not isinstance(d, dict):
        raise ContactError(f"{where}: expected an object")
    if not isinstance(d.get("name"), str) or not d["name"].strip():
        raise ContactError(f"{where}: a contact needs a name")

    def ints(key: str) -> int | None:
        v = d.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
            raise ContactError(f"{where}: '{key}' must be a whole number")
        return v

    def texts(key: str) -> str | None:
        v = d.get(key)
        if v is not None and not isinstance(v, str):
            raise ContactError(f"{where}: '{key}' must be text")
        return v

    def lists(key: str) -> list[str]:
        v = d.get(key) or []
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ContactError(f"{where}: '{key}' must be a list of text")
        return v

    def when(key: str, parse: Any) -> Any:
        v = d.get(key)
        if v in (None, ""):
            return None
        try:
            return parse(v)
        except (TypeError, ValueError):
            raise ContactError(f"{where}: '{key}' is not a valid date: {v!r}") from None

    interactions = d.get("interactions") or []
    if not isinstance(interactions, list) or not all(isinstance(i, dict) for i in interactions):
        raise ContactError(f"{where}: 'interactions' must be a list of objects")
    return Record(
        ContactInput(name=d["name"], emails=lists("emails"), phones=lists("phones"), company=texts("company"),
                     position=texts("position"), linkedin_url=texts("linkedin_url"), role=texts("role"),
                     audience=ints("audience"), inbound_per_day=ints("inbound_per_day"), work=lists("work"),
                     circles=lists("circles"), tags=lists("tags"), notes=texts("notes"),
                     keep_in_touch_days=ints("keep_in_touch_days"),
                     connected_on=when("connected_on", lambda v: dt.date.fromisoformat(str(v)))),
        interactions=interactions, where=where,
        created_at=when("created_at", _stamp), updated_at=when("updated_at", _stamp))


def backup_records(data: Any, source: str = "backup") -> list[Record]:
    """The records of a givefirst JSON backup, validated; raises ContactError naming the source."""
    if not isinstance(data, dict) or data.get("schema") != BACKUP_SCHEMA:
        raise ContactError(f"{source}: not a givefirst contacts backup (expected schema {BACKUP_SCHEMA})")
    contacts = data.get("contacts") or []
    if not isinstance(contacts, list):
        raise ContactError(f"{source}: 'contacts' must be a list")
    me = data.get("me")
    if me is not None and not isinstance(me, dict):
        raise ContactError(f"{source}: 'me' must be an object")
    return [_record_from_backup(d, f"{source}: contact {n}") for n, d in enumerate(contacts, 1)]


def import_backup(store: Store, data: Any, dry_run: bool = False, source: str = "backup") -> dict[str, int]:
    records = backup_records(data, source)
    me = data.get("me")
    if me and not dry_run and get_me(store) is None:
        try:
            set_me(store, **{k: me.get(k) for k in ("name", "role", "audience", "inbound_per_day", "offers",
                                                     "circles", "language")})
        except (TypeError, ContactError) as exc:
            raise ContactError(f"{source}: 'me' is not a valid profile ({exc})") from None
    return import_records(store, records, dry_run=dry_run)


# ---------------------------------------------------------------- duplicates and merging

def find_dupes(store: Store) -> list[dict[str, Any]]:
    """Pairs of contacts that are probably the same person, with the reason."""
    def run(s: Session) -> list[dict[str, Any]]:
        contacts = s.scalars(select(Contact).options(selectinload(Contact.emails)).order_by(Contact.id)).all()
        by: dict[tuple[str, str], list[Contact]] = {}
        for c in contacts:
            for e in c.emails:
                by.setdefault(("same e-mail", e.email_key), []).append(c)
            if c.linkedin_key:
                by.setdefault(("same LinkedIn profile", c.linkedin_key), []).append(c)
            if c.name_key:
                by.setdefault(("same name", c.name_key), []).append(c)
                tokens = " ".join(sorted(c.name_key.split()))
                by.setdefault(("same name, other order", tokens), []).append(c)
        pairs: dict[tuple[int, int], str] = {}
        for (reason, _), group in by.items():
            ids = sorted({c.id for c in group})
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    pairs.setdefault((a, b), reason)
        names = {c.id: (c.name, c.company) for c in contacts}
        return [{"a": {"id": a, "name": names[a][0], "company": names[a][1]},
                 "b": {"id": b, "name": names[b][0], "company": names[b][1]}, "reason": reason}
                for (a, b), reason in sorted(pairs.items())]
    return store.run(run)


def merge_contacts(store: Store, keep_ref: str, other_ref: str) -> dict[str, Any]:
    """Merge B into A: A keeps its values and gains what B adds; every interaction moves to A; B is removed."""
    def run(s: Session) -> dict[str, Any]:
        a, b = find(s, keep_ref), find(s, other_ref)
        if a.id == b.id:
            raise ContactError("cannot merge a contact with itself")
        data = ContactInput(
            name=None, emails=[e.email for e in b.emails], phones=[p.phone for p in b.phones], company=b.company,
            position=b.position, linkedin_url=b.linkedin_url, role=b.role, audience=b.audience,
            inbound_per_day=b.inbound_per_day, work=list(b.work or []), circles=list(b.circles or []),
            tags=list(b.tags or []), notes=b.notes, keep_in_touch_days=b.keep_in_touch_days,
            connected_on=b.connected_on)
        _apply(a, data, overwrite=False)
        if b.notes and a.notes and b.notes not in a.notes:
            a.notes = f"{a.notes}\n{b.notes}"
        moved = len(b.interactions)
        s.flush()
        s.execute(update(Interaction).where(Interaction.contact_id == b.id).values(contact_id=a.id))
        s.expire(a, ["interactions"])
        s.expire(b, ["interactions"])
        s.delete(b)
        s.flush()
        refresh_summaries(s, [a.id])
        return {"kept": a.to_dict(), "removed": {"id": b.id, "name": b.name}, "interactions_moved": moved}
    return store.run(run)
