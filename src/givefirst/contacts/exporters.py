"""Writers: CSV for spreadsheets, vCard 3.0 for address books, and an iCalendar file of due follow-ups."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

CSV_COLUMNS = ["id", "name", "emails", "phones", "company", "position", "linkedin_url", "role", "audience",
               "inbound_per_day", "work", "circles", "tags", "notes", "keep_in_touch_days", "connected_on"]


def to_csv(contacts: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for c in contacts:
        row = dict(c)
        for k in ("emails", "phones", "work", "circles", "tags"):
            row[k] = "; ".join(c.get(k) or [])
        w.writerow(row)
    return out.getvalue()


def to_vcard(contacts: list[dict[str, Any]]) -> str:
    import vobject

    cards = []
    for c in contacts:
        card = vobject.vCard()
        card.add("fn").value = c["name"]
        parts = c["name"].rsplit(" ", 1)
        card.add("n").value = vobject.vcard.Name(family=parts[-1] if len(parts) > 1 else "",
                                                 given=parts[0] if len(parts) > 1 else c["name"])
        for e in c.get("emails") or []:
            card.add("email").value = e
        for p in c.get("phones") or []:
            card.add("tel").value = p
        if c.get("company"):
            card.add("org").value = [c["company"]]
        if c.get("position"):
            card.add("title").value = c["position"]
        if c.get("linkedin_url"):
            card.add("url").value = c["linkedin_url"]
        if c.get("notes"):
            card.add("note").value = c["notes"]
        cards.append(card.serialize())
    return "".join(cards)


def to_ics(items: list[dict[str, Any]], today: dt.date) -> str:
    """One all-day event per due follow-up, for any calendar app."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//givefirst//contacts due//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC)
    for i in items:
        ev = Event()
        day = dt.date.fromisoformat(i["due"])
        ev.add("uid", f"givefirst-{i['contact']['id']}-{i['rule']}-{i['due']}@givefirst.local")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", max(day, today) if i["overdue"] else day)
        ev.add("summary", f"Follow up: {i['contact']['name']}")
        ev.add("description", i["action"])
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")
