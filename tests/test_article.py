"""The article's own examples must behave right, in both languages (issue 2, 'Done means')."""

from __future__ import annotations

from conftest import FAR, FAR_NL, ME, PEER
from givefirst import check


def test_coffee_to_pick_brain_of_bestselling_author_raises_all_three():
    r = check("Hi Anna, would you have time for a coffee next week so I can pick your brain?", recipient=FAR)
    assert r.mistake_ids == ["rank", "ask-before-give", "value-proposition"]
    assert r.rank.tier == "far-above"
    assert r.score < 40


def test_koffie_en_sparren_met_bestsellerauteur_geeft_alle_drie():
    r = check("Hoi Anna, heb je volgende week tijd voor een kop koffie? Dan kan ik even met je sparren.",
              recipient=FAR_NL)
    assert r.language == "nl"
    assert r.mistake_ids == ["rank", "ask-before-give", "value-proposition"]


def test_same_coffee_between_peers_raises_none():
    r = check("Hi Sara, would you have time for a coffee next week so I can pick your brain?",
              recipient=PEER, sender=ME)
    assert r.rank.tier == "peer"
    assert r.mistakes == []


def test_zelfde_koffie_tussen_gelijken_geeft_niets():
    r = check("Hoi Sara, heb je volgende week tijd voor een kop koffie? Dan kan ik even met je sparren.",
              recipient=PEER, sender=ME)
    assert r.mistakes == []


def test_interview_invitation_for_an_audience_is_a_give():
    r = check("Hi Anna, I'd love to feature you in my interview series on becoming a business writer, "
              "which reaches 12,000 readers.", recipient=FAR)
    s = r.sentences[0]
    assert "give" in s.acts and "value" in s.acts
    assert "ask-before-give" not in r.mistake_ids


def test_interview_uitnodiging_voor_publiek_is_geven():
    r = check("Beste Anna, ik zou je graag interviewen voor mijn serie over zakelijk schrijven, "
              "die 12.000 lezers bereikt.", recipient=FAR_NL)
    assert "give" in r.sentences[0].acts
    assert "ask-before-give" not in r.mistake_ids


def test_detailed_pitch_with_finished_promo_video_is_a_give_with_value():
    text = ("Hi Anna, your chapter on saying no in The Busy Brain changed how I plan my week. "
            "I've made a two-minute promo video for the book, ready to post, and drafted a plan for an online "
            "micro-network where your readers meet each other. Can I send you the link?")
    r = check(text, recipient=FAR)
    assert r.mistakes == []
    acts = {a for s in r.sentences for a in s.acts}
    assert {"give", "value", "their-work"} <= acts


def test_pitch_met_af_promofilmpje_is_geven_met_waarde():
    text = ("Beste Anna, in Het Drukke Brein schrijf je dat lezers elkaar moeten vinden. "
            "Ik heb alvast een promovideo van twee minuten voor je boek gemaakt die klaar is om te delen. "
            "Mag ik je de link sturen?")
    r = check(text, recipient=FAR_NL)
    assert r.mistakes == []


def test_offer_of_opportunity_to_test_my_app_is_an_ask():
    r = check("Hi Anna, I'd like to offer you the opportunity to test my app and give me feedback.", recipient=FAR)
    s = r.sentences[0]
    assert "ask" in s.acts and "give" not in s.acts
    assert "ask-before-give" in r.mistake_ids


def test_kans_aanbieden_om_mijn_app_te_testen_is_een_vraag():
    r = check("Beste Anna, ik wil je graag de kans aanbieden om mijn app te testen en me feedback te geven.",
              recipient=FAR_NL)
    s = r.sentences[0]
    assert "ask" in s.acts and "give" not in s.acts


def test_give_first_then_small_ask_is_right():
    r = check("Hi Anna, I made a short promo video for The Busy Brain that you can use freely. "
              "Can I send it to you?", recipient=FAR)
    assert r.mistakes == []
    assert r.score >= 85


def test_ask_first_then_give_is_ask_before_give():
    r = check("Hi Anna, could you share my course with your readers? In return I'll feature The Busy Brain "
              "in my newsletter for 5,000 founders.", recipient=FAR)
    assert "ask-before-give" in r.mistake_ids
    assert any(f.rule == "ask-before-give.ask-first" for f in r.findings)


def test_quoted_reply_and_signature_are_not_the_senders_message():
    text = ("Hi Anna, I made a short promo video for The Busy Brain that you can use freely. Can I send it?\n\n"
            "-- \nTom Bakker | video maker\n\n"
            "On Mon, 3 Nov 2026 at 10:00, Anna de Vries <anna@example.com> wrote:\n"
            "> Could we grab a coffee next week so I can pick your brain?\n")
    r = check(text, recipient=FAR)
    assert r.mistakes == []
    assert all(s.end <= text.index("-- \n") for s in r.sentences)
    assert r.metrics["quoted_characters_ignored"] > 0


def test_dutch_forwarded_history_is_ignored():
    text = ("Beste Anna, ik heb alvast een promovideo voor Het Drukke Brein gemaakt. Mag ik je de link sturen?\n\n"
            "Op ma 3 nov. 2026 om 10:00 schreef Piet <piet@example.nl>:\n"
            "> Heb je tijd voor een kopje koffie? Dan kan ik even met je sparren.\n")
    r = check(text, recipient=FAR_NL)
    assert r.language == "nl" and r.mistakes == []
