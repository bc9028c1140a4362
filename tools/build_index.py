"""`make index`: after editing a cues.toml, advice.toml or rules.toml, write the indexes that load fast (JSON, and
the compiled patterns in cues.sre)."""

from __future__ import annotations

import json
from pathlib import Path

from givefirst.engine.lexicon import SUPPORTED, build_index_files, build_rules_index

LANG = Path(__file__).resolve().parent.parent / "src" / "givefirst" / "lang"

if __name__ == "__main__":
    for code in SUPPORTED:
        path = LANG / code / "cues.index.json"
        index, code_blob = build_index_files(code)
        path.write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")
        sre = LANG / code / "cues.sre"  # the patterns compiled to the regex engine's code (see lexicon.build_code)
        sre.write_bytes(code_blob)
        print(f"wrote {sre}")
    rules = LANG.parent / "data" / "rules.index.json"
    rules.write_text(json.dumps(build_rules_index(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {rules}")
