"""The learned second opinion on give and value (givefirst.engine.learned)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from givefirst import check
from givefirst.engine import learned
from givefirst.engine.model import Sentence

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("train_model", ROOT / "tools" / "train_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("code", ["en", "nl"])
def test_the_shipped_model_is_trained_on_the_current_dev_corpus(code):
    data = json.loads((ROOT / "src" / "givefirst" / "lang" / code / "acts-model.json").read_text(encoding="utf-8"))
    assert data["schema"] == learned.MODEL_SCHEMA
    assert data["trained_on"] == _tool().corpus_stamp(code), "corpus changed: run `python tools/train_model.py`"


def test_training_learns_from_words_and_is_repeatable():
    rows = [(learned.features(t), {"give"} if g else set()) for t, g in [
        ("I made a free map for your team.", True), ("Attached is a free checklist for your staff.", True),
        ("I am a designer in Leeds.", False), ("I live in Utrecht with my cat.", False)] * 5]
    w1, w2 = learned.train(rows, "give"), learned.train(rows, "give")
    assert w1 == w2
    model = learned.ActModel({"give": w1, "value": {}}, {"give": 0.5, "value": 1.0})
    assert model.probability("give", learned.features("A free guide for your team.")) > 0.5
    assert model.probability("give", learned.features("I live in Leeds.")) < 0.5


def test_the_model_only_adds_to_sentences_that_ask_nothing():
    model = learned.ActModel({"give": {"": 10.0}, "value": {"": -10.0}}, {"give": 0.5, "value": 0.5})
    plain, question = Sentence(0, 30, "I counted all the buses."), Sentence(31, 60, "Shall I count all the buses?")
    ask, short = Sentence(61, 90, "Please call me next week."), Sentence(91, 99, "Best wishes,")
    ask.acts = ["ask"]
    learned.add_acts([plain, question, ask, short], model)
    assert plain.acts == ["give"]
    assert question.acts == [] and ask.acts == ["ask"] and short.acts == []


def test_without_a_model_nothing_changes(monkeypatch):
    text = "I counted every bus on route 4 for a month. The table is below."
    with_model = [s.acts for s in check(text, lang="en").sentences]
    monkeypatch.setattr(learned, "load", lambda code: None)
    without = [s.acts for s in check(text, lang="en").sentences]
    assert all(set(b) <= set(a) for a, b in zip(with_model, without, strict=True))
