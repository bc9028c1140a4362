"""Docs stay honest: every command has help and is documented; every rule is in docs/rules.md."""

from __future__ import annotations

import argparse

from conftest import ROOT
from givefirst.cli.main import build_parser
from givefirst.engine.lexicon import rules

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))


def _commands(parser: argparse.ArgumentParser, prefix: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{prefix}{name}", sub, helps.get(name)
                yield from _commands(sub, f"{prefix}{name} ")


def test_every_command_has_help_and_is_documented():
    commands = list(_commands(build_parser()))
    assert commands
    for name, sub, help_text in commands:
        assert help_text and sub.description, f"{name} has no help text"
        assert f"givefirst {name}" in DOCS, f"'givefirst {name}' is not documented"


def test_every_option_of_check_is_in_the_readme():
    check = next(sub for name, sub, _ in _commands(build_parser()) if name == "check")
    for action in check._actions:
        for opt in action.option_strings:
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"{opt} missing from README"


def test_every_rule_is_documented():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule_id in rules():
        assert f"`{rule_id}`" in text


def test_readme_first_screen_has_both_commands():
    first = "\n".join(README.splitlines()[:15])
    assert "make demo" in first and "make test" in first


def test_readme_links_exist():
    import re

    for link in re.findall(r"\]\((docs/[^)#]+)\)", README):
        assert (ROOT / link).exists(), link
