"""Every rule has must-flag and must-pass examples in both languages, and they behave (STYLE.md, example 4)."""

from __future__ import annotations

import pytest

from givefirst import check
from givefirst.engine.lexicon import SUPPORTED, examples, rules
from givefirst.profiles import from_dict


def _cases():
    for lang in SUPPORTED:
        ex = examples(lang)
        for i, e in enumerate(ex["example"]):
            yield pytest.param(lang, e, ex["profiles"], id=f"{lang}-{e['rule']}-{e['expect']}-{i}")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_rule_has_flag_and_pass_examples(lang):
    ex = examples(lang)["example"]
    missing = []
    for rule_id in rules():
        for expect in ("flag", "pass"):
            if not any(e["rule"] == rule_id and e["expect"] == expect for e in ex):
                missing.append(f"{rule_id}/{expect}")
    assert not missing, f"lang/{lang}/examples.toml lacks: {', '.join(missing)}"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_examples_name_only_known_rules(lang):
    unknown = {e["rule"] for e in examples(lang)["example"]} - set(rules())
    assert not unknown


@pytest.mark.parametrize(("lang", "example", "profiles"), list(_cases()))
def test_example(lang, example, profiles):
    def profile(key):
        return from_dict(profiles[example[key]])[0] if key in example else None

    r = check(example["text"], recipient=profile("to"), sender=profile("from"),
              channel=example.get("channel", "email"), lang="auto")
    assert r.language == lang, "the example should be detected as its own language"
    fired = [f.rule for f in r.findings]
    if example["expect"] == "flag":
        assert example["rule"] in fired, f"expected {example['rule']}, got {fired}"
    else:
        assert example["rule"] not in fired, f"did not expect {example['rule']}, got {fired}"


def test_every_rule_has_advice_in_every_language():
    from givefirst.engine.lexicon import load

    for lang in SUPPORTED:
        advice = load(lang).advice["rules"]
        for rule_id in rules():
            assert advice[rule_id]["message"] and advice[rule_id]["suggestion"], (lang, rule_id)


def test_every_rule_cites_a_source():
    for rule_id, meta in rules().items():
        assert len(meta["source"]) > 20, rule_id
