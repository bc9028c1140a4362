"""The command line as a user meets it: real subprocesses, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli

EX = ROOT / "examples"


def assert_clean_error(proc, *needles):
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    for n in needles:
        assert n in err


def test_mistakes_exit_1_and_json_schema():
    p = run_cli("check", str(EX / "en-coffee-pick-your-brain.txt"), "--to", str(EX / "profiles/author.toml"),
                "--format", "json")
    assert p.returncode == 1
    r = json.loads(p.stdout)
    assert r["schema"] == "givefirst.report/1"
    assert r["language"] == "en" and r["rank"]["tier"] == "far-above"
    assert {m["id"] for m in r["mistakes"]} == {"rank", "ask-before-give", "value-proposition"}
    assert 0 <= r["score"] <= 100
    for f in r["findings"]:
        assert set(f) >= {"rule", "mistake", "severity", "start", "end", "message", "suggestion", "source"}
    for s in r["sentences"]:
        assert set(s) >= {"start", "end", "text", "acts"}


def test_clean_message_exits_0_with_text_report():
    p = run_cli("check", str(EX / "en-give-first-interview.txt"), "--to", str(EX / "profiles/author.toml"),
                "--from", str(EX / "profiles/freelancer.toml"))
    out = p.stdout.decode()
    assert p.returncode == 0, out + p.stderr.decode()
    assert "Score: " in out and "Playbook" in out


def test_dutch_text_report_is_in_dutch():
    p = run_cli("check", str(EX / "nl-koffie-auteur.txt"), "--to", str(EX / "profiles/auteur.toml"))
    assert p.returncode == 1
    out = p.stdout.decode()
    assert "Speelboek" in out and "Oplossing" in out


def test_stdin():
    p = run_cli("check", "-", "--format", "json", stdin=b"Hi Anna, could we hop on a call?")
    assert p.returncode == 1
    assert json.loads(p.stdout)["mistakes"]


@pytest.mark.parametrize(("data", "needle"), [
    (b"", "empty"),
    (b"   \n\t  \n", "empty"),
    (b"\xff\xfe\x00\x01binary\x00", "binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
    (b"Bonjour Madame, je voudrais vous demander un rendez-vous pour parler.", "supports Dutch"),
])
def test_bad_input_one_line_exit_2(data, needle):
    assert_clean_error(run_cli("check", "-", stdin=data), needle)


def test_missing_file():
    assert_clean_error(run_cli("check", "no-such-draft.txt"), "no-such-draft.txt", "no such file")


def test_missing_argument():
    assert_clean_error(run_cli("check"), "missing FILE")


def test_malformed_profile(tmp_path):
    prof = tmp_path / "to.toml"
    prof.write_text("audience = [\n", encoding="utf-8")
    assert_clean_error(run_cli("check", "-", "--to", str(prof), stdin=b"Hi, coffee?"), "to.toml", "TOML")


def test_profile_wrong_type_names_line(tmp_path):
    prof = tmp_path / "to.toml"
    prof.write_text('role = "author"\ninbound_per_day = "many"\n', encoding="utf-8")
    assert_clean_error(run_cli("check", "-", "--to", str(prof), stdin=b"Hi, coffee?"), "line 2",
                       "inbound_per_day")


def test_unknown_profile_key_warns_but_runs(tmp_path):
    prof = tmp_path / "to.toml"
    prof.write_text('role = "author"\nshoe_size = 44\n', encoding="utf-8")
    p = run_cli("check", "-", "--to", str(prof), stdin=b"Hi Anna, could we hop on a call?")
    assert p.returncode == 1
    assert "warning: " in p.stderr.decode() and "shoe_size" in p.stderr.decode()


def test_usage_error_exit_2():
    p = run_cli("check", "-", "--channel", "fax", stdin=b"hi")
    assert p.returncode == 2 and "Traceback" not in p.stderr.decode()


def test_one_megabyte_message_finishes():
    para = ("I loved your talk on focus at the conference. Could we grab a coffee next week? "
            "I would be happy to share the notes I made. ") * 8
    text = ((para + "\n\n") * 800)[: 1024 * 1024]
    p = run_cli("check", "-", "--format", "json", stdin=text.encode(), timeout=300)
    assert p.returncode in (0, 1), p.stderr.decode()
    r = json.loads(p.stdout)
    assert all(0 <= s["start"] <= s["end"] <= len(text) for s in r["sentences"])


def test_batch_keeps_order_and_survives_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "Hi Anna, could we grab a coffee?", "to": {"inbound_per_day": 700}}),
        "this is not json",
        json.dumps({"text": "Hoi Sara, zullen we koffie drinken?", "to": {"audience": 3000},
                    "from": {"audience": 2500}}),
        json.dumps({"text": ""}),
        json.dumps({"text": "Hi", "to": {"audience": "many"}}),
        json.dumps({"text": "Hi Anna, I'd love to feature you in my series for 12,000 readers.",
                    "channel": "linkedin"}),
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = run_cli("check", "--batch", str(f))
    out = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert len(out) == 6
    assert p.returncode == 2  # some lines were bad
    assert out[0]["schema"] == "givefirst.report/1" and out[0]["mistakes"]
    assert out[1]["schema"] == "givefirst.error/1" and out[1]["line"] == 2
    assert out[2]["language"] == "nl" and out[2]["rank"]["tier"] == "peer" and out[2]["mistakes"] == []
    assert out[3]["schema"] == "givefirst.error/1" and "empty" in out[3]["error"]
    assert out[4]["schema"] == "givefirst.error/1" and "audience" in out[4]["error"]
    assert out[5]["channel"] == "linkedin"


def test_batch_from_stdin_all_good_exit_codes():
    good = json.dumps({"text": "Hoi Sara, zullen we koffie drinken?", "to": {"audience": 3000},
                       "from": {"audience": 2500}})
    assert run_cli("check", "--batch", "-", stdin=(good + "\n").encode()).returncode == 0
    bad = json.dumps({"text": "Hi Anna, could we grab a coffee?"})
    assert run_cli("check", "--batch", "-", stdin=(bad + "\n").encode()).returncode == 1


def test_batch_missing_file():
    assert_clean_error(run_cli("check", "--batch", "nope.jsonl"), "nope.jsonl")


def test_version_and_help():
    assert run_cli("--version").returncode == 0
    assert b"check" in run_cli("--help").stdout


def test_batch_in_two_processes_gives_the_same_output_in_order(tmp_path):
    texts = ["Hi Anna, could we grab a coffee?", "Hoi Sara, zullen we koffie drinken?", "not json",
             "Hi Anna, I'd love to feature you in my series for 12,000 readers."] * 40
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(t if t == "not json" else json.dumps({"text": t}) for t in texts) + "\n",
                 encoding="utf-8")
    one = run_cli("check", "--batch", str(f))
    two = run_cli("check", "--batch", str(f), "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == len(texts)


def test_check_start_up_stays_light():
    """`givefirst check` must start fast (a benchmark target): its import path leaves out the heavy modules."""
    code = ("import sys; import givefirst.cli.main as m; m.build_parser(['check', 'x']); "
            "print(' '.join(n for n in ('dataclasses', 'inspect', 'pathlib', 'orjson', 'rich', 'sqlalchemy', "
            "'tomllib', 'givefirst.cli.contacts') if n in sys.modules))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "", f"imported on the check path: {p.stdout.strip()}"


def test_contacts_commands_still_parse_after_a_lean_check_parser():
    from givefirst.cli.main import build_parser

    assert build_parser(["contacts", "list"]).parse_args(["contacts", "list"]).command == "contacts"
    assert build_parser(["check", "-"]).parse_args(["check", "-"]).command == "check"


def test_a_wrapped_playbook_step_is_not_bulleted_twice():
    from givefirst import Profile, check
    from givefirst.cli.render import report_lines

    far_above = Profile(role="bestsellerauteur", inbound_per_day=700)
    report = check("Hoi Anna, mag ik je een keer bellen over je boek?", lang="nl", recipient=far_above)
    text = ["".join(seg for seg, _style in line) for line in report_lines(report)]
    bullets = [line for line in text if line.startswith("  - ")]
    assert len(bullets) == len(report.rank.playbook)
