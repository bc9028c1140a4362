"""Write a labelling sheet of real sentences (key<TAB>text) to a scratch file outside the repository.

The sample is deterministic (ordered by a hash of the key): Stanford Politeness requests by file, and the sentences
of short person-to-person SpamAssassin ham mails. Only keys and labels are committed (real/sentences/*.tsv); the text
stays in ../shared/data. Usage: python tools/sample_real_sentences.py SOURCE N OUT  (SOURCE: sp-wiki, sp-se, sa)
"""

from __future__ import annotations

import sys
import zlib
from collections import defaultdict

from givefirst import realdata


def main() -> int:
    source, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shared = "../shared/data"
    rows: list[tuple[str, str]] = []
    if source.startswith("sp-"):
        by_req: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k, s in realdata.politeness(shared):
            if k.startswith(source + ":"):
                by_req[k.rsplit(":", 1)[0]].append((k, s))
        for req in sorted(by_req, key=lambda r: zlib.crc32(r.encode())):
            rows.extend(by_req[req])
            if len(rows) >= n:
                break
    else:
        by_mail: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k, s in realdata.ham(shared):
            by_mail[k.rsplit(":", 1)[0]].append((k, s))
        for mail in sorted(by_mail, key=lambda r: zlib.crc32(r.encode())):
            sents = by_mail[mail]
            body = " ".join(s for _, s in sents)
            if len(body) > 1500 or " you" not in body.lower() or "http" in body[:200]:
                continue  # long newsletters and link lists say little about asks between people
            keep = [(k, s) for k, s in sents if 3 <= len(s.split()) <= 60][:8]
            rows.extend(keep)
            if len(rows) >= n:
                break
    with open(out, "w", encoding="utf-8") as fh:
        for k, s in rows:
            fh.write(f"{k}\t{s}\n")
    print(f"{len(rows)} sentences -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
