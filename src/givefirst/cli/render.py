"""The text report. Only presentation: every fact comes from the report.

The report is first laid out as lines of (text, style) segments; a terminal gets them through Rich (colours, the
message in a panel with the offending sentences underlined), anything else (a pipe, a file, a test) gets the same
lines as plain text without importing Rich, which keeps the command's start-up short.
"""

from __future__ import annotations

import sys
import textwrap
from typing import Any, TextIO

from ..engine.lexicon import load
from ..engine.model import Report

Segment = tuple[str, str | None]
Line = list[Segment]

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "suggestion": "cyan"}
_SPAN_STYLE = {"error": "red underline", "warning": "yellow underline", "suggestion": "cyan underline"}
_TIER_STYLE = {"far-above": "bold red", "above": "yellow", "peer": "green", "below": "blue"}
_ACT_STYLE = {"ask": "magenta", "give": "green", "value": "bold green", "their-work": "blue", "about-me": "dim"}
WIDTH = 100


def _wrap(text: str, indent: str = "", width: int = WIDTH, hang: str | None = None) -> list[str]:
    """Wrap to ``width``; continuation lines get ``hang`` (default: the indent) - a bullet's are indented, not
    bulleted again."""
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent if hang is None else hang) or [indent]


def report_lines(report: Report) -> list[Line]:
    """Everything after the message itself, as lines of styled segments."""
    ui = load(report.ui_language)

    def t(key: str) -> str:
        return ui.text("ui", key)

    m = report.metrics
    lines: list[Line] = [[(
        f"{t('language')}: {report.language}   {t('channel')}: {report.channel}   {m['words']} {t('words')}, "
        f"{m['asks']} {t('ask' if m['asks'] == 1 else 'asks')}, "
        f"{m['gives']} {t('give' if m['gives'] == 1 else 'gives')}, {m['ask_cost_minutes']} {t('ask_cost')}", "dim")]]
    tier = report.rank.tier
    rank: Line = [(f"{t('rank')}: ", "bold"), (ui.advice["tiers"][tier], _TIER_STYLE[tier])]
    if report.rank.assumed:
        rank.append((f" ({t('assumed')})", "dim"))
    lines.append(rank)
    lines += [[(w, None)] for w in _wrap(report.rank.reason)]
    lines.append([(f"{t('playbook')}:", "bold")])
    lines += [[(w, None)] for step in report.rank.playbook for w in _wrap(step, "  - ", hang="    ")]
    lines.append([])

    for i, s in enumerate(report.sentences):
        if not s.acts:
            continue
        snippet = s.text.replace("\n", " ")
        snippet = snippet if len(snippet) <= 50 else snippet[:47] + "..."
        line: Line = [(f"  {i + 1:>2}. ", None)]
        for a in s.acts:
            line += [(f"[{a}]", _ACT_STYLE[a]), (" ", None)]
        if s.ask_cost is not None:
            line.append((f"~{s.ask_cost} min ", "dim"))
        line.append((snippet, None))
        lines.append(line)
    lines.append([])

    if report.findings:
        lines.append([(f"{t('findings')}:", "bold")])
        for n, f in enumerate(report.findings, 1):
            head: Line = [(f"{n:>2}. ", None), (f"{f.severity:<11}", _SEVERITY_STYLE[f.severity]), (f.rule, "bold")]
            if f.mistake:
                head.append((f"  [{f.mistake}]", "red"))
            if f.points:
                head.append((f"  -{f.points}", "dim"))
            lines.append(head)
            quote = report.text[f.start:f.end].replace("\n", " ").strip()
            quote = quote if len(quote) <= 80 else quote[:77] + "..."
            lines.append([(f'      "{quote}"', "italic dim")])
            lines += [[(w, None)] for w in _wrap(f.message, "      ")]
            fix = _wrap(f"{t('suggestion')}: {f.suggestion}", "      ")
            lines.append([(fix[0], "green")])
            lines += [[(w, None)] for w in fix[1:]]
            lines += [[(w, "dim")] for w in _wrap(f"{t('source')}: {f.source}", "      ")]
            lines.append([])
    else:
        lines.append([(t("no_findings"), "green")])

    style = "green" if report.score >= 85 else "yellow" if report.score >= 65 else "red"
    lines.append([(f"{t('score')}: ", "bold"), (f"{report.score}/100", style),
                  (f"  {ui.text('verdicts', report.verdict)}", None)])
    lines.append([(t("mistakes") + ": " + ", ".join(report.mistake_ids) if report.mistakes else t("no_mistakes"),
                   None)])
    return lines


def render_plain(report: Report, out: TextIO) -> None:
    rule = "-" * min(WIDTH, max((len(x) for x in report.text.strip("\n").splitlines()), default=20))
    out.write(f"givefirst check\n{rule}\n{report.text.strip(chr(10))}\n{rule}\n")
    for line in report_lines(report):
        out.write("".join(text for text, _ in line) + "\n")


def render_rich(report: Report, console: Any) -> None:
    from rich.panel import Panel
    from rich.text import Text

    message = Text(report.text.strip("\n"))
    offset = len(report.text) - len(report.text.lstrip("\n"))
    # whole-message findings would underline everything; highlight only sentence-level spans
    whole = (report.sentences[0].start, report.sentences[-1].end) if report.sentences else (0, 0)
    for f in sorted(report.findings, key=lambda f: ("suggestion", "warning", "error").index(f.severity)):
        if (f.start, f.end) == whole and len(report.sentences) > 1:
            continue
        message.stylize(_SPAN_STYLE[f.severity], f.start - offset, f.end - offset)
    console.print(Panel(message, title="givefirst check", expand=False))
    for line in report_lines(report):
        text = Text()
        for segment, style in line:
            text.append(segment, style=style)
        console.print(text)


def render(report: Report, color: str = "auto", out: TextIO | None = None) -> None:
    """Rich in a terminal (or with color='always'), plain text otherwise (color='never', pipes, files)."""
    out = out or sys.stdout
    if color == "always" or (color == "auto" and out.isatty()):
        from rich.console import Console

        render_rich(report, Console(file=out, highlight=False, force_terminal=color == "always" or None))
    else:
        render_plain(report, out)
