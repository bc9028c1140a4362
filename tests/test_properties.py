"""Property-based tests: any Unicode input gives a report or a clean error, and spans lie inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from givefirst import GivefirstError, check

WORDS = st.sampled_from([
    "coffee", "koffie", "could", "you", "je", "u", "I'd", "love", "to", "feature", "interview", "your", "book",
    "12,000", "readers", "lezers", "?", "!", ".", "\n", "\n\n", "pick", "brain", "sparren", "bellen", "call",
    "Hi", "Beste", "thanks", "in return", "in ruil", "happy to help", "let me know", "laat maar weten", "Dr.",
    "e.g.", "’", "—", "  ", "🙂", "mijn", "my", "app", "test", "tijd",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_gives_report_or_clean_error(text):
    try:
        r = check(text)
    except GivefirstError:
        return
    _assert_spans(r, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=60).map(" ".join),
       st.sampled_from(["email", "linkedin", "dm"]), st.sampled_from(["en", "nl"]))
def test_outreach_like_text_spans(text, channel, lang):
    try:
        r = check(text, channel=channel, lang=lang)
    except GivefirstError:
        return
    _assert_spans(r, text)
    assert 0 <= r.score <= 100


def _assert_spans(r, text):
    n = len(text)
    for s in r.sentences:
        assert 0 <= s.start < s.end <= n
        assert text[s.start:s.end] == s.text
    for f in r.findings:
        assert 0 <= f.start <= f.end <= n
    starts = [s.start for s in r.sentences]
    assert starts == sorted(starts)
