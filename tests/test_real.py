"""Real messages and real sentences (issue 9): rank from numbers first, relationship from the text, who benefits,
the real sentence keys, and the side-by-side evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from givefirst import Profile, check, evaluate, realdata
from givefirst import corpus as C
from givefirst.engine import rank
from givefirst.engine.lexicon import load

EN = load("en")


# ------------------------------------------------------------------ rank: explicit figures beat titles

def test_figures_beat_a_title_on_both_sides():
    founder = Profile(role="founder and CEO", inbound_per_day=40)
    partner = Profile(role="partner at a venture capital firm", inbound_per_day=400)
    assert rank.compute(founder, partner, EN).tier in ("above", "far-above")
    # a grand title with a small figure stands at the figure
    host = Profile(role="host of a podcast", audience=200)
    assert rank.standing(host) == rank.standing(Profile(audience=200))


def test_a_title_decides_only_without_figures():
    assert rank.standing(Profile(role="professor"))[1] == "role"
    assert rank.standing(Profile(role="professor", inbound_per_day=30))[1] == "inbound"


def test_peer_needs_the_senders_figures_too():
    busyish = Profile(role="talent acquisition lead", inbound_per_day=60)
    r = rank.compute(None, busyish, EN)
    assert r.tier == "above" and r.assumed
    # with the sender's own figures close by, they are peers
    assert rank.compute(Profile(inbound_per_day=50), busyish, EN).tier == "peer"
    # a recipient below an ordinary professional stays a peer of an unknown sender
    assert rank.compute(None, Profile(role="product designer", inbound_per_day=20), EN).tier == "peer"


# ------------------------------------------------------------------ relationship from the text

@pytest.mark.parametrize("text,lang", [
    ("Hi Sam, great meeting you at the meetup last night! Could we grab a coffee next week?", "en"),
    ("Hi Sam, as discussed, here is the deck. Shall we meet on Friday to go through it?", "en"),
    ("Hi Sam, following up on our chat at the conference: would a call on Tuesday work?", "en"),
    ("Hoi Sam, leuk je gesproken te hebben op de borrel! Zullen we volgende week koffie drinken?", "nl"),
    ("Beste Sam, zoals besproken stuur ik je de offerte. Zullen we donderdag even bellen?", "nl"),
    ("Beste Sam, naar aanleiding van ons gesprek van gisteren: kunnen we een afspraak maken?", "nl"),
])
def test_a_relationship_in_the_text_makes_peers_without_a_profile(text, lang):
    r = check(text, lang=lang)
    assert r.rank.tier == "peer" and r.rank.assumed
    assert r.mistake_ids == []


@pytest.mark.parametrize("text,lang", [
    ("Hi Sam, I'm a designer. Could we grab a coffee next week so I can pick your brain?", "en"),
    ("Thank you for taking the time to read this. Could we meet for coffee next week?", "en"),
    ("We met briefly at a congress last year. Could we meet for coffee next week?", "en"),
    ("Beste Sam, ik ben ontwerper. Zullen we volgende week koffie drinken?", "nl"),
])
def test_no_relationship_keeps_the_cold_default(text, lang):
    r = check(text, lang=lang)
    assert r.rank.tier == "above" and "rank" in r.mistake_ids


def test_a_profile_beats_the_text():
    far = Profile(role="bestselling author", inbound_per_day=700)
    r = check("Great meeting you at the meetup! Could we grab a coffee next week?", recipient=far, lang="en")
    assert r.rank.tier == "far-above" and "rank" in r.mistake_ids


# ------------------------------------------------------------------ who benefits

def test_beneficiary_per_sentence_in_the_json():
    assert "beneficiary" not in check("Hi Anna, how are you?", lang="en").sentences[0].to_dict()
    r = check("Hi Anna, I cut a 2-minute trailer of your talk for your channel, free to use. "
              "Could I pick your brain over coffee? Our sponsors would get great exposure to your followers.",
              lang="en")
    by_text = {s.text: s.to_dict().get("beneficiary") for s in r.sentences}
    assert by_text["Hi Anna, I cut a 2-minute trailer of your talk for your channel, free to use."] == "recipient"
    assert by_text["Could I pick your brain over coffee?"] == "sender"
    assert by_text["Our sponsors would get great exposure to your followers."] == "third"


@pytest.mark.parametrize("text,lang", [
    ("We can offer great exposure for our advertisers.", "en"),
    ("Dit levert onze klanten veel bereik op, voor onze klanten is dat waardevol.", "nl"),
])
def test_value_for_a_third_party_is_no_value_for_them(text, lang):
    r = check(text, lang=lang)
    assert all("value" not in s.acts for s in r.sentences)


# ------------------------------------------------------------------ the real data: keys, splits, evaluation

def test_sentence_splitter_is_frozen():
    # the keys of real/sentences point at sentence numbers: these must never move
    assert realdata.split_sentences("Can you help? I tried <url> already.  Thanks!") == [
        "Can you help?", "I tried <url> already.", "Thanks!"]
    assert realdata.split_sentences("e.g. this one\n\nand that") == ["e.g. this one", "and that"]
    assert realdata.community_slug("092011 TeX - LaTeX") == "tex-latex"


def test_label_files_are_valid_and_hold_no_text():
    folder = ROOT / "real" / "sentences"
    total = 0
    for path in sorted(folder.glob("*.tsv")):
        labels = realdata.read_labels(str(path))
        total += len(labels)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                assert len(line.split("\t")) == 3, line  # key, acts, beneficiary: never the sentence itself
    assert total >= 1500


def test_bad_label_lines_are_refused(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("sp-wiki:1:0\task,bogus\tsender\n", encoding="utf-8")
    with pytest.raises(realdata.RealDataError, match="line 1"):
        realdata.read_labels(str(p))
    p.write_text("sp-wiki:1:0\task\tsender\nsp-wiki:1:0\t-\t-\n", encoding="utf-8")
    with pytest.raises(realdata.RealDataError, match="duplicate"):
        realdata.read_labels(str(p))


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data not present")
def test_every_labelled_key_is_found_in_the_shared_data():
    items = realdata.load_labelled(str(ROOT / "real" / "sentences"), str(SHARED))
    assert len(items) >= 1500
    assert {i.split for i in items} == {"dev", "test"}
    assert all(i.text.strip() for i in items)


def _write_set(root: Path) -> None:
    (root / "en").mkdir(parents=True)
    (root / "en" / "a.toml").write_text('''
[[message]]
id = "x-001"
mistakes = ["rank", "ask-before-give", "value-proposition"]
source = "https://example.org/post"
genre = "sales"
text = "Hi, I'm a designer. [[ask|Could we grab a coffee so I can pick your brain?]]"

[[message]]
id = "x-001-rw"
pair = "x-001"
mistakes = ["rank", "ask-before-give", "value-proposition"]
text = "Hello, designer here. [[ask|Fancy a coffee so I can ask you a few things?]]"

[[message]]
id = "x-002"
tier = "peer"
mistakes = []
to = { role = "freelance designer", inbound_per_day = 20 }
from = { role = "freelance designer", inbound_per_day = 15 }
text = "[[ask|Coffee on Friday?]]"
''', encoding="utf-8")


def test_rewordings_share_their_original_split_and_are_compared(tmp_path):
    _write_set(tmp_path)
    msgs = {m.id: m for m in C.load(tmp_path)}
    assert msgs["x-001-rw"].split == msgs["x-001"].split
    assert msgs["x-001"].origin == "https://example.org/post" and msgs["x-001"].genre == "sales"
    res = evaluate.evaluate_corpus(tmp_path, "all")
    assert res.pairs == 1 and res.pairs_agree == 1
    assert res.exact == 3 and res.auc == 1.0
    text = evaluate.format_side_by_side({"corpus": res, "real": res}, None)
    assert "reworded pairs agree" in text and "1/1" in text


def test_a_rewording_of_a_missing_message_is_an_error(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.toml").write_text('[[message]]\nid = "y"\npair = "nope"\ntext = "Hi."\n', encoding="utf-8")
    with pytest.raises(C.CorpusError, match="rewording of nope"):
        C.load(tmp_path)


def test_auc_counts_ties_as_half():
    res = evaluate.Result("all")
    res.scores = [(90, False), (50, True), (50, False), (30, True)]
    # clean 90 beats both flawed (2), clean 50 ties one (0.5) and beats one (1): 3.5 of 4
    assert res.auc == pytest.approx(3.5 / 4)


def test_relationship_and_same_trade_from_the_profiles():
    assert rank.compute(None, Profile(role="fellow physicist met at a conference"), EN).tier == "peer"
    assert rank.compute(Profile(role="co-maintainer of the same plugin"), Profile(role="lead maintainer"),
                        EN).tier == "peer"
    same = Profile(role="sales manager at a logistics software company")
    assert rank.compute(same, same, EN).tier == "peer"
    # titles alone within the peer band: the cold case
    assert rank.compute(Profile(role="agency recruiter"), Profile(role="senior software developer"), EN).tier == "above"
    # 'stage' inside an English title is no Dutch intern
    assert rank.standing(Profile(role="partner at a seed-stage venture fund"))[0] > 5


def test_thanks_for_connecting_asks_nothing():
    r = check("Hoi Gert, bedankt voor het connecten. Ik maakte een overzicht van jullie vacatures.", lang="nl")
    assert r.sentences[0].acts == [] or "ask" not in r.sentences[0].acts


def test_a_give_that_asks_nothing_is_its_own_value():
    far = Profile(role="author", inbound_per_day=300, work=("Small Bets",))
    r = check("Fantastic new book! There is a little typo at the bottom of page 31 of Small Bets: 'nor' should "
              "read 'not'.", recipient=far, lang="en")
    assert "value-proposition" not in r.mistake_ids
    # ... but a give still has to show their work, and an ask still needs value
    r = check("I made a checklist on webinar promotion. Want it?", recipient=far, lang="en")
    assert "value-proposition" in r.mistake_ids


def test_an_offer_to_translate_put_as_a_question_asks_permission():
    r = check("Can I help out by translating the documentation into Vietnamese?", lang="en")
    assert [s.acts for s in r.sentences] == [["ask"]]


def test_why_not_meet_is_still_an_ask():
    assert any("ask" in s.acts for s in check("Why not grab a coffee next week?", lang="en").sentences)


def test_a_linkedin_note_is_a_connection_request_even_without_the_word():
    r = check("Hi Anna, I am a UX designer in Utrecht and work on fintech apps.", channel="linkedin", lang="en")
    assert r.sentences[-1].ask_kind == "connect" and "rank" in r.mistake_ids  # a bare request, upward
    r = check("Hi Anna, loved your talk on pricing at SaaStock. I run a small SaaS for dentists.", channel="linkedin",
              lang="en")
    assert "rank" not in r.mistake_ids  # a reason given: their work
    # an e-mail that asks nothing asks nothing
    assert check("Hi Anna, I am a UX designer in Utrecht.", channel="email", lang="en").mistake_ids == []


@pytest.mark.parametrize("text,lang", [
    ("I'm applying for the Customer Success Lead role at Northpeak. I'd welcome the chance to talk about how my "
     "background fits what you need.", "en"),
    ("Hierbij solliciteer ik naar de functie van stagiair marketing. Graag licht ik mijn motivatie toe in een gesprek.",
     "nl"),
])
def test_a_job_applications_interview_is_no_peer_rule(text, lang):
    r = check(text, lang=lang)
    assert "rank" not in r.mistake_ids and "ask-before-give" in r.mistake_ids


def test_a_thank_you_that_opens_the_message_is_no_closing_line():
    r = check("thank you.\n\nCould you send me your contact by email? I will post you a copy.", lang="en")
    assert "ask" in r.sentences[1].acts


@pytest.mark.parametrize("text,lang", [
    ("Works perfectly, thanks. I bought you a coffee on Ko-fi!", "en"),
    ("Werkt perfect, dank je. Er komt een kop koffie jouw kant op.", "nl"),
])
def test_a_coffee_bought_for_them_is_a_give_not_a_meeting(text, lang):
    r = check(text, lang=lang)
    assert "rank" not in r.mistake_ids and any("give" in s.acts for s in r.sentences)


def test_an_application_sentence_asks():
    r = check("Hierbij solliciteer ik op de functie van medewerker klantenservice.", lang="nl")
    assert r.sentences[0].acts == ["ask"] and "rank" not in r.mistake_ids


def test_a_standing_tie_in_the_profiles_makes_peers():
    assert rank.compute(Profile(role="master student"), Profile(role="professor, my own supervisor"), EN).tier == "peer"
    assert rank.compute(Profile(role="undergraduate"), Profile(role="professor teaching a course"), EN).tier != "peer"
    assert rank.compute(None, Profile(role="contributor who sent a Spanish translation"), EN).tier == "peer"
    assert rank.compute(None, Profile(role="professor of economics"), EN).tier == "above"


# ------------------------------------------------------------------ probes: kinds of phrasing from the real sets
# group: (kind, expected, [(text, lang)]); 'rank' is the peer-rule mistake raised upward (no profile: above), 'ask'
# and 'give' an act on some sentence
PROBES: dict[str, tuple[str, bool, list[tuple[str, str]]]] = {
    "meetings_in_disguise_are_peer_rules_upward": ("rank", True, [
        ('Would you be open to a quick demo of our platform next week?', "en"),
        ("I'd love 15 minutes to walk you through what we're learning about labour costs.", "en"),
        ('Could we maybe talk privately about a possible freelance gig?', "en"),
        ('Got a minute this week?', "en"),
        ('Mag ik je in een korte demo laten zien hoe het werkt?', "nl"),
        ('Heb je deze week 15 minuten?', "nl"),
        ('Zou je een kwartier vrij kunnen maken om dit te bespreken?', "nl"),
        ('Heeft het zin om dit even kort met elkaar door te nemen?', "nl"),
    ]),
    "a_demo_for_others_a_demo_unit_or_questions_by_mail_are_no_meeting": ("rank", False, [
        ('Would your team want a 10-minute walkthrough? I recorded one for your developers already.', "en"),
        ('Ik kan je kosteloos een demo-exemplaar sturen.', "nl"),
        ('Heeft u een paar minuten voor vragen per mail?', "nl"),
    ]),
    "work_done_on_their_work_is_a_give": ("give", True, [
        ("I've put your tutorial into Japanese, here: github.com/kenta/db-tutorial-ja", "en"),
        ('While working through the first five chapters I spotted a few typos and small errors.', "en"),
        ('I built an mdBook plugin on top of this.', "en"),
        ('Ik heb een paar verbeteringen aangebracht in de Nederlandse vertaling.', "nl"),
        ('Ik vond twee typfouten in hoofdstuk 3 van je handleiding.', "nl"),
    ]),
    "rhetorical_questions_and_suggestions_ask_nothing": ("ask", False, [
        ("It didn't seem like the best way, ya know?", "en"),
        ('Huh?', "en"),
        ("Isn't that interesting?", "en"),
        ('Why not use a numerical counter, then convert it to text when you need to display it?', "en"),
        ("Can't you just generate the HTML with divs around the blocks?", "en"),
    ]),
    "the_purpose_stated_as_a_fact_is_an_ask": ("ask", True, [
        ("I'm getting in touch about a paid sponsorship slot in your newsletter.", "en"),
        ('My background is in product design and I am searching for PhD positions in your lab.', "en"),
        ('Ik schrijf u over een betaalde plek in uw nieuwsbrief.', "nl"),
        ('Met deze mail wil ik vragen of jullie een stagiair zoeken.', "nl"),
    ]),
    "requests_announced_in_the_first_or_third_person_are_asks": ("ask", True, [
        ("For our client, an award-winning performer, we're asking for a featured front-page story.", "en"),
        ('Our team is requesting an interview slot next month.', "en"),
        ("I read your blog and would love for someone from your firm to give a webinar for our client.", "en"),
    ]),
    "sales_offers_and_discoveries_are_no_gives": ("give", False, [
        ("I'd give you a good price, since I want to move into translating books.", "en"),
        ("We'd gladly pay you for a full year of advertising up front.", "en"),
        ('We vroegen ons af of je openstaat voor een gratis doorlichting van jullie online omgeving.', "nl"),
        ('I found your podcast and thought it would be an ideal fit!', "en"),
        ('Ik stuur je dit bericht om te vragen of ik de projecten mag gebruiken.', "nl"),
    ]),
    "hedged_requests_are_asks": ("ask", True, [
        ("I came across your post about The Polar Express and wondered whether you'd review our gift shop.", "en"),
        ('We vroegen ons af of je openstaat voor een samenwerking.', "nl"),
        ('Misschien wil je ze in je branch mergen.', "nl"),
        ('Voor de deadline van 1 april heb ik jouw goedkeuring en handtekening nodig.', "nl"),
    ]),
    "scheduling_with_them_is_a_meeting": ("rank", True, [
        ("If it's not too much to ask, I'd really appreciate meeting you on Friday.", "en"),
        ('What day can we put the interview with Dr. Hollis on the calendar?', "en"),
        ('Plannen we samen een moment in?', "nl"),
        ('Wanneer zou het u passen om er samen naar te kijken?', "nl"),
    ]),
}


@pytest.mark.parametrize(("group", "kind", "present", "text", "lang"),
                         [(g, k, p, t, lang) for g, (k, p, rows) in PROBES.items() for t, lang in rows])
def test_probe(group, kind, present, text, lang):
    r = check(text, lang=lang)
    got = kind in r.mistake_ids if kind == "rank" else any(kind in s.acts for s in r.sentences)
    assert got is present, group


# group: (tier expected without profiles, [(text, lang)])
TIER_PROBES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "more_kinds_of_relationship_in_the_text": ("peer", [
        ("Hi Rob, thanks for getting in touch. If you're at the mixer tomorrow, let's grab a few minutes "
         "to chat.", "en"),
        ("Hi Carol, looks like we've got plenty in common. How about we meet up and chat about our businesses?", "en"),
        ("Dag meneer De Wit, afgelopen donderdag hebben we elkaar gesproken op het congres. Zullen we eens "
         "bellen?", "nl"),
        ('Hoi Kees, ik kom nog even terug op de aanvraag die je laatst deed: zullen we even bellen?', "nl"),
        ('Fijn om je op de borrel te hebben ontmoet! Zullen we binnenkort bellen?', "nl"),
    ]),
    "a_reply_to_ones_own_cold_message_or_an_accepted_connection_is_no_relationship": ("above", [
        ('Liz, thanks for getting back to me. Could we hop on a call next week about my framework?', "en"),
        ("Thanks for connecting! I'd love to show you our platform in a 15-minute demo.", "en"),
        ('Hallo Femke, dank voor het accepteren! Heb je een kwartiertje voor een korte call?', "nl"),
        ('Beste mevrouw, heel erg bedankt voor uw antwoord. Kunnen we een afspraak maken?', "nl"),
    ]),
    "writing_inside_a_shared_group_or_thread_is_between_peers": ("peer", [
        ("Hello everyone, to begin with, thank you for opening this mail! Our association needs three "
         "volunteers.", "en"),
        ('Thanks for your translation! Could you also add the new chapter when you have time?', "en"),
        ('Beste leden en ouders, na de ledenvergadering zoeken we vrijwilligers voor de kantine.', "nl"),
        ('Top gedaan! Kun je de vertaling ook bijhouden?', "nl"),
    ]),
}


@pytest.mark.parametrize(("group", "tier", "text", "lang"),
                         [(g, tier, t, lang) for g, (tier, rows) in TIER_PROBES.items() for t, lang in rows])
def test_tier_probe(group, tier, text, lang):
    assert check(text, lang=lang).rank.tier == tier, group
