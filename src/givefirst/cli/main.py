"""The givefirst command line: a thin face over the library.

Built on the standard library's argparse: it adds nothing to start-up (click alone cost ~50 ms here, a third
of proselint's whole cold start), and each command imports what it needs only when it runs.

Exit codes (README): 0 no mistakes, 1 mistakes found, 2 bad input or usage, 3 internal error (a bug),
130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from .. import __version__
from ..engine.errors import GivefirstError

EXIT_OK, EXIT_MISTAKES, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
CHANNELS = ("email", "linkedin", "dm")


class UsageFailure(Exception):
    """A usage error found by the parser: reported in one line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageFailure(f"{message} (see '{self.prog} --help')")


def _fail(message: str) -> NoReturn:
    print(f"givefirst: {message}", file=sys.stderr)
    raise SystemExit(EXIT_BAD_INPUT)


def _warn(message: str) -> None:
    print(f"givefirst: warning: {message}", file=sys.stderr)


# ---------------------------------------------------------------- check

def cmd_check(args: argparse.Namespace) -> int:
    from .. import profiles
    from ..engine import check as run_check

    recipient = sender = None
    try:
        if args.to_contact:
            if args.to_path:
                _fail("give either --to or --to-contact, not both")
            from ..contacts.db import Store
            from ..contacts.service import Ambiguous, recipient_profile

            try:
                recipient = recipient_profile(Store(args.db), args.to_contact)
            except Ambiguous as exc:
                _fail(f"{exc} ({', '.join(str(c['id']) + ' ' + c['name'] for c in exc.candidates)})")
        if args.to_path:
            recipient, warnings = profiles.load(args.to_path)
            for w in warnings:
                _warn(w)
        if args.from_path:
            sender, warnings = profiles.load(args.from_path)
            for w in warnings:
                _warn(w)
    except GivefirstError as exc:
        _fail(str(exc))

    if args.batch_path is not None:
        if args.file is not None:
            _fail("give either FILE or --batch, not both")
        from .batch import run_batch

        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
        return run_batch(args.batch_path, recipient, sender, args.channel, args.lang, args.ui_lang, jobs)

    if args.file is None:
        _fail("missing FILE: give a file with your message, or '-' to read it from stdin "
              "(e.g. givefirst check draft.txt)")
    from ..inputs import read_text

    try:
        text = read_text(args.file)
        report = run_check(text, recipient=recipient, sender=sender, channel=args.channel, lang=args.lang,
                           ui_lang=args.ui_lang)
    except GivefirstError as exc:
        _fail(str(exc))
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        from .render import render

        render(report, args.color)
    return EXIT_MISTAKES if report.mistakes else EXIT_OK


def add_check(sub: Any) -> None:
    p = sub.add_parser("check", help="judge a draft against the three networking mistakes",
                       description="Judge a draft (FILE, or '-' for stdin) against the three networking mistakes: "
                                   "rank, ask-before-give and value-proposition.")
    p.add_argument("file", nargs="?", metavar="FILE", help="the message, or '-' to read it from stdin")
    p.add_argument("--to", dest="to_path", metavar="PROFILE.toml", help="the recipient's profile (TOML)")
    p.add_argument("--from", dest="from_path", metavar="PROFILE.toml", help="your own profile (TOML)")
    p.add_argument("--channel", choices=CHANNELS, default="email",
                   help="where the message goes: e-mail, a LinkedIn connection note or a DM (default: email)")
    p.add_argument("--lang", choices=("auto", "en", "nl"), default="auto",
                   help="language of the message (default: auto)")
    p.add_argument("--ui-lang", choices=("en", "nl"), default=None,
                   help="language of the advice (default: the message's language)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text report, or JSON in the givefirst.report/1 schema (default: text)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colours in the text report: auto (in a terminal), always, never (default: auto)")
    p.add_argument("--to-contact", metavar="NAME|ID", help="use a contact from your contact book as the recipient")
    p.add_argument("--db", metavar="URL", help="the contact book for --to-contact (default: $GIVEFIRST_DB)")
    p.add_argument("--batch", dest="batch_path", metavar="FILE.jsonl",
                   help="check one JSON message per line ('-' for stdin); writes one JSON report per line")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="with --batch: check in N processes, output in input order (0: one per core; default 1)")
    p.set_defaults(func=cmd_check)


# ---------------------------------------------------------------- eval

