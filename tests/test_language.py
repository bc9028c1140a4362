from __future__ import annotations

import pytest

from givefirst import UnsupportedLanguageError, check
from givefirst.engine.language import detect


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Sarah, would you be open to a quick call next week?", "en"),
    ("Hoi Sarah, heb je volgende week tijd voor een kop koffie?", "nl"),
    ("Geachte heer De Vries, mag ik u iets vragen over uw boek?", "nl"),
    ("Dank je!", "nl"),
    ("Thanks!", "en"),
])
def test_detects_dutch_and_english(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text", [
    "Bonjour Madame, je voudrais vous demander un rendez-vous pour parler de mon projet.",
    "Sehr geehrte Frau Müller, ich möchte Sie gerne fragen, ob Sie nächste Woche Zeit haben.",
])
def test_other_languages_are_refused_clearly(text):
    with pytest.raises(UnsupportedLanguageError) as exc:
        check(text)
    assert "supports Dutch (nl) and English (en)" in str(exc.value)


def test_forced_language_skips_detection():
    r = check("Bonjour, could you help?", lang="en")
    assert r.language == "en"


def test_ui_language_overrides_advice_language():
    r = check("Hi Anna, could we grab a coffee?", ui_lang="nl")
    assert r.language == "en" and r.ui_language == "nl"
    assert any("Je vraagt" in f.message for f in r.findings)


@pytest.mark.parametrize(("text", "code"), [
    ("Hoi, zullen we connecten? Cheers, Tom", "nl"),
    ("Hi Sanne! Leuk je te ontmoeten op het event, let's connect!", "nl"),
    ("Hi Tom, we met at the fair. Could we have a call?", "en"),
])
def test_short_code_switched_notes(text, code):
    assert check(text).language == code
