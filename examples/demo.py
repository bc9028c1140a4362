"""`make demo`: run `givefirst check` on the bundled example messages, as a new user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = HERE / "profiles"

EXAMPLES = [
    ("English, to a bestselling author: coffee to pick her brain",
     ["en-coffee-pick-your-brain.txt", "--to", P / "author.toml", "--from", P / "freelancer.toml"]),
    ("English, to the same author: give first, tiny ask",
     ["en-give-first-interview.txt", "--to", P / "author.toml", "--from", P / "freelancer.toml"]),
    ("English, between two peers from the same meetup: coffee is fine",
     ["en-peer-coffee.txt", "--to", P / "peer.toml", "--from", P / "freelancer.toml"]),
    ("English LinkedIn note, no recipient profile",
     ["en-linkedin-note.txt", "--channel", "linkedin"]),
    ("Nederlands, aan een bestsellerauteur: koffie en sparren",
     ["nl-koffie-auteur.txt", "--to", P / "auteur.toml", "--from", P / "stagiair.toml"]),
    ("Nederlands, dezelfde auteur: een af promofilmpje als aanbod",
     ["nl-promovideo.txt", "--to", P / "auteur.toml", "--from", P / "stagiair.toml"]),
]


def main() -> int:
    for title, args in EXAMPLES:
        cmd = [sys.executable, "-m", "givefirst.cli.main", "check", str(HERE / args[0]), *map(str, args[1:])]
        shown = " ".join(str(a).replace(str(HERE) + "/", "examples/") for a in args[1:])
        print(f"\n=== {title}\n$ givefirst check examples/{args[0]} {shown}\n", flush=True)
        code = subprocess.run(cmd).returncode
        if code not in (0, 1):  # 0: no mistakes, 1: mistakes found; anything else is a failure
            print(f"demo: givefirst exited with {code}", file=sys.stderr)
            return code
    print("\nTry your own: .venv/bin/givefirst check my-draft.txt --to examples/profiles/author.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
