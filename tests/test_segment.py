from __future__ import annotations

from givefirst.engine.lexicon import load
from givefirst.engine.segment import split


def texts(t, lang="en"):
    return [t[s:e] for s, e in split(t, load(lang).abbreviations)]


def test_greeting_and_signoff_lines_are_their_own_sentences():
    t = "Hi Anna,\n\nI loved the talk. Could we talk?\n\nBest,\nTom"
    assert texts(t) == ["Hi Anna,", "I loved the talk.", "Could we talk?", "Best,", "Tom"]


def test_soft_wrapped_lines_are_joined():
    t = "I wanted to write to you about the chapter on focus that\nyou published last spring in the review."
    assert texts(t) == [t]


def test_abbreviations_do_not_split():
    assert texts("Dear Dr. Smith, e.g. this one. Next sentence.") == ["Dear Dr. Smith, e.g. this one.",
                                                                       "Next sentence."]
    assert texts("Beste dhr. Jansen, bijv. dit. Volgende zin.", "nl") == ["Beste dhr. Jansen, bijv. dit.",
                                                                          "Volgende zin."]


def test_question_and_exclamation_split():
    assert texts("Great talk! Are you free? yes") == ["Great talk!", "Are you free?", "yes"]


def test_bullets_are_separate():
    t = "Three things:\n- one thing\n- another thing"
    assert texts(t) == ["Three things:", "- one thing", "- another thing"]


def test_spans_cover_only_text_and_are_ordered():
    t = "  Hello there.   How are you?  \n\n  Fine. "
    spans = split(t)
    assert all(t[s:e] == t[s:e].strip() for s, e in spans)
    assert spans == sorted(spans)


def test_an_initial_does_not_split_but_the_dutch_pronoun_ends_a_sentence():
    assert texts("Thanks to J. Smith. He helped.") == ["Thanks to J. Smith.", "He helped."]
    assert texts("Ik regel de papieren voor u. Mag ik de lijst sturen?", "nl") == [
        "Ik regel de papieren voor u.", "Mag ik de lijst sturen?"]
