"""`givefirst eval`: score the engine on the labelled corpus and on Enron intent sentences."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import corpus
from .engine import check
from .engine.errors import GivefirstError
from .engine.model import ACTS, MISTAKES


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Failure:
    id: str
    lang: str
    split: str
    gold_mistakes: list[str]
    got_mistakes: list[str]
    gold_tier: str
    got_tier: str

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Result:
    split: str
    messages: int = 0
    mistakes: dict[tuple[str, str], PRF] = field(default_factory=lambda: defaultdict(PRF))
    acts: dict[tuple[str, str], PRF] = field(default_factory=lambda: defaultdict(PRF))
    tier_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tier_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    peer_with_mistake: int = 0
    peers: int = 0
    failures: list[Failure] = field(default_factory=list)
    langs: set[str] = field(default_factory=set)
    asks: dict[str, PRF] = field(default_factory=dict)
    exact: int = 0  # messages whose set of mistakes is exactly the gold set
    scores: list[tuple[int, bool]] = field(default_factory=list)  # (score, gold has a mistake)
    pairs: int = 0  # rewordings whose original is in the same split
    pairs_agree: int = 0  # ... judged with the same set of mistakes

    @property
    def auc(self) -> float | None:
        """How well the score separates clean messages from flawed ones (1.0: every clean message scores higher)."""
        clean = [s for s, flawed in self.scores if not flawed]
        bad = [s for s, flawed in self.scores if flawed]
        if not clean or not bad:
            return None
        wins = sum((c > b) + 0.5 * (c == b) for c in clean for b in bad)
        return wins / (len(clean) * len(bad))

    def macro_f1(self, lang: str = "all") -> float:
        return sum(self.mistakes[(lang, m)].f1 for m in MISTAKES) / len(MISTAKES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "messages": self.messages,
            "mistakes": {f"{lang}/{m}": prf.to_dict() for (lang, m), prf in sorted(self.mistakes.items())},
            "acts": {f"{lang}/{a}": prf.to_dict() for (lang, a), prf in sorted(self.acts.items())},
            "tier_accuracy": {lang: round(self.tier_right[lang] / n, 3) for lang, n in self.tier_total.items() if n},
            "peers": self.peers,
            "peers_with_a_mistake": self.peer_with_mistake,
            "work_email_asks": {lang: prf.to_dict() for lang, prf in self.asks.items()},
            "exactly_right": self.exact,
            "macro_f1": round(self.macro_f1(), 3),
            "score_auc": None if self.auc is None else round(self.auc, 3),
            "reworded_pairs": self.pairs,
            "reworded_pairs_agree": self.pairs_agree,
            "failures": [f.to_dict() for f in self.failures],
        }


def _sentence_acts(msg: corpus.Message, sentences: list[Any]) -> list[tuple[set[str], set[str]]]:
    """(gold acts, predicted acts) per predicted sentence; gold = acts of marked spans overlapping it."""
    out = []
    for s in sentences:
        gold: set[str] = set()
        for start, end, acts in msg.spans:
            if start < s.end and s.start < end:
                gold |= acts
        out.append((gold, set(s.acts)))
    return out


def evaluate_corpus(root: str | Path, split: str = "test") -> Result:
    messages = corpus.load(root)
    chosen = [m for m in messages if split == "all" or m.split == split]
    if not chosen:
        raise corpus.CorpusError(f"{root}: no messages in split '{split}'")
    res = Result(split)
    judged: dict[str, frozenset[str]] = {}
    for msg in chosen:
        try:
            report = check(msg.text, recipient=msg.recipient, sender=msg.sender, channel=msg.channel, lang=msg.lang)
        except GivefirstError as exc:
            raise corpus.CorpusError(f"{msg.source} ({msg.id}): {exc}") from None
        res.messages += 1
        res.langs.add(msg.lang)
        got = set(report.mistake_ids)
        judged[msg.id] = frozenset(got)
        res.exact += got == set(msg.mistakes)
        res.scores.append((report.score, bool(msg.mistakes)))
        for m in MISTAKES:
            res.mistakes[(msg.lang, m)].add(m in msg.mistakes, m in got)
            res.mistakes[("all", m)].add(m in msg.mistakes, m in got)
        res.tier_total[msg.lang] += 1
        res.tier_right[msg.lang] += report.rank.tier == msg.tier
        if msg.tier == "peer":
            res.peers += 1
            res.peer_with_mistake += bool(got)
        for gold, pred in _sentence_acts(msg, report.sentences):
            for a in ACTS:
                res.acts[(msg.lang, a)].add(a in gold, a in pred)
        if got != set(msg.mistakes) or report.rank.tier != msg.tier:
            res.failures.append(Failure(msg.id, msg.lang, msg.split, sorted(msg.mistakes), sorted(got),
                                        msg.tier, report.rank.tier))
    for msg in chosen:
        if msg.pair and msg.pair in judged:
            res.pairs += 1
            res.pairs_agree += judged[msg.pair] == judged[msg.id]
    res.asks = evaluate_asks(root, split)
    return res


def evaluate_sentences(label_dir: str | Path, shared: str | Path, split: str = "test") -> dict[str, Any]:
    """Acts on the labelled real English sentences (Stanford Politeness requests, SpamAssassin ham), each checked
    on its own, and the beneficiary of the acts where the engine names one."""
    from . import realdata

    try:
        items = realdata.load_labelled(str(label_dir), str(shared))
    except (OSError, realdata.RealDataError) as exc:
        raise corpus.CorpusError(str(exc)) from None
    acts = {a: PRF() for a in ACTS}
    n = who_right = who_total = 0
    for item in items:
        if split != "all" and item.split != split:
            continue
        try:
            r = check(item.text, lang="en")
        except GivefirstError:
            got: set[str] = set()
            who = None
        else:
            got = {a for s in r.sentences for a in s.acts}
            who = next((s.beneficiary for s in r.sentences if s.beneficiary), None)
        n += 1
        for a in ACTS:
            acts[a].add(a in item.acts, a in got)
        if item.beneficiary != "-":
            who_total += 1
            who_right += who == item.beneficiary
    return {"sentences": n, "acts": {a: p.to_dict() for a, p in acts.items()},
            "beneficiary_accuracy": round(who_right / who_total, 3) if who_total else None,
            "beneficiary_labelled": who_total}


def format_side_by_side(results: dict[str, Result], sentences: dict[str, Any] | None) -> str:
    """The summary of several labelled sets in columns: per mistake and language F1, and the whole-message figures."""
    names = list(results)
    width = max(12, *(len(n) + 2 for n in names))
    head = f"{'':<28}" + "".join(f"{n:>{width}}" for n in names)
    lines = ["givefirst eval: " + ", ".join(f"{n} {r.messages} messages ({r.split})" for n, r in results.items()),
             "", head]
    langs = sorted(set().union(*(r.langs for r in results.values()))) + ["all"]
    def f1_row(label: str, table: str, key: tuple[str, str]) -> str:
        cells = []
        for r in results.values():
            p = getattr(r, table).get(key)
            cells.append(f"{p.f1:>{width}.3f}" if p is not None and p.tp + p.fp + p.fn else f"{'-':>{width}}")
        return f"{label:<28}" + "".join(cells)

    for lang in langs:
        for m in MISTAKES:
            lines.append(f1_row(f"{m} F1 ({lang})", "mistakes", (lang, m)))
    rows: list[tuple[str, Any]] = [
        ("macro-F1", lambda r: f"{r.macro_f1():.3f}"),
        ("exactly right", lambda r: f"{r.exact}/{r.messages}"),
        ("score AUC", lambda r: "-" if r.auc is None else f"{r.auc:.3f}"),
        ("tier accuracy", lambda r: f"{sum(r.tier_right.values())}/{sum(r.tier_total.values())}"),
        ("peers flagged", lambda r: f"{r.peer_with_mistake}/{r.peers}"),
        ("reworded pairs agree", lambda r: f"{r.pairs_agree}/{r.pairs}" if r.pairs else "-"),
    ]
    for label, fn in rows:
        lines.append(f"{label:<28}" + "".join(f"{fn(r):>{width}}" for r in results.values()))
    lines += ["", f"{'act F1':<28}" + "".join(f"{n:>{width}}" for n in names)]
    for lang in langs[:-1]:
        for a in ACTS:
            lines.append(f1_row(f"{a} ({lang})", "acts", (lang, a)))
    if sentences is not None:
        lines += ["", f"real sentences (Stanford Politeness + SpamAssassin ham, {sentences['sentences']} labelled, "
                      "each checked alone):"]
        for a, p in sentences["acts"].items():
            lines.append(f"  {a:<14} P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}   "
                         f"{p['tp']}/{p['fp']}/{p['fn']}")
        acc = sentences["beneficiary_accuracy"]
        lines.append(f"  beneficiary accuracy: {'-' if acc is None else f'{acc:.3f}'} "
                     f"({sentences['beneficiary_labelled']} sentences with a labelled beneficiary)")
    return "\n".join(lines)


def evaluate_asks(root: str | Path, split: str = "test") -> dict[str, PRF]:
    """Sentence-level 'ask' on corpus/asks/<lang>.tsv (everyday work e-mail sentences), per language."""
    out: dict[str, PRF] = {}
    for path in sorted(Path(root, "asks").glob("*.tsv")):
        lang = path.stem
        prf = out.setdefault(lang, PRF())
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            label, _, sentence = line.partition("\t")
            if label not in ("ask", "no") or not sentence:
                raise corpus.CorpusError(f"{path}:{n}: expected 'ask' or 'no', a tab, then the sentence")
            if split != "all" and corpus.split_of(sentence) != split:
                continue
            r = check(sentence, lang=lang)
            prf.add(label == "ask", any("ask" in s.acts for s in r.sentences))
    return out


def evaluate_enron(folder: str | Path) -> dict[str, Any]:
    """Sentence-level 'ask' on the Enron intent data (evaluation only; never used for tuning rules)."""
    folder = Path(folder)
    prf = PRF()
    total = 0
    for name, gold in (("intent_pos", True), ("intent_neg", False)):
        path = folder / name
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise corpus.CorpusError(f"{path}: cannot read ({exc.strerror})") from None
        for line in lines:
            if not line.strip():
                continue
            total += 1
            r = check(line, lang="en")
            prf.add(gold, any("ask" in s.acts for s in r.sentences))
    return {"ask": prf.to_dict(), "sentences": total}


def format_text(res: Result, enron: dict[str, Any] | None, failures: bool = True) -> str:
    lines = [f"givefirst eval: {res.messages} messages, split '{res.split}'", "",
             f"{'mistake':<20}{'lang':<6}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
    for lang in sorted(res.langs) + ["all"]:
        for m in MISTAKES:
            p = res.mistakes[(lang, m)]
            lines.append(f"{m:<20}{lang:<6}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}   {p.tp}/{p.fp}/{p.fn}")
    lines.append("")
    for lang in sorted(res.langs):
        n = res.tier_total[lang]
        lines.append(f"tier accuracy {lang}: {res.tier_right[lang]}/{n} = {res.tier_right[lang] / n:.3f}")
    lines.append(f"peers with a mistake raised: {res.peer_with_mistake} of {res.peers}")
    lines += ["", f"{'act':<20}{'lang':<6}{'P':>7}{'R':>7}{'F1':>7}"]
    for lang in sorted(res.langs):
        for a in ACTS:
            p = res.acts[(lang, a)]
            lines.append(f"{a:<20}{lang:<6}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}")
    for lang, p in sorted(res.asks.items()):
        lines.append(f"{'ask (work e-mail)':<20}{lang:<6}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}   "
                     f"{p.tp}/{p.fp}/{p.fn}")
    if enron is not None:
        e = enron["ask"]
        lines += ["", f"Enron intent, sentence-level ask ({enron['sentences']} sentences): "
                      f"P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}"]
    if failures and res.failures:
        lines += ["", f"failures ({len(res.failures)}):"]
        for f in res.failures:
            tier = "" if f.gold_tier == f.got_tier else f"  tier {f.gold_tier} -> {f.got_tier}"
            lines.append(f"  {f.id} [{f.lang}/{f.split}] expected {f.gold_mistakes or '-'} got "
                         f"{f.got_mistakes or '-'}{tier}")
    return "\n".join(lines)
