"""Contact-book benchmarks: import 10,000 LinkedIn rows; `due` over 10,000 contacts with 100,000 interactions."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["met", "sent", "received", "replied", "gave", "asked", "note"]


def linkedin_csv(n: int) -> str:
    rng = random.Random(7)
    first = ["Anna", "José", "Sanne", "Kees", "Zoë", "Mohammed", "Priya", "Lars", "Femke", "Tom", "Émile", "Noor"]
    last = ["de Vries", "Müller", "de Wit", "van Dam", "O'Brien", "El Amrani", "Shah", "Jansen", "Bakker", "Visser"]
    rows = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are '
            'missing."', "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for i in range(n):
        f, la = rng.choice(first), rng.choice(last)
        email = f"person{i}@example.com" if i % 4 == 0 else ""
        rows.append(f'{f},{la} {i},https://www.linkedin.com/in/p{i},{email},"Company {i % 500}, BV",'
                    f'"Role {i % 50}",{rng.randint(1, 28):02d} Nov 2024')
    return "\n".join(rows) + "\n"


def bench_import(tmp: Path, n: int = 10_000) -> float:
    csv_path = tmp / "Connections.csv"
    csv_path.write_text(linkedin_csv(n), encoding="utf-8")
    env = dict(os.environ, GIVEFIRST_DB=str(tmp / "import.sqlite3"))
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "givefirst.cli.main", "contacts", "import", str(csv_path)],
                       capture_output=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"import failed: {p.stderr.decode()[:300]}")
    return elapsed


def bench_due(tmp: Path, contacts: int = 10_000, interactions: int = 100_000) -> dict[str, float]:
    from givefirst.contacts import service as sv
    from givefirst.contacts.db import Store

    rng = random.Random(11)
    store = Store(str(tmp / "due.sqlite3"))
    sv.set_me(store, role="freelance designer", audience=1200)
    base = dt.date(2026, 1, 1)
    per = interactions // contacts
    records = []
    for i in range(contacts):
        inter = [{"kind": rng.choice(KINDS), "date": (base + dt.timedelta(days=rng.randint(0, 330))).isoformat(),
                  "summary": f"n{j}"} for j in range(per)]
        records.append(sv.Record(sv.ContactInput(
            name=f"Person {i}", role=rng.choice(["designer", "bestselling author", "student", "director", None]),
            audience=rng.choice([None, 500, 5000, 200000]), keep_in_touch_days=rng.choice([None, 90])),
            interactions=inter))
    sv.import_records(store, records)
    sv.due(store, today=dt.date(2026, 12, 1))  # warm
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        items = sv.due(store, today=dt.date(2026, 12, 1))
        times.append(time.perf_counter() - t0)
    store.dispose()
    return {"median": statistics.median(times), "items": len(items)}


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        imp = bench_import(tmp)
        due = bench_due(tmp)
    return {"import_10k": imp, "due_median": due["median"], "due_items": due["items"]}


if __name__ == "__main__":
    print(main())
