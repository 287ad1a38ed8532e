"""Match quality on the labelled 51job evaluation set (benchmarks/eval/).

Prints, per split, top-1 / top-3 hit rate of the major recommendation (engine level, 高职 majors)
and micro precision / recall of skill extraction. Tune only on dev; the test split is the figure.
The postings' text is read from ../shared/data at run time and never stored in the repo.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time

from _seeds import ROOT, SHARED_DATA, load_engine

from matchmaker.matching.engine.jobs import demands_from_text

LABELS = ROOT / "benchmarks" / "eval" / "labels_51job.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-misses", type=int, default=0, help="print N dev misses for error analysis")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text("utf-8"))
    source = SHARED_DATA / labels["source"]
    if not source.exists():
        print(f"SKIPPED: the evaluation text {source} is not here (it is never copied into the repo).")
        return 0
    with source.open(encoding="utf-8") as fh:
        text = {r["source_url"]: r for r in csv.DictReader(fh)}
    started = time.perf_counter()
    taxonomy, index, _levels = load_engine()
    print(
        f"engine built from seeds in {time.perf_counter() - started:.2f}s: "
        f"{len(taxonomy.skills)} skills, {len(taxonomy.terms)} terms, {len(index.profiles)} major profiles"
    )
    misses = []
    for split in ("dev", "test"):
        rows = [p for p in labels["postings"] if p["split"] == split]
        top1 = top3 = 0
        tp = fp = fn = 0
        skill_rows = 0
        for p in rows:
            ad = text[p["source_url"]]
            demands, found = demands_from_text(taxonomy, ad["title"], ad["description"])
            recs = index.recommend(demands, title=ad["title"], level="higher", limit=3)
            codes = [r.code for r in recs]
            gold = set(p["majors"])
            top1 += bool(codes[:1] and codes[0] in gold)
            top3 += bool(gold & set(codes))
            if split == "dev" and not (gold & set(codes)):
                misses.append((ad["title"], p["majors"], [(r.code, r.name, r.score) for r in recs]))
            if "skills" in p:
                skill_rows += 1
                predicted = {f.name for f in found}
                wanted = set()
                for label in p["skills"]:
                    entry = taxonomy.lookup(label)
                    wanted.add(entry.name if entry else f"?{label}")
                tp += len(predicted & wanted)
                fp += len(predicted - wanted)
                fn += len(wanted - predicted)
        n = len(rows)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"[{split}] majors: n={n} top1={top1 / n:.3f} top3={top3 / n:.3f} | "
            f"extraction: n={skill_rows} precision={precision:.3f} recall={recall:.3f} "
            f"(tp={tp} fp={fp} fn={fn})"
        )
    for title, gold, got in misses[: args.show_misses]:
        print("MISS", title, gold, got)
    return 0


if __name__ == "__main__":
    sys.exit(main())