def cmd_eval(args: argparse.Namespace) -> int:
    import os

    from .. import evaluate

    real = args.real if args.real is not None else ("real" if os.path.isdir("real") else "")
    labels = args.sentences if args.sentences is not None else (
        os.path.join(real, "sentences") if real and os.path.isdir(os.path.join(real, "sentences")) else "")
    try:
        results = {"corpus": evaluate.evaluate_corpus(args.corpus, args.split)}
        if real:
            results["real"] = evaluate.evaluate_corpus(real, args.split)
        sentences = evaluate.evaluate_sentences(labels, args.shared, args.split) if labels else None
        enron = evaluate.evaluate_enron(args.enron_dir) if args.enron_dir else None
    except GivefirstError as exc:
        _fail(str(exc))
    if args.format == "json":
        out: dict[str, Any] = results["corpus"].to_dict()
        if "real" in results:
            out["real"] = results["real"].to_dict()
        if sentences is not None:
            out["real_sentences"] = sentences
        if enron is not None:
            out["enron"] = enron
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if len(results) > 1 or sentences is not None:
        print(evaluate.format_side_by_side(results, sentences))
        print()
    for name, result in results.items():
        if len(results) > 1:
            print(f"== {name}")
        print(evaluate.format_text(result, enron if name == "corpus" else None, args.failures))
    return EXIT_OK


def add_eval(sub: Any) -> None:
    p = sub.add_parser("eval", help="score givefirst on a labelled corpus",
                       description="Score givefirst on a labelled corpus and the real-message set, side by side: "
                                   "precision, recall and F1 per mistake and language, tier accuracy, sentence acts, "
                                   "the score's AUC, reworded pairs, and the failures.")
    p.add_argument("corpus", nargs="?", default="corpus", help="the corpus folder (default: corpus)")
    p.add_argument("--split", choices=("dev", "test", "all"), default="test",
                   help="which part of the corpus to score; tune only on dev (default: test)")
    p.add_argument("--real", metavar="DIR", default=None,
                   help="the real-message set scored beside the corpus (default: ./real when present; '' for none)")
    p.add_argument("--sentences", metavar="DIR", default=None,
                   help="labels of real sentences (default: REAL/sentences when present; '' for none)")
    p.add_argument("--shared", metavar="DIR", default="../shared/data",
                   help="the shared data the real sentence labels point into (default: ../shared/data)")
    p.add_argument("--enron", dest="enron_dir", metavar="DIR",
                   help="also score sentence-level 'ask' on the Enron intent data in DIR "
                        "(e.g. ../shared/data/enron-intent)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--no-failures", dest="failures", action="store_false",
                   help="do not list the messages judged wrong")
    p.set_defaults(func=cmd_eval)


# ---------------------------------------------------------------- the parser

def add_contacts(sub: Any) -> None:
    from .contacts import add_commands

    add_commands(sub)


COMMANDS: list[Callable[[Any], None]] = [add_check, add_eval, add_contacts]


def build_parser(argv: list[str] | None = None) -> Parser:
    """The whole command line; for `check` and `eval` the contact-book commands are left out, since importing and
    building them costs ~15 ms of every `givefirst check` start."""
    first = next((a for a in (argv or []) if not a.startswith("-")), None)
    commands = [add_check, add_eval] if first in ("check", "eval") else COMMANDS
    parser = Parser(
        prog="givefirst",
        description="givefirst: network upward without the three classic mistakes. Checks outreach messages "
                    "(Dutch and English) locally: no text ever leaves your machine.",
    )
    parser.add_argument("--version", action="version", version=f"givefirst {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add in commands:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> None:
    """Console entry point: no tracebacks for users, documented exit codes."""
    try:
        argv = sys.argv[1:] if argv is None else argv
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if getattr(args, "func", None) is None:
            parser.print_help()
            raise SystemExit(EXIT_BAD_INPUT)
        raise SystemExit(args.func(args))
    except UsageFailure as exc:
        print(f"givefirst: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT) from None
    except KeyboardInterrupt:
        print("givefirst: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except BrokenPipeError:
        raise SystemExit(EXIT_OK) from None
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, keep the details out of the user's way
        print(f"givefirst: internal error: {type(exc).__name__}: {exc} "
              "(please report this with the input that caused it)", file=sys.stderr)
        raise SystemExit(EXIT_INTERNAL) from None


if __name__ == "__main__":
    main()
