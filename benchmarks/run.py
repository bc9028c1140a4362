"""`make bench`: performance of givefirst check, measured against proselint in the same run.

Writes docs/benchmarks.md. Figures on shared 2-core machines are noisy: compare the ratios, which are measured
side by side in one run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
BIN = Path(sys.executable).parent


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores, {cpu}{mem}, Python {platform.python_version()}"


def politeness_texts(shared: Path) -> list[str]:
    texts = []
    for name in ("wikipedia.annotated.csv", "stack-exchange.annotated.csv"):
        with (shared / "stanford-politeness" / name).open(encoding="utf-8") as fh:
            texts += [row["Request"] for row in csv.DictReader(fh)]
    return texts


def bench_batch(texts: list[str], tmp: Path, jobs: int = 1) -> tuple[float, int]:
    path = tmp / "politeness.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"text": t, "lang": "en"}) + "\n")
    start = time.perf_counter()
    proc = subprocess.run([str(BIN / "givefirst"), "check", "--batch", str(path), "--jobs", str(jobs)],
                          capture_output=True)
    elapsed = time.perf_counter() - start
    lines = proc.stdout.count(b"\n")
    if lines != len(texts):
        raise SystemExit(f"bench: givefirst wrote {lines} lines for {len(texts)} messages: {proc.stderr[:300]!r}")
    return elapsed, lines


def bench_proselint(texts: list[str], tmp: Path) -> tuple[float, int]:
    folder = tmp / "proselint"
    folder.mkdir(parents=True)
    files = []
    for i, t in enumerate(texts):
        f = folder / f"{i:05d}.txt"
        f.write_text(t, encoding="utf-8")
        files.append(str(f))
    exe = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if exe is None:
        raise SystemExit("bench: proselint is not installed (pip install -e '.[dev]')")
    start = time.perf_counter()
    subprocess.run([exe, "check", *files], capture_output=True)
    return time.perf_counter() - start, len(files)


def bench_latency(runs: int = 2000) -> dict[str, float]:
    from givefirst import Profile, check

    text = (ROOT / "benchmarks" / "message-150-words.txt").read_text(encoding="utf-8")
    words = len(text.split())
    to = Profile(role="bestselling author", inbound_per_day=700, work=("The Busy Brain",))
    check(text, recipient=to)  # warm: load and compile the language packs once
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        check(text, recipient=to)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"words": words, "p50": statistics.median(times), "p95": times[int(runs * 0.95)], "runs": runs}


def bench_scaling() -> dict[str, float]:
    """check() on a 100 KB and a 1 MB message: linear time means the ratio is close to 10."""
    from givefirst import check

    unit = (ROOT / "benchmarks" / "message-150-words.txt").read_text(encoding="utf-8") + "\n\n"
    out = {}
    for size in (100_000, 1_000_000):
        text = (unit * (size // len(unit) + 1))[:size]
        t0 = time.perf_counter()
        check(text, lang="en")
        out[size] = time.perf_counter() - t0
    return {"100k": out[100_000], "1m": out[1_000_000], "ratio": out[1_000_000] / out[100_000]}


def bench_cold_start(tmp: Path, runs: int = 15) -> dict[str, float]:
    msg = tmp / "draft.txt"
    msg.write_text((ROOT / "benchmarks" / "message-150-words.txt").read_text(encoding="utf-8"), encoding="utf-8")
    exe_p = shutil.which("proselint", path=str(BIN)) or "proselint"
    cmds = {
        "givefirst": [str(BIN / "givefirst"), "check", str(msg)],
        "givefirst_json": [str(BIN / "givefirst"), "check", str(msg), "--format", "json"],
        "proselint": [exe_p, "check", str(msg)],
    }
    for cmd in cmds.values():
        subprocess.run(cmd, capture_output=True)  # warm the file cache
    # round-robin, so a slow spell on this shared machine falls on every tool alike rather than on one
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(t) for name, t in times.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    ap.add_argument("--limit", type=int, default=0, help="use only the first N politeness requests (quick look)")
    args = ap.parse_args()
    shared = Path(args.shared)
    texts = politeness_texts(shared)
    if args.limit:
        texts = texts[: args.limit]

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        # two rounds, the second in swapped order, so a slow spell on this shared machine cannot favour either
        # tool; the verdict uses the worse round
        rounds = []
        for r in range(2):
            pair = {}
            for tool in (("givefirst", "proselint") if r == 0 else ("proselint", "givefirst")):
                print(f"round {r + 1}: {tool}, {len(texts)} requests ...", flush=True)
                if tool == "givefirst":
                    pair[tool], n = bench_batch(texts, tmp)
                else:
                    pair[tool], _ = bench_proselint(texts, tmp / f"round{r}")
            rounds.append(pair)
        print("batch --jobs 2 ...", flush=True)
        g2_time, _ = bench_batch(texts, tmp, jobs=2)
        print("latency ...", flush=True)
        lat = bench_latency()
        print("cold start ...", flush=True)
        cold = bench_cold_start(tmp)
        print("scaling ...", flush=True)
        scale = bench_scaling()
    print("contacts ...", flush=True)
    import contacts as contacts_bench

    book = contacts_bench.main()
    print("enron ...", flush=True)
    from givefirst.evaluate import evaluate_enron

    enron = evaluate_enron(shared / "enron-intent")["ask"]

    ratios = [(n / r["givefirst"]) / (n / r["proselint"]) for r in rounds]
    worst = min(range(2), key=lambda i: ratios[i])
    g_time, p_time = rounds[worst]["givefirst"], rounds[worst]["proselint"]
    g_rate, p_rate = n / g_time, n / p_time
    ratio = ratios[worst]
    p_mean = n / (sum(r["proselint"] for r in rounds) / 2)
    met = {True: "met", False: "not met"}
    report = f"""# Benchmarks

