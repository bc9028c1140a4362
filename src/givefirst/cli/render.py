"""Terminal rendering of a Report with Rich. Only presentation: every fact comes from the report."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from ..engine.lexicon import load
from ..engine.model import Report

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}
_SPAN_STYLE = {"error": "red underline", "warning": "yellow underline", "suggestion": "cyan underline"}
_TIER_STYLE = {"far-above": "bold red", "above": "yellow", "peer": "green", "below": "blue"}
_ACT_STYLE = {"ask": "magenta", "give": "green", "value": "bold green", "their-work": "blue", "about-me": "dim"}


def _message(report: Report) -> Text:
    text = Text(report.text.strip("\n"))
    offset = len(report.text) - len(report.text.lstrip("\n"))
    # whole-message findings would underline everything; highlight only sentence-level spans
    whole = (report.sentences[0].start, report.sentences[-1].end) if report.sentences else (0, 0)
    for f in sorted(report.findings, key=lambda f: ("suggestion", "warning", "error").index(f.severity)):
        if (f.start, f.end) == whole and len(report.sentences) > 1:
            continue
        text.stylize(_SPAN_STYLE[f.severity], f.start - offset, f.end - offset)
    return text


def _acts(report: Report) -> Text:
    out = Text()
    for i, s in enumerate(report.sentences):
        if not s.acts:
            continue
        snippet = s.text.replace("\n", " ")
        if len(snippet) > 50:
            snippet = snippet[:47] + "..."
        out.append(f"  {i + 1:>2}. ")
        for a in s.acts:
            out.append(f"[{a}]", style=_ACT_STYLE[a])
            out.append(" ")
        if s.ask_cost is not None:
            out.append(f"~{s.ask_cost} min ", style="dim")
        out.append(snippet + "\n")
    return out


def render(report: Report, console: Console) -> None:
    ui = load(report.ui_language)

    def t(key: str) -> str:
        return ui.text("ui", key)

    tier = report.rank.tier
    header = Text()
    header.append(f"{t('language')}: {report.language}   {t('channel')}: {report.channel}   ")
    m = report.metrics
    header.append(f"{m['words']} {t('words')}, {m['asks']} {t('ask' if m['asks'] == 1 else 'asks')}, "
                  f"{m['gives']} {t('give' if m['gives'] == 1 else 'gives')}, {m['ask_cost_minutes']} {t('ask_cost')}")
    console.print(Panel(_message(report), title="givefirst check", expand=False))
    console.print(header, style="dim")

    rank = Text()
    rank.append(f"{t('rank')}: ", style="bold")
    rank.append(ui.advice["tiers"][tier], style=_TIER_STYLE[tier])
    if report.rank.assumed:
        rank.append(f" ({t('assumed')})", style="dim")
    rank.append(f"\n{report.rank.reason}\n")
    rank.append(f"{t('playbook')}:\n", style="bold")
    for step in report.rank.playbook:
        rank.append(f"  - {step}\n")
    console.print(rank)

    acts = _acts(report)
    if acts.plain:
        console.print(acts)

    if report.findings:
        console.print(Text(f"{t('findings')}:", style="bold"))
        for n, f in enumerate(report.findings, 1):
            line = Text(f"{n:>2}. ")
            line.append(f"{f.severity:<11}", style=_SEVERITY_STYLE[f.severity])
            line.append(f"{f.rule}", style="bold")
            if f.mistake:
                line.append(f"  [{f.mistake}]", style="red")
            line.append(f"  -{f.points}" if f.points else "", style="dim")
            quote = report.text[f.start:f.end].replace("\n", " ").strip()
            if len(quote) > 80:
                quote = quote[:77] + "..."
            body = Text()
            body.append(f"\"{quote}\"\n", style="italic dim")
            body.append(f"{f.message}\n")
            body.append(f"{t('suggestion')}: ", style="bold green")
            body.append(f"{f.suggestion}\n")
            body.append(f"{t('source')}: {f.source}", style="dim")
            console.print(Group(line, Padding(body, (0, 0, 1, 6))))
    else:
        console.print(Text(t("no_findings"), style="green"))

    score_style = "green" if report.score >= 85 else "yellow" if report.score >= 65 else "red"
    score = Text()
    score.append(f"{t('score')}: ", style="bold")
    score.append(f"{report.score}/100", style=score_style)
    score.append(f"  {ui.text('verdicts', report.verdict)}")
    score.append("\n" + (t("mistakes") + ": " + ", ".join(report.mistake_ids) if report.mistakes
                         else t("no_mistakes")))
    console.print(score)
