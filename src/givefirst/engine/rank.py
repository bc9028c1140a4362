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
import re
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


def _relational(role: str | None) -> bool:
    if not role:
        return False
    for code in SUPPORTED:
        rx = load(code).relation
        if rx is not None and rx.search(role):
            return True
    return False


_STOP = frozenset("a an the of at in on for and or to with by from who that whose de het een van bij in op voor en "
                  "of met die dat similar same comparable vergelijkbare vergelijkbaar zelfde".split())


def _same_trade(a: str | None, b: str | None) -> bool:
    """Two role texts that describe the same work (most of their content words shared)."""
    if not a or not b:
        return False
    wa = {w for w in re.findall(r"\w+", a.lower()) if w not in _STOP}
    wb = {w for w in re.findall(r"\w+", b.lower()) if w not in _STOP}
    if len(wa) < 2 or len(wb) < 2:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6


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


def compute(sender: Profile | None, recipient: Profile | None, ui: LangPack, known: bool | str = False) -> Rank:
    """The recipient's tier relative to the sender, with the reason and playbook in the language of ``ui``.

    ``known``: the message itself shows that the two already know each other ("great meeting you at the meetup",
    "zoals besproken"); without a measurable recipient profile that makes them peers instead of the assumed
    'above'. ``known="style"``: no cue says so, but the relation model reads the message as one between people who
    know each other (a reply in a thread, a colleague's note)."""
    try:
        return _compute_cached(sender, recipient, ui.code, known)
    except TypeError:  # a profile built by hand with a list in it cannot be hashed: work it out directly
        return _compute(sender, recipient, ui, known)


@lru_cache(maxsize=512)
def _compute_cached(sender: Profile | None, recipient: Profile | None, ui_code: str, known: bool | str) -> Rank:
    # profiles are frozen and a batch repeats the same few, so the rank is worked out once per pair
    return _compute(sender, recipient, load(ui_code), known)


def _compute(sender: Profile | None, recipient: Profile | None, ui: LangPack, known: bool | str = False) -> Rank:
    def rank(tier: str, key: str, assumed: bool = False, **values: object) -> Rank:
        return Rank(tier, ui.text("rank", "reasons", key, **values), assumed, tuple(ui.texts("playbook", tier)))

    r_stand, r_basis = standing(recipient) if recipient is not None else (None, "")
    if known and r_basis in ("", "role"):
        # the text shows they know each other, and no figure says the recipient is far above: peers
        return rank("peer", "known_from_style" if known == "style" else "known_from_text", assumed=True)
    r_role, s_role = recipient.role if recipient else None, sender.role if sender else None
    if r_basis in ("", "role") and (_relational(r_role) or _relational(s_role) or _same_trade(s_role, r_role)):
        # "fellow physicist met at a conference", "collega-blogger", "co-maintainer of the same plugin", or both
        # in the same trade ("sales manager at a logistics software company" twice): they stand side by side
        return rank("peer", "known_from_profile")
    if recipient is None:
        return rank("above", "no_recipient", assumed=True)
    if r_stand is None:
        return rank("above", "recipient_unknown", assumed=True)
    s_stand, s_basis = standing(sender) if sender is not None else (None, "")
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
        if sender_assumed and r_basis != "role":
            # small figures of theirs (3 e-mails a day) against a sender nobody described: 'below' needs the
            # sender's standing as much as 'peer' does, and a stranger writing cold is the case the article is about
            # (a role as junior as "student" or "intern" still says it alone)
            return rank("above", "below_unproven", assumed=True, basis=basis)
        return rank("below", "gap_below", basis=basis, suffix=suffix)
    if (gap >= 0) if sender_assumed else ("role" in (s_basis, r_basis)):
        # 'peer' needs both sides' figures: a stranger writing cold within a title's reach (titles say little about
        # who needs whom), or to someone at least as high as an assumed sender, stays in the cold-outreach case the
        # article is about
        return rank("above", "peer_unproven", assumed=True, basis=basis)
    return rank("peer", "gap_peer", basis=basis, suffix=suffix)
