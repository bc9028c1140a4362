"""The prefilter only saves time: results with and without it are identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from givefirst.engine import acts, prefilter
from givefirst.engine.lexicon import SUPPORTED, build_index, examples, load, validate


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_pattern_compiles(code):
    assert validate(code) == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_shipped_index_is_current(code):
    from givefirst.engine.lexicon import _source

    shipped = json.loads(_source(code, "cues.index.json"))
    built = json.loads(json.dumps(build_index(code)))
    if shipped["compiled"]["stamp"] != built["compiled"]["stamp"]:
        # another regex engine or Python version: the compiled patterns are skipped at load; compare the rest
        del shipped["compiled"], built["compiled"]
    assert shipped == built, "run `make index` after editing cues.toml"


@pytest.mark.parametrize("code", SUPPORTED)
def test_compiled_patterns_match_like_re_compile(code):
    import re

    from givefirst.engine.lexicon import _from_code, _sre_stamp

    pack = load(code)
    with_code = [alt for g in pack.groups for alt in g.alts if alt.compiled is not None]
    from givefirst.engine.lexicon import _source

    shipped = json.loads(_source(code, "cues.index.json"))
    if shipped["compiled"]["stamp"] != _sre_stamp():
        assert with_code == []  # not this interpreter's code: every pattern falls back to re.compile
        return
    assert len(with_code) == sum(len(g.alts) for g in pack.groups)
    from givefirst.corpus import load as load_corpus

    corpus = [m.text for m in load_corpus(Path(__file__).resolve().parent.parent / "corpus") if m.lang == code]
    sample = "\n".join([e["text"] for e in examples(code)["example"]] + corpus[:150])
    for alt in with_code:
        cached = _from_code(alt.source, *alt.compiled)
        plain = re.compile(alt.source, re.IGNORECASE)
        assert (cached.pattern, cached.flags, cached.groups) == (plain.pattern, plain.flags, plain.groups)
        assert [m.span() for m in cached.finditer(sample)] == [m.span() for m in plain.finditer(sample)], alt.source


@pytest.mark.parametrize(("pattern", "expected"), [
    # a trailing space marks a whole word; otherwise the key is a word prefix (at most 6 characters)
    (r"\b(?:grab|get|go\s+for)\s+coffee", {"grab ", "get ", "go "}),
    (r"(?:^|(?<=[.!?]\s))\s*(?:please\s+)?(?:send|call)\b", {"please ", "send ", "call "}),
    (r"\bmeet(?:ing)?\s+you", {"meet ", "meetin"}),
    (r"\bcoffees?\b", {"coffee", "coffee "}),  # "coffees" (prefix) or exactly "coffee"
    (r"coffee", None),          # not anchored at a word start
    (r"\s*coffee", None),       # optional space does not anchor either
    (r"\b\d+", set("0123456789")),  # a number starts a word
    (r"\b(?:a|\d+)\s+call", {"a "} | set("0123456789")),
    (r"\b[a-z]+x", None),       # starts with a letter class
])
def test_prefixes(pattern, expected):
    got = prefilter.prefixes(pattern)
    assert (None if got is None else set(got)) == expected


def _cues_without_prefilter(text, pack):
    return acts.find_cues(text, pack, None, use_prefilter=False)


def _texts():
    for code in SUPPORTED:
        for e in examples(code)["example"]:
            yield code, e["text"]


@pytest.mark.parametrize(("code", "text"), list(_texts()))
def test_same_cues_with_and_without_prefilter_on_examples(code, text):
    pack = load(code)
    assert acts.find_cues(text, pack, None) == _cues_without_prefilter(text, pack)


WORDS = st.sampled_from("could you grab coffee pick your brain koffie sparren heb je tijd voor een kopje "
                        "I'd love to feature you in my series 12,000 readers happy to help in any way "
                        "Let's connect please send me let me know ! ? . , \n".split(" "))


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join), st.sampled_from(SUPPORTED))
def test_same_cues_with_and_without_prefilter_on_random_text(text, code):
    pack = load(code)
    assert acts.find_cues(text, pack, None) == _cues_without_prefilter(text, pack)


def test_shipped_rules_index_is_current():
    from givefirst.engine.lexicon import _PACKAGE, build_rules_index

    shipped = json.loads((Path(_PACKAGE) / "data" / "rules.index.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(build_rules_index())), "run `make index` after editing rules.toml"


def test_no_english_pattern_runs_on_every_message():
    # A pattern the prefilter cannot index runs over every message (see benchmarks); write it so that it starts
    # with a word ("(?:(?<=would\s)|(?<='d\s))like" rather than "(?:would|'d)\s+like").
    pack = load("en")
    assert [pack.flat[n][1].source for n in pack.always] == []
