"""The follow-up policy: the article's rules by tier, as pure functions over a contact's history.

- After ``met`` (cards exchanged), nothing else logged since: within 2 days. Peers: connect on LinkedIn and
  suggest one coffee or lunch. Above / far above: a short thank-you that gives something tied to their work,
  no meeting request. (Article: the most common mistake is not following up properly.)
- After ``sent`` to someone above with no ``replied`` / ``received`` since: one follow-up after 7 days that adds
  new value; once a follow-up has gone unanswered too, stop chasing and plan the next give instead.
  Peers: a quick nudge after 2 days is fine.
- A keep-in-touch cadence (e.g. every 90 days) per contact, counted from the last interaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MET_DAYS = 2
PEER_NUDGE_DAYS = 2
ABOVE_FOLLOW_UP_DAYS = 7
INBOUND = ("replied", "received")
OUTREACH_AFTER_MET = ("sent", "gave", "replied", "received", "intro", "asked")


@dataclass(frozen=True)
class History:
    """What the policy needs to know about one contact's interactions."""

    last_met: dt.date | None = None
    last_outreach_after_met: dt.date | None = None  # latest sent/gave/... on or after last_met
    last_sent: dt.date | None = None
    last_inbound: dt.date | None = None
    sent_since_inbound: int = 0  # messages sent after the last reply (or ever, without one)
    last_interaction: dt.date | None = None


@dataclass(frozen=True)
class Due:
    action: str  # key into advice.toml [contacts.actions]
    due: dt.date


def due_items(tier: str, h: History, keep_in_touch_days: int | None, created: dt.date | None) -> list[Due]:
    above = tier in ("above", "far-above")
    out: list[Due] = []
    if h.last_met is not None and (h.last_outreach_after_met is None or h.last_outreach_after_met < h.last_met):
        action = "met_above" if above else "met_below" if tier == "below" else "met_peer"
        out.append(Due(action, h.last_met + dt.timedelta(days=MET_DAYS)))
    if h.last_sent is not None and (h.last_inbound is None or h.last_inbound < h.last_sent):
        if above:
            if h.sent_since_inbound <= 1:
                out.append(Due("sent_above_follow_up", h.last_sent + dt.timedelta(days=ABOVE_FOLLOW_UP_DAYS)))
            else:
                out.append(Due("sent_above_stop", h.last_sent + dt.timedelta(days=ABOVE_FOLLOW_UP_DAYS)))
        elif h.sent_since_inbound <= 1:
            out.append(Due("sent_peer_nudge", h.last_sent + dt.timedelta(days=PEER_NUDGE_DAYS)))
    if keep_in_touch_days:
        start = h.last_interaction or created
        if start is not None:
            out.append(Due("keep_in_touch_above" if above else "keep_in_touch_peer",
                           start + dt.timedelta(days=keep_in_touch_days)))
    return out
