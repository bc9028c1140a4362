from __future__ import annotations

import pytest

from givefirst import Profile
from givefirst.engine import rank
from givefirst.engine.lexicon import load

EN = load("en")


def tier(sender, recipient):
    return rank.compute(sender, recipient, EN).tier


def test_no_recipient_assumes_above_and_says_so():
    r = rank.compute(None, None, EN)
    assert r.tier == "above" and r.assumed
    assert "assume" in r.reason


def test_seed_anchor_700_emails_a_day_is_far_above_a_beginner():
    assert tier(Profile(role="student"), Profile(inbound_per_day=700)) == "far-above"


def test_3500_requests_is_far_above():
    assert tier(None, Profile(role="professor", inbound_per_day=3500)) == "far-above"


def test_shared_circle_makes_peers():
    a = Profile(role="columnist", audience=40_000, circles=("Business Review writers",))
    b = Profile(role="columnist", audience=120_000, circles=("business review writers",))
    assert tier(a, b) == "peer"


def test_similar_audiences_are_peers_and_big_gap_is_far():
    me = Profile(role="designer", audience=2000)
    assert tier(me, Profile(role="designer", audience=3000)) == "peer"
    assert tier(me, Profile(role="designer", audience=900_000)) == "far-above"


def test_below():
    assert tier(Profile(inbound_per_day=600, audience=500_000), Profile(role="student")) == "below"


@pytest.mark.parametrize(("role", "expected"), [
    ("bestselling author", "far-above"),
    ("bestsellerauteur", "far-above"),
    ("marketing director", "above"),
    ("hoogleraar", "above"),
    ("rector van een middelbare school", "above"),
    ("bondscoach van het hockeyteam", "above"),
    ("headteacher of a primary school", "above"),
    ("head coach of a rugby team", "above"),
    ("junior developer", "peer"),
])
def test_roles_without_numbers(role, expected):
    assert tier(None, Profile(role=role)) == expected


def test_junior_word_pulls_role_down():
    assert rank._role_level("junior developer") == 1
    assert rank._role_level("assistant professor") == 4


def test_profile_without_information_assumes_above():
    r = rank.compute(None, Profile(name="Someone"), EN)
    assert r.tier == "above" and r.assumed


def test_playbook_per_tier_in_both_languages():
    for lang in ("en", "nl"):
        ui = load(lang)
        for t in ("below", "peer", "above", "far-above"):
            assert ui.texts("playbook", t)


def test_small_figures_against_an_undescribed_sender_stay_the_cold_case():
    # 3 e-mails a day is little, but nothing says the sender gets more: 'below' needs both sides, like 'peer'
    r = rank.compute(None, Profile(role="director at a technology company", inbound_per_day=3), EN)
    assert (r.tier, r.assumed) == ("above", True)
    assert "--from" in r.reason
    assert tier(Profile(inbound_per_day=60), Profile(inbound_per_day=3)) == "below"
    assert tier(None, Profile(role="student")) == "below"  # a junior role still says it alone
