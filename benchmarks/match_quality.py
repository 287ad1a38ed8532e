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

from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.jobs import demands_from_text

LABELS = ROOT / "benchmarks" / "eval" / "labels_51job.json"
SKILLS_V2 = ROOT / "benchmarks" / "eval" / "skills_51job_v2.json"
SECOND = ROOT / "benchmarks" / "eval" / "majors_51job_second.json"


def extraction_scores(taxonomy, text, postings, skills_of) -> tuple[int, int, int, int]:
    """(postings, tp, fp, fn) of extraction against the labelled skills, canonical names compared."""
    tp = fp = fn = n = 0
    for p in postings:
        labelled = skills_of(p)
        if labelled is None:
            continue
        n += 1
        # The labels list what the ad's duties and requirements state, not what its title implies,
        # so extraction is scored on the description (the title still feeds recommendation).
        predicted = {f.name for f in extract(taxonomy, text[p["source_url"]]["description"])}
        wanted = set()
        for label in labelled:
            entry = taxonomy.lookup(label)
            wanted.add(entry.name if entry else f"?{label}")
        tp += len(predicted & wanted)
        fp += len(predicted - wanted)
        fn += len(wanted - predicted)
    return n, tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"precision={precision:.3f} recall={recall:.3f} (tp={tp} fp={fp} fn={fn})"


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
    v2 = {}
    if SKILLS_V2.exists():
        v2 = {p["source_url"]: p["skills"] for p in json.loads(SKILLS_V2.read_text("utf-8"))["postings"]}
    second = {}
    if SECOND.exists():
        second = {p["source_url"]: p["majors"] for p in json.loads(SECOND.read_text("utf-8"))["postings"]}
    misses = []
    for split in ("dev", "test"):
        rows = [p for p in labels["postings"] if p["split"] == split]
        hits = {"first": [0, 0], "second": [0, 0], "either": [0, 0]}
        for p in rows:
            ad = text[p["source_url"]]
            demands, _found = demands_from_text(taxonomy, ad["title"], ad["description"])
            recs = index.recommend(
                demands, title=ad["title"], fields=named_fields(ad["description"]), level="higher", limit=3
            )
            codes = [r.code for r in recs]
            gold = {"first": set(p["majors"]), "second": set(second.get(p["source_url"], ()))}
            gold["either"] = gold["first"] | gold["second"]
            for who, wanted in gold.items():
                hits[who][0] += bool(codes[:1] and codes[0] in wanted)
                hits[who][1] += bool(wanted & set(codes))
            if split == "dev" and not (gold["first"] & set(codes)):
                misses.append((ad["title"], p["majors"], [(r.code, r.name, r.score) for r in recs]))
        n = len(rows)
        for who in ("first", "second", "either") if second else ("first",):
            top1, top3 = hits[who]
            print(f"[{split}] majors (高职) vs {who} labeller: n={n} top1={top1 / n:.3f} top3={top3 / n:.3f}")
        if v2:
            k, tp, fp, fn = extraction_scores(taxonomy, text, rows, lambda p: v2.get(p["source_url"]))
            print(f"[{split}] extraction vs labels v2: n={k} {prf(tp, fp, fn)}")
        k, tp, fp, fn = extraction_scores(taxonomy, text, rows, lambda p: p.get("skills"))
        print(f"[{split}] extraction vs labels v1: n={k} {prf(tp, fp, fn)}")
    for title, gold, got in misses[: args.show_misses]:
        print("MISS", title, gold, got)
    return 0


if __name__ == "__main__":
    sys.exit(main())
