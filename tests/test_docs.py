"""Docs stay honest: every command has help and is documented; every rule is in docs/rules.md."""

from __future__ import annotations

import click

from conftest import ROOT
from givefirst.cli.main import cli
from givefirst.engine.lexicon import rules

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))


def _commands(group: click.Group, prefix: str = ""):
    for name, cmd in group.commands.items():
        yield f"{prefix}{name}", cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix}{name} ")


def test_every_command_has_help_and_is_documented():
    for name, cmd in _commands(cli):
        assert cmd.help, f"{name} has no help text"
        assert f"givefirst {name}" in DOCS, f"'givefirst {name}' is not documented"


def test_every_option_of_check_is_in_the_readme():
    for param in cli.commands["check"].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
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
