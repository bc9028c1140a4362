"""Label each sentence with its acts: ask, give, value, their-work, about-me.

The lexicon finds cues (phrases); this module turns the cues of one sentence into acts with a handful of
language-neutral rules about *who benefits*:

- a strong give ("I'd like to feature you in my series for 12,000 readers") is a give, even in a request frame;
- an offer *frame* ("I'd like to offer you the opportunity to ...") whose content is work for the recipient
  ("test my app and give me feedback") is an ask, not a give;
- a vague offer ("happy to help in any way") is neither a give nor a value;
- small talk ("How are you?") and rhetorical questions are not asks.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from operator import itemgetter

from . import prefilter
from .lexicon import DURATION_GROUP, Alt, CueGroup, LangPack, fold
from .model import Cue, Profile, Sentence

# signal acts that are not among the five public acts
SIGNALS = ("request", "labor", "vague-offer", "flattery", "follow-up", "smalltalk", "rhetorical", "number",
           "audience", "gratitude", "made", "promote", "desire", "if-needed", "beneficiary", "duration",
           "open-question", "relationship", "third-party", "for-others",
           "application", "commercial")

_DEFAULT_COST = {"reply": 2, "request": 10}
LONG_ASK_MINUTES = 30  # an explicit ask of half an hour or more is a meeting in all but name
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
_FINAL_STOP = re.compile(r"[.!:;,)\]\u2026][\s\"'\u201d\u2019]*$")


def find_cues(text: str, pack: LangPack, profile: Profile | None, use_prefilter: bool = True) -> list[Cue]:
    """All cue hits in the whole text, in order of position."""
    folded = fold(text)
    lower = folded.lower()
    cues: list[Cue] = []
    add = cues.append

    def emit(m: re.Match[str], g: CueGroup, needs_frame: bool) -> None:
        start, end = m.span()
        while start < end and folded[start].isspace():  # sentence-start cues may begin on a newline
            start += 1
        if end > start:
            add(Cue(g.id, g.act, g.kind, start, end, needs_frame))

    flat = pack.flat
    if not use_prefilter or len(lower) != len(folded):  # lower-casing changed offsets: run every pattern
        for g, alt in flat:
            for m in alt.regex.finditer(folded):
                emit(m, g, alt.needs_frame)
    else:
        # Prefilter: a pattern whose first words are known runs only where such a word starts; one whose first
        # word is common runs only when a rarer word it needs occurs; the rest always run.
        starts, present, seen, triggered = prefilter.scan(lower, pack.by_prefix, pack.by_trigger, pack.watch_bits,
                                                          pack.first_keys, pack.word_cache)
        for n, positions in starts.items():  # positions: ascending, each once
            g, alt = flat[n]
            cmasks = alt.cmasks
            if cmasks and not (cmasks[0] & present and (len(cmasks) == 1 or _all_present(cmasks, present))):
                continue  # a word the pattern needs further on is not in the text
            if alt.lead_space:
                positions = _with_lead_space(folded, positions)
            if len(positions) == 1:  # the usual case: one word in the text can start the pattern
                m = alt.regex.match(folded, positions[0])
                if m:
                    emit(m, g, alt.needs_frame)
            else:
                _match_at(alt.regex, folded, positions, g, alt, emit)
        at: dict[int, list[int]] = {}  # first-word keys (as bits) -> offsets of the words carrying them
        for n in sorted(triggered):  # patterns whose first word is common, run once a rarer word they need occurs
            g, alt = flat[n]
            pmask = alt.pmask
            if not pmask & present or not _all_present(alt.cmasks, present):
                continue
            positions = at.get(pmask)  # many such patterns share their first words ('i', 'we')
            if positions is None:
                keys = [p for p in alt.prefixes if p in seen]  # type: ignore[union-attr]
                positions = at[pmask] = seen[keys[0]] if len(keys) == 1 else sorted(
                    {s for p in keys for s in seen[p]})
            if alt.lead_space:
                positions = _with_lead_space(folded, positions)
            _match_at(alt.regex, folded, positions, g, alt, emit)
        for n in pack.always:
            g, alt = flat[n]
            for m in alt.regex.finditer(folded):
                emit(m, g, alt.needs_frame)
    if profile is not None:
        titles = []
        for rx, titled in _work_patterns(tuple(profile.work)):
            for m in rx.finditer(folded):
                if titled and m.group() == m.group().lower():
                    continue
                if not _NOT_AFTER_TITLE.match(folded, m.start()):
                    continue  # the recipient's own name in the greeting
                titles.append((m.start(), m.end()))
        if titles:
            # words inside their title are the title, not the sender's ("Read Together's reading week" asks nothing)
            cues = [c for c in cues if not any(s <= c.start and c.end <= e for s, e in titles)]
            cues += [Cue("their-work.profile", "their-work", "profile", s, e) for s, e in titles]
    return sorted(set(cues), key=_CUE_ORDER)


_CUE_ORDER = itemgetter(3, 4, 0, 5)  # (start, end, group, needs_frame): the same order in every process


def _all_present(constraints: tuple[int, ...], present: int) -> bool:
    """Whether the text has, for each set of words a pattern needs further on (a bit mask over the pack's watched
    keys), at least one of them."""
    for c in constraints:
        if not c & present:
            return False
    return True


def _match_at(rx: re.Pattern[str], text: str, starts: list[int], g: CueGroup, alt: Alt,
              emit: Callable[[re.Match[str], CueGroup, bool], None]) -> None:
    """Emit the matches finditer would give, trying only the candidate start positions (leftmost,
    non-overlapping)."""
    end = 0
    match = rx.match
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos)
        if m:
            end = m.end() if m.end() > pos else pos + 1
            emit(m, g, alt.needs_frame)


def _with_lead_space(text: str, positions: list[int]) -> list[int]:
    """The start positions of a pattern whose match may begin anywhere in the white space before its word."""
    return sorted({p for pos in positions for p in range(_space_start(text, pos), pos + 1)})


def _space_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


# matches (empty) at a position unless a title or greeting word and one space come just before it; checked only where
# a work title matched, since a pattern that starts with two dozen look-behinds runs them at every character
_NOT_AFTER_TITLE = re.compile("".join(rf"(?<!\b{re.escape(t)}\s)" for t in (
    "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "dear", "meneer", "mevrouw", "heer", "dhr.", "mevr.", "beste",
    "geachte", "hi", "hoi", "hello", "hallo", "dag", "prof.", "professor")), re.IGNORECASE)
_CATEGORY_WORDS = frozenset(
    "restaurant hotel café cafe bar studio podcast bureau agency stichting foundation museum theater theatre galerie "
    "gallery boekhandel bookshop bookstore bakkerij bakery brouwerij brewery atelier uitgeverij kantoor praktijk "
    "kliniek clinic winkel shop store band festival lab magazine tijdschrift blog newsletter nieuwsbrief hotels group "
    "groep studios labs books press media partners restaurants shops stores company".split())


@functools.lru_cache(maxsize=256)
def _work_patterns(work: tuple[str, ...]) -> list[tuple[re.Pattern[str], bool]]:
    """A recipient's known work matched case-insensitively, quotes, a possessive 's and a leading article
    optional. The flag says the title has capitals: then an all-lower-case mention is a topic, not the title."""
    out = []
    for item in work:
        words = re.findall(r"\w+", fold(item))
        if not words:
            continue
        if len(words) > 1 and words[0].lower() in {"the", "a", "an", "de", "het", "een"}:
            words = words[1:]
        variants = [words]
        # "Restaurant Vier Seizoenen" is also "Vier Seizoenen", "The Linden Hotels" also "Linden": a leading or
        # trailing category word may be left out (a title's remaining word still has to be written with a capital)
        if len(words) > 1 and words[0].lower() in _CATEGORY_WORDS:
            variants.append(words[1:])
        if len(words) > 1 and words[-1].lower() in _CATEGORY_WORDS:
            variants.append(words[:-1])
        # "the Seed Notes newsletter" is also "Seed Notes": the run of capitalised words, if it has two or more
        titled = [w for w in words if w[:1].isupper()]
        if 2 <= len(titled) < len(words) and " ".join(titled) in " ".join(words):
            variants.append(titled)
        for v in variants:
            body = r"(?:'s)?\W{1,3}".join(re.escape(w) for w in v)
            # find_cues skips the recipient's own name in the greeting ("Beste meneer Van Dam" is no mention of
            # "Bakkerij Van Dam") with _NOT_AFTER_TITLE
            out.append((re.compile(rf"(?<!\w){body}(?:'s)?(?!\w)", re.IGNORECASE),
                        item != item.lower()))
    return out


def assign(sentences: list[Sentence], cues: list[Cue]) -> None:
    """Attach each cue to the sentence its start lies in."""
    starts = [s.start for s in sentences]
    for c in cues:
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and c.start < sentences[i].end:
            sentences[i].cues.append(c)


def _duration(text: str, pack: LangPack) -> int | None:
    folded = fold(text)
    for rx, minutes in pack.durations:
        m = rx.search(folded)
        if m:
            groups = [g for g in m.groups() if g]
            if groups and minutes == 0:  # "15 minutes": the number is the cost
                try:
                    return max(1, int(float(groups[0].replace(",", "."))))
                except ValueError:
                    continue
            return int(minutes)
    return None


_ADDRESSED = re.compile(r"\b(?:you|u|je|jij|jou|ge|gij)\b|\b(?:with|met|bij)\s+(?:your|uw|jouw|jullie)\b",
                        re.IGNORECASE)
_HEADER = re.compile(r"\s*(?:subject|onderwerp|betreft|re|fwd?|aw|tr)\s*:", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:it|them|this|that|het|hem|ze|dit|dat|deze)\b", re.IGNORECASE)


def decide_beneficiary(sentence: Sentence, signals: set[str]) -> None:
    """Who gains from what the sentence asks, gives or offers (``sentence.beneficiary``).

    A give and a value serve the recipient; a request serves the sender (its work falls on the recipient) unless it
    comes with a give ("I made you a cut - shall I send it?": both). A benefit that goes to the sender's clients,
    advertisers or community ("great exposure for our sponsors") goes to a third party, and is then no value for the
    recipient."""
    acts = sentence.acts
    if "third-party" in signals and "value" in acts:
        sentence.acts = acts = [a for a in acts if a != "value"]
        if "give" not in acts:
            sentence.beneficiary = "third"
            return
    asks, gives = "ask" in acts, "give" in acts or "value" in acts
    if asks and gives:
        sentence.beneficiary = "both"
    elif asks:
        sentence.beneficiary = "sender"
    elif gives:
        sentence.beneficiary = "recipient"
    else:
        sentence.beneficiary = None


def label_all(sentences: list[Sentence], pack: LangPack, costs: dict[str, int]) -> list[set[str]]:
    """Label every sentence; 'it' / 'het' may point back at the work named in the sentence before."""
    out = []
    previous_work = False
    for s in sentences:
        out.append(label(s, pack, costs, previous_work))
        previous_work = "their-work" in s.acts
    return out


def label(sentence: Sentence, pack: LangPack, costs: dict[str, int], previous_work: bool = False) -> set[str]:
    """Set the sentence's acts, ask kind and cost; return the signals seen (for the rules)."""
    by_act: dict[str, list[Cue]] = {}
    groups = pack.by_id
    is_question = bool(_QUESTION_END.search(sentence.text)) or (
        any(c.act == "open-question" for c in sentence.cues) and not _FINAL_STOP.search(sentence.text))
    for c in sentence.cues:
        g = groups.get(c.group)  # profile cues have no group
        if g is not None and g.question_only and not is_question:
            continue  # Dutch inversion ("mag je") is a request only in a question
        by_act.setdefault(c.act, []).append(c)
    signals = {a for a in by_act if a in SIGNALS}

    gives = by_act.get("give", [])
    strong_gives = [c for c in gives if not groups[c.group].frame]
    frame_gives = [c for c in gives if groups[c.group].frame]
    labor = by_act.get("labor", [])
    # an object pattern ("a quick call", "your feedback") asks only inside a request, a question or a wish
    # (an attachment is an offer frame for the give rules, but it frames no request: "the report is attached")
    framed = is_question or bool(signals & {"request", "desire"}) or any(
        groups[c.group].frame and groups[c.group].kind != "deliverable" for c in gives)
    asks = [c for c in by_act.get("ask", []) if framed or not c.needs_frame]

    acts: set[str] = set()
    vetoed = False  # the sentence serves the sender whatever it offers ("free, in exchange for a review")
    # who benefits: an interview "for my thesis" serves the sender, whatever frame it is in
    if any(groups[c.group].veto for c in labor):
        # ... and it is an ask only when something is requested ("I noticed, for my thesis, ..." asks nothing;
        # "for my thesis I summarised all 140 rulings, free for your trainees" is a give made along the way)
        if is_question or signals & {"request", "desire"}:
            asks.extend(c for c in labor if groups[c.group].veto)
            strong_gives, frame_gives = [], []
            vetoed = True
        else:
            labor = [c for c in labor if not groups[c.group].veto]
    # an offer frame around work for the recipient is an ask
    if frame_gives and labor and not strong_gives:
        frame_gives = []
        asks.extend(labor)
    elif labor and ("request" in signals or is_question):
        asks.extend(labor)
    if "request" in signals and not asks and "smalltalk" not in signals and not (strong_gives and not is_question):
        # a bare request frame asks for something; around a real give ("graag reiken wij u de prijs uit",
        # "we'd be honoured if you opened it") it only frames the give
        asks.extend(by_act["request"])
    if "if-needed" in signals:
        # "call me if you have any questions": availability, not something asked of the recipient
        asks = [c for c in asks if c.kind not in ("reply", "request", "call", "labor")]
    if "commercial" in signals:
        # "I'd give you a good price", "I'll send the full manuscript": a sale or the sender's own work, no give
        frame_gives = []
    if "vague-offer" in signals:
        # "let me know if I can help" is an offer, not a request to reply, and not a give either
        asks = [c for c in asks if c.kind not in ("reply", "request")]
        frame_gives = []
    # things the sender made or does for the recipient's work, or made with a stated benefit for them
    if any(groups[c.group].peer_rule for c in asks) and all(
        groups[c.group].kind in ("return", "offer") for c in strong_gives + frame_gives
    ):
        # "in return I'll buy you lunch", "happy to help, when can we call?": an offer made in the same breath
        # as a meeting request is part of the request, not a give
        strong_gives, frame_gives = [], []
    names_work = "their-work" in by_act or (previous_work and bool(_BACK_REFERENCE.search(sentence.text)))
    made_for_them = not labor and not asks and "vague-offer" not in signals and (
        ("made" in signals and (names_work or "value" in by_act or "beneficiary" in signals
                                # a finding with figures right after naming their work or words:
                                # "at the all-hands you said churn matters. I matched the tickets: 44% ..."
                                or (previous_work and "number" in signals)))
        or ("promote" in signals and "request" not in signals and not is_question  # "may we quote you?" asks
            and (names_work or ("audience" in signals and "about-me" not in by_act)))
    )
    if strong_gives or frame_gives or made_for_them:
        acts.add("give")
    sentence.strong_give = bool(strong_gives or made_for_them)
    if is_question and not asks and not signals & {"smalltalk", "rhetorical"}:
        asks.append(Cue("question", "ask", "reply", sentence.start, sentence.end))
    if "follow-up" in signals and not asks and "give" not in acts:
        # "just following up on my last email": a nudge for a reply, unless it brings something new
        asks.append(Cue("follow-up", "ask", "reply", sentence.start, sentence.end))
    if asks and strong_gives and not is_question and "request" not in signals:
        # "so your team only needs to review it": a give that mentions work, not a request
        asks = [c for c in asks if groups[c.group].peer_rule]
    if asks and _HEADER.match(sentence.text):
        asks = []  # "Subject: Quick question" names the message; it asks nothing by itself
    if asks:
        acts.add("ask")
        kinds = [c for c in asks if c.kind not in ("request", "reply")] or asks
        main = max(kinds, key=lambda c: costs.get(c.kind, _DEFAULT_COST.get(c.kind, 5)))
        sentence.ask_kind = main.kind
        explicit = _duration(sentence.text, pack) if "duration" in signals else None
        if "give" in acts and main.kind in ("request", "reply"):
            sentence.ask_kind = "yes-no"
        cost = costs.get(sentence.ask_kind, _DEFAULT_COST.get(sentence.ask_kind, 5))
        sentence.ask_cost = explicit if explicit is not None else cost
    if not vetoed and ("value" in by_act or ("give" in acts and signals & {"number", "audience"})):
        acts.add("value")
    if made_for_them or any(groups[c.group].kind == "deliverable" for c in strong_gives + frame_gives):
        acts.add("value")
    if "their-work" in by_act:
        acts.add("their-work")
    if "about-me" in by_act:
        acts.add("about-me")
    sentence.acts = [a for a in ("ask", "give", "value", "their-work", "about-me") if a in acts]
    return signals


def is_peer_rule_ask(sentence: Sentence, pack: LangPack) -> bool:
    """A meeting, call, coffee, 'your time' or 'pick your brain' request, not made as part of a real give
    (an offer frame such as 'happy to share my notes over coffee' does not excuse the coffee)."""
    if "ask" not in sentence.acts or sentence.strong_give:
        return False  # "interview you on a 30-minute call for my podcast": the call is the form of the give
    if sentence.ask_cost is not None and sentence.ask_cost >= LONG_ASK_MINUTES and any(
            c.group == DURATION_GROUP for c in sentence.cues) and _ADDRESSED.search(sentence.text):
        # "an hour" of their time, whatever it is for (the list of peer rules); the time is theirs only
        # when they are addressed ("may we give a 30-minute talk at your meetup" asks for a slot, not their hour)
        return True
    for_others = any(c.act == "for-others" for c in sentence.cues)  # "a walkthrough for your team"
    return any(c.act == "ask" and pack.by_id[c.group].peer_rule and not (for_others and c.kind == "demo")
               for c in sentence.cues)
