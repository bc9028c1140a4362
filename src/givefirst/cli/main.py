"""The givefirst command line: a thin face over the library.

Exit codes (docs/cli.md): 0 no mistakes, 1 mistakes found, 2 bad input or usage, 3 internal error (a bug),
130 interrupted.
"""

from __future__ import annotations

import json
from typing import Any

import click

from ..engine.errors import GivefirstError

EXIT_OK, EXIT_MISTAKES, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
CHANNELS = ("email", "linkedin", "dm")


def _fail(message: str) -> None:
    click.echo(f"givefirst: {message}", err=True)
    raise SystemExit(EXIT_BAD_INPUT)


def _warn(message: str) -> None:
    click.echo(f"givefirst: warning: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="givefirst", prog_name="givefirst")
def cli() -> None:
    """givefirst: network upward without the three classic mistakes.

    Checks outreach messages (Dutch and English) for the rank, ask-before-give and value-proposition
    mistakes, locally: no text ever leaves your machine.
    """


@cli.command()
@click.argument("file", required=False)
@click.option("--to", "to_path", metavar="PROFILE.toml", help="The recipient's profile (TOML).")
@click.option("--from", "from_path", metavar="PROFILE.toml", help="Your own profile (TOML).")
@click.option("--channel", type=click.Choice(CHANNELS), default="email", show_default=True,
              help="Where the message goes: an e-mail, a LinkedIn connection note or a direct message.")
@click.option("--lang", type=click.Choice(["auto", "en", "nl"]), default="auto", show_default=True,
              help="Language of the message.")
@click.option("--ui-lang", type=click.Choice(["en", "nl"]), default=None,
              help="Language of the advice (default: the message's language).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format; json follows the givefirst.report/1 schema (docs/report-schema.md).")
@click.option("--batch", "batch_path", metavar="FILE.jsonl",
              help="Check one JSON message per line ('-' for stdin); writes one JSON report per line.")
def check(file: str | None, to_path: str | None, from_path: str | None, channel: str, lang: str,
          ui_lang: str | None, fmt: str, batch_path: str | None) -> None:
    """Judge a draft (FILE, or '-' for stdin) against the three networking mistakes."""
    from .. import profiles
    from ..engine import check as run_check

    recipient = sender = None
    try:
        if to_path:
            recipient, warnings = profiles.load(to_path)
            for w in warnings:
                _warn(w)
        if from_path:
            sender, warnings = profiles.load(from_path)
            for w in warnings:
                _warn(w)
    except GivefirstError as exc:
        _fail(str(exc))

    if batch_path is not None:
        if file is not None:
            _fail("give either FILE or --batch, not both")
        from .batch import run_batch

        raise SystemExit(run_batch(batch_path, recipient, sender, channel, lang, ui_lang))

    if file is None:
        _fail("missing FILE: give a file with your message, or '-' to read it from stdin "
              "(e.g. givefirst check draft.txt)")
    from ..inputs import read_text

    try:
        text = read_text(file)  # type: ignore[arg-type]
        report = run_check(text, recipient=recipient, sender=sender, channel=channel, lang=lang, ui_lang=ui_lang)
    except GivefirstError as exc:
        _fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        from .render import render

        render(report, Console(highlight=False))
    raise SystemExit(EXIT_MISTAKES if report.mistakes else EXIT_OK)


@cli.command(name="eval")
@click.argument("corpus", required=False, default="corpus")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="test", show_default=True,
              help="Which part of the corpus to score. Tune only on dev.")
@click.option("--enron", "enron_dir", metavar="DIR", default=None,
              help="Also score sentence-level 'ask' on the Enron intent data in DIR "
                   "(e.g. ../shared/data/enron-intent).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--failures/--no-failures", default=True, show_default=True, help="List the messages judged wrong.")
def eval_cmd(corpus: str, split: str, enron_dir: str | None, fmt: str, failures: bool) -> None:
    """Score givefirst on a labelled corpus: P/R/F1 per mistake and language, tier accuracy, acts."""
    from .. import evaluate

    try:
        result = evaluate.evaluate_corpus(corpus, split)
        enron = evaluate.evaluate_enron(enron_dir) if enron_dir else None
    except GivefirstError as exc:
        _fail(str(exc))
    if fmt == "json":
        out: dict[str, Any] = result.to_dict()
        if enron is not None:
            out["enron"] = enron
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(evaluate.format_text(result, enron, failures))


def main() -> None:
    """Console entry point: no tracebacks for users, documented exit codes."""
    try:
        cli.main(prog_name="givefirst", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("givefirst: interrupted", err=True)
        raise SystemExit(130) from None
    except BrokenPipeError:
        raise SystemExit(EXIT_OK) from None
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, keep the details out of the user's way
        click.echo(f"givefirst: internal error: {type(exc).__name__}: {exc} "
                   "(please report this with the input that caused it)", err=True)
        raise SystemExit(EXIT_INTERNAL) from None


if __name__ == "__main__":
    main()