Written by `make bench` ({time.strftime('%Y-%m-%d %H:%M')}) on: {machine()}.
Shared 2-core machines are noisy; each comparison below was measured side by side in the same run.

| what | givefirst | proselint | ratio | target |
| --- | --- | --- | --- | --- |
| batch throughput, {n:,} Stanford politeness requests (one process each; the worse of two rounds, {ratios[0]:.1f}x and {ratios[1]:.1f}x) | {g_rate:,.0f} msg/s ({g_time:.1f} s) | {p_rate:,.0f} msg/s ({p_time:.1f} s) | {ratio:.1f}x | >= 10x: {met[ratio >= 10]} |
| the same with `--jobs 2` (both cores; proselint uses one), against proselint's mean rate | {n / g2_time:,.0f} msg/s ({g2_time:.1f} s) | {p_mean:,.0f} msg/s | {n / g2_time / p_mean:.1f}x | (for information) |
| cold start, `check FILE` (text report, median of 15) | {cold['givefirst'] * 1000:.0f} ms | {cold['proselint'] * 1000:.0f} ms | {cold['givefirst'] / cold['proselint']:.2f} | no slower: {met[cold['givefirst'] <= cold['proselint']]} |
| cold start, `check FILE --format json` (median of 15) | {cold['givefirst_json'] * 1000:.0f} ms | {cold['proselint'] * 1000:.0f} ms | {cold['givefirst_json'] / cold['proselint']:.2f} | (for information) |

In-process latency of `check()` on a {lat['words']}-word English message to a far-above recipient, {lat['runs']} runs:
p50 **{lat['p50']:.2f} ms**, p95 {lat['p95']:.2f} ms (target p50 <= 2 ms: {met[lat['p50'] <= 2.0]}).

Linear time: `check()` on a 100 KB message took {scale['100k']:.2f} s, on a 1 MB message {scale['1m']:.2f} s
(ratio {scale['ratio']:.1f}; 10 is linear).

