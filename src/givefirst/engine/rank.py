"""Rank (rangorde): where the recipient stands relative to the sender.

Each profile gets a standing on one rough scale from the evidence it has:

- inbound_per_day:  2.5 x log10(e-mails or requests a day)   (10/day = 2.5, 100 = 5, 700 = 7.1)
- audience:         1.4 x log10(followers or readers)         (1,000 = 4.2, 12,000 = 5.7, 850,000 = 8.3)
- role words:       1.5 + 1.2 x level (0 student ... 5 celebrity), from the language packs' role lists

The standing is the largest of these. The gap (recipient minus sender) gives the tier: >= 3 far-above,
>= 1.2 above, <= -1.2 below, else peer. Two anchors from the article come first: a recipient who gets 500 or more
e-mails a day (or has an audience of 100,000+) is far above a sender who gets under a tenth of that; and people who
share a circle (write for the same medium, sit on the same board) are peers.
Without a recipient profile we assume 'above', the case the article is about, and say so.
"""

from __future__ import annotations

import math
from functools import lru_cache

from .lexicon import SUPPORTED, LangPack, load
from .model import Profile, Rank

FAR_GAP = 3.0
ABOVE_GAP = 1.2
DEFAULT_SENDER = 3.5  # a working professional with a modest following
FAR_INBOUND = 500  # DOMAIN.md: 500-1,000 e-mails a day
FAR_AUDIENCE = 100_000


def _role_level(role: str | None) -> int | None:
    if not role:
        return None
    levels = [level for code in SUPPORTED for rx, level in load(code).roles if rx.search(role)]
    if not levels:
        return None
    # "junior developer", "student founder": a junior word pulls the role down
    return min(levels) if min(levels) <= 1 else max(levels)


def standing(p: Profile) -> tuple[float | None, str]:
    """(standing, what it rests on) or (None, '') when the profile says nothing measurable.

    Explicit figures win: a role word decides only when the profile gives no number ("founder" with 40 e-mails a
    day stands at 40 a day, not at the title's level)."""
    parts: list[tuple[float, str]] = []
    if p.inbound_per_day is not None and p.inbound_per_day > 0:
        parts.append((2.5 * math.log10(p.inbound_per_day), "inbound"))
    if p.audience is not None and p.audience > 0:
        parts.append((1.4 * math.log10(p.audience), "audience"))
    if not parts:
        level = _role_level(p.role)
        if level is not None:
            parts.append((1.5 + 1.2 * level, "role"))
    if not parts:
        return None, ""
    return max(parts)


def compute(sender: Profile | None, recipient: Profile | None, ui: LangPack, known: bool = False) -> Rank:
    """The recipient's tier relative to the sender, with the reason and playbook in the language of ``ui``.

    ``known``: the message itself shows that the two already know each other ("great meeting you at the meetup",
    "zoals besproken"); without a measurable recipient profile that makes them peers instead of the assumed
    'above'."""
    try:
        return _compute_cached(sender, recipient, ui.code, known)
    except TypeError:  # a profile built by hand with a list in it cannot be hashed: work it out directly
        return _compute(sender, recipient, ui, known)


@lru_cache(maxsize=512)
def _compute_cached(sender: Profile | None, recipient: Profile | None, ui_code: str, known: bool) -> Rank:
    # profiles are frozen and a batch repeats the same few, so the rank is worked out once per pair
    return _compute(sender, recipient, load(ui_code), known)


def _compute(sender: Profile | None, recipient: Profile | None, ui: LangPack, known: bool = False) -> Rank:
    def rank(tier: str, key: str, assumed: bool = False, **values: object) -> Rank:
        return Rank(tier, ui.text("rank", "reasons", key, **values), assumed, tuple(ui.texts("playbook", tier)))

    r_stand, r_basis = standing(recipient) if recipient is not None else (None, "")
    if r_stand is None and known:
        return rank("peer", "known_from_text", assumed=True)
    if recipient is None:
        return rank("above", "no_recipient", assumed=True)
    if r_stand is None:
        return rank("above", "recipient_unknown", assumed=True)
    s_stand, _ = standing(sender) if sender is not None else (None, "")
    sender_assumed = s_stand is None
    if sender_assumed:
        s_stand = DEFAULT_SENDER

    shared = sorted(set(c.lower() for c in (sender.circles if sender else ())) &
                    set(c.lower() for c in recipient.circles))
    if shared:
        return rank("peer", "shared_circle", circle=shared[0])

    s_inbound = sender.inbound_per_day if sender and sender.inbound_per_day else None
    s_audience = sender.audience if sender and sender.audience else None
    r_in = recipient.inbound_per_day or 0
    r_aud = recipient.audience or 0
    if r_in >= FAR_INBOUND and (s_inbound is None or s_inbound * 10 <= r_in):
        return rank("far-above", "far_inbound", inbound=f"{r_in:,}")
    if r_aud >= FAR_AUDIENCE and (s_audience is None or s_audience * 20 <= r_aud) and (
        s_inbound is None or s_inbound * 10 <= max(r_in, 1) or r_in == 0
    ):
        return rank("far-above", "far_audience", audience=f"{r_aud:,}")

    gap = r_stand - s_stand
    basis = ui.text("rank", "basis", r_basis)
    suffix = ui.text("rank", "reasons", "sender_assumed") if sender_assumed else ""
    if gap >= FAR_GAP:
        return rank("far-above", "gap_far", basis=basis, suffix=suffix)
    if gap >= ABOVE_GAP:
        return rank("above", "gap_above", basis=basis, suffix=suffix)
    if gap <= -ABOVE_GAP:
        return rank("below", "gap_below", basis=basis, suffix=suffix)
    if sender_assumed and gap > 0:
        # 'peer' needs both sides' figures: a stranger writing without a profile of their own to someone who
        # stands above an ordinary professional stays in the cold-outreach case the article is about
        return rank("above", "peer_unproven", assumed=True, basis=basis)
    return rank("peer", "gap_peer", basis=basis, suffix=suffix)
