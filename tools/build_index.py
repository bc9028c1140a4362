"""`make index`: after editing a cues.toml, advice.toml or rules.toml, write the JSON indexes that load fast."""

from __future__ import annotations

import json
from pathlib import Path

from givefirst.engine.lexicon import SUPPORTED, build_index, build_rules_index

LANG = Path(__file__).resolve().parent.parent / "src" / "givefirst" / "lang"

if __name__ == "__main__":
    for code in SUPPORTED:
        path = LANG / code / "cues.index.json"
        path.write_text(json.dumps(build_index(code), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    rules = LANG.parent / "data" / "rules.index.json"
    rules.write_text(json.dumps(build_rules_index(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {rules}")