Contact book (SQLite): importing a 10,000-row LinkedIn `Connections.csv` with `givefirst contacts import` took
**{book['import_10k']:.2f} s** (target < 5 s: {met[book['import_10k'] < 5]}); `due` over 10,000 contacts with 100,000
interactions took **{book['due_median'] * 1000:.0f} ms** in-process, median of 5 (target < 200 ms:
{met[book['due_median'] < 0.2]}; {book['due_items']:,} follow-ups listed).

What limits the figures (and what changed them):
- Throughput: the cue packs are matched with Python's `re`, behind a prefilter that only runs a pattern where its
  words occur. Session 4 made the prefilter cheaper (each watched word has a bit, so the test that a pattern's
  later words occur is one integer AND; a word's patterns are deduplicated once, so their offsets need no sorting;
  words that start nothing are skipped): `check()` on the politeness requests went from about 254 to 216 us here,
  side by side. The packs grew again (about 60 patterns) and a learned second opinion on give/value now runs on the
  sentences that ask nothing. In session 5 the classifier decides the acts of every sentence, which costs these
  short requests the most (batch 7.5x -> 5.0-5.8x proselint in one process; 9.7-11.8x with `--jobs 2`). What remains is Python work
  spread thin - finding cues about half, labelling, checks and the report the rest; proselint is quick on these
  short requests (and ran at 260-420 msg/s on different days), so 10x in one process needs a compiled matcher;
  `--jobs 2` gets there on both cores. Two rounds in swapped order, the worse of the two counts.
- Latency: an absolute figure that moves with this shared VM's load. Session 4 took two costs off the 150-word
  message: the recipient's work titles were compiled on every call into a pattern that began with 23 look-behinds
  run at every character (now compiled once per profile, the greeting check only where a title matched; 2.39 ->
  1.77 ms side by side), and the prefilter above. Session 5 made the learned classifier decide every act of every
  sentence (words and word beginnings plus the cue hits, a set intersection and one sum per act) and added cue
  groups for real messages: callgrind counts 11.02 M instructions per check() of this message at the start of session
  5 and 12.13 M at its end (+10 %; the classifier ~0.7 M, its features as much again). The figure above moves
  with the VM: the same code read 2.62 ms and 1.39 ms an hour apart.
- Linear time: the 100 KB run is a little faster per character than the 1 MB one because it stays in the CPU
  cache, so the ratio reads 11-12; measured separately in session 3, the cost is flat from 250 KB to 1 MB.
- Cold start: the three commands are timed in turn (round-robin), so a slow spell hits all of them. The patterns
  ship compiled (`lang/*/cues.sre`, rebuilt with `_sre.compile` when the interpreter's regex engine matches the one
  that wrote it); the learned model is read with a plain `open` and `json` (about 6 ms for one language), not
  `importlib.resources` (about 50 ms of imports). What remains is the interpreter and imports (~45 ms) and loading
  the language pack; Rich is imported only when the report goes to a terminal. Session 5: the other language's pack
  (loaded for its closing markers and role words) no longer builds its prefilter tables, which are built on first
  use (a cold process 547 M -> 494 M instructions), and the classifier ships only weights of 0.2 and more (loads in
  ~4 ms).
- Enron: the data set's labels follow the Parakweet scheme (a request, a proposed meeting or event, a question that
  needs a reply), while givefirst's `ask` is "the recipient is asked to do or give something", with cues written
  for outreach and for everyday work mail in our own words (0.97 F1 on our own work-mail sentences, test split).
  Precision is the weak side. The sentences are never read, so the gap cannot be closed by looking at them.

External check (evaluation only, never tuned on): sentence-level `ask` on Enron intent sentences:
precision {enron['precision']:.3f}, recall {enron['recall']:.3f}, **F1 {enron['f1']:.3f}** (target >= 0.80:
{met[enron['f1'] >= 0.80]}).
"""
    Path(args.out).write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
