"""Match quality on the labelled 51job evaluation set (benchmarks/eval/).

Prints, per split, top-1 / top-3 hit rate of the major recommendation (engine level, 高职 majors)
and micro precision / recall of skill extraction, each with its 95% interval (Wilson for hit rates,
a bootstrap over postings for precision and recall): on a few hundred postings a figure is only known
to a few points. Tune only on the dev splits (dev, dev2–dev6); the test split is the figure. The
postings' text is read from ../shared/data at run time and never stored in the repo.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import opencc
import yaml
from _seeds import ROOT, SHARED_DATA, load_engine

from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.fields import named_fields
from matchmaker.matching.engine.jobs import demands_from_text

EVAL = ROOT / "benchmarks" / "eval"
LABELS = EVAL / "labels_51job.json"  # round 1: dev + test, first labeller's majors, skills v1
SKILLS_V2 = EVAL / "skills_51job_v2.json"  # round 1 skills, guideline v2
SECOND = EVAL / "majors_51job_second.json"  # round 1 majors, second independent labeller
ROUND2 = EVAL / "labels_51job_round2.json"  # round 2: dev only, majors and skills (v2 guideline)
ROUND3 = EVAL / "labels_51job_round3.json"  # round 3: dev only, held out while round-2 tuning ran
ROUND4 = EVAL / "labels_51job_round4.json"  # round 4: dev only, held out while round-3 tuning ran
# Rounds 2–4 carry their own skill labels (v2 guideline) and have one labeller each.
ROUNDS = {"dev2": ROUND2, "dev3": ROUND3, "dev4": ROUND4}
# Rounds 5 and 6: skills only (v2 guideline), for postings the majors rounds skipped (law, managers, 本科+).
SKILL_ROUNDS = {"dev5": EVAL / "skills_51job_round5.json", "dev6": EVAL / "skills_51job_round6.json"}
SKILLS_SECOND = EVAL / "skills_51job_dev_second.json"  # round-1 dev skills, second annotator (agreement)
SKILLS_SECOND_TEST = EVAL / "skills_51job_test_second.json"  # round-1 test skills, second annotator
INDUSTRIES = EVAL / "industries_51job.json"  # 51job's industry labels → GB/T 4754 divisions
ENGLISH_ADS = EVAL / "ads_english.yaml"  # English and bilingual ads written for this repo (dev / test)
CHINESE_ADS = EVAL / "ads_chinese.yaml"  # Chinese technical and service ads written for this repo (probes)
Z95 = 1.959964  # the normal quantile of a two-sided 95% interval
BOOTSTRAP = 2000  # resamples of the postings behind each precision / recall interval


def labelled_postings(path: Path) -> list[dict]:
    """The postings of one label file; none when the file is absent."""
    return json.loads(path.read_text("utf-8"))["postings"] if path.exists() else []


def dev_rounds() -> dict[str, list[dict]]:
    """Dev round (dev, dev2–dev4) → its labelled postings; never the test split."""
    first = [p for p in labelled_postings(LABELS) if p["split"] == "dev"]
    return {"dev": first, **{name: labelled_postings(path) for name, path in ROUNDS.items()}}


def ad_texts() -> tuple[Path, dict[str, dict[str, str]]]:
    """(where the labelled ads' text lives, source_url → ad); no ads when ../shared is not here."""
    source = SHARED_DATA / json.loads(LABELS.read_text("utf-8"))["source"]
    if not source.exists():
        return source, {}
    with source.open(encoding="utf-8") as fh:
        return source, {r["source_url"]: r for r in csv.DictReader(fh)}


def dev_skill_labels_by_round() -> dict[str, list[tuple[str, list[str]]]]:
    """Dev round → (source_url, labelled skills) of its postings with skill labels, all by the v2
    guideline (round 1's are in their own file; rounds 5 and 6 have skills only); never the test split."""
    v2 = {p["source_url"]: p["skills"] for p in labelled_postings(SKILLS_V2)}
    rounds = {}
    for name, postings in dev_rounds().items():
        skills_of = (lambda p: v2.get(p["source_url"])) if name == "dev" else (lambda p: p.get("skills"))
        rounds[name] = [(p["source_url"], skills) for p in postings if (skills := skills_of(p)) is not None]
    for name, path in SKILL_ROUNDS.items():
        rounds[name] = [(p["source_url"], p["skills"]) for p in labelled_postings(path)]
    return rounds


def dev_skill_labels() -> list[tuple[str, list[str]]]:
    """(source_url, labelled skills) of every dev posting with skill labels (never the test split)."""
    return [row for rows in dev_skill_labels_by_round().values() for row in rows]


def canonical(taxonomy, labels) -> set[str]:
    """Labels as canonical skill names; a label outside the vocabulary stays, marked with "?"."""
    return {entry.name if (entry := taxonomy.lookup(x)) else f"?{x}" for x in labels}


def tallies(pairs) -> list[tuple[int, int, int]]:
    """(tp, fp, fn) of each (predicted, wanted) pair of name sets."""
    return [(len(got & wanted), len(got - wanted), len(wanted - got)) for got, wanted in pairs]


def wilson(hits: int, n: int) -> tuple[float, float]:
    """The 95% Wilson interval of a hit rate: where the rate of another sample this size may fall."""
    if not n:
        return 0.0, 0.0
    rate, z2 = hits / n, Z95 * Z95
    centre = (rate + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(rate * (1 - rate) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return centre - half, centre + half


def rate(hits: int, n: int) -> str:
    low, high = wilson(hits, n)
    return f"{hits / n:.3f} [{low:.2f}, {high:.2f}]"


def extraction_scores(taxonomy, text, postings, skills_of) -> list[tuple[int, int, int]]:
    """Per posting (tp, fp, fn) of extraction against the labelled skills, canonical names compared."""
    # The labels list what the ad's duties and requirements state, not what its title implies,
    # so extraction is scored on the description (the title still feeds recommendation).
    pairs = [
        (
            {f.name for f in extract(taxonomy, text[p["source_url"]]["description"])},
            canonical(taxonomy, labelled),
        )
        for p in postings
        if (labelled := skills_of(p)) is not None
    ]
    return tallies(pairs)


def prf(per_posting: list[tuple[int, int, int]]) -> str:
    """Micro precision and recall over the postings, each with a 95% interval from resampling the
    postings (a posting's skills stand or fall together, so postings, not skills, are the sample)."""
    counts = np.array(per_posting, dtype=float).reshape(-1, 3)
    tp, fp, fn = counts.sum(axis=0)
    picks = np.random.default_rng(20261123).integers(0, len(counts), (BOOTSTRAP, len(counts)))
    resampled = counts[picks].sum(axis=1)  # (BOOTSTRAP, 3)
    with np.errstate(invalid="ignore", divide="ignore"):
        precisions = resampled[:, 0] / (resampled[:, 0] + resampled[:, 1])
        recalls = resampled[:, 0] / (resampled[:, 0] + resampled[:, 2])

    def shown(value: float, draws) -> str:
        low, high = np.nanpercentile(draws, [2.5, 97.5])
        return f"{value:.3f} [{low:.2f}, {high:.2f}]"

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return (
        f"n={len(counts)} precision={shown(precision, precisions)} recall={shown(recall, recalls)} "
        f"(tp={tp:.0f} fp={fp:.0f} fn={fn:.0f})"
    )


def agreement(taxonomy, text, split: str, first: dict, second: dict) -> None:
    """How far two careful annotators agree on skills: the ceiling extraction is measured against.
    Also the engine against the second annotator, and against either one (a found skill counts when
    either reader listed it, the multi-reference reading the majors' "either" line uses)."""
    if not second:
        return
    pairs = [(canonical(taxonomy, labels), canonical(taxonomy, first[url])) for url, labels in second.items()]
    print(f"[{split}] second skill annotator vs labels v2 (agreement): {prf(tallies(pairs))}")
    # each ad is extracted once and scored against both references (as extraction_scores reads it)
    found = {url: {f.name for f in extract(taxonomy, text[url]["description"])} for url in second}
    against_second = [(found[url], canonical(taxonomy, labels)) for url, labels in second.items()]
    print(f"[{split}] extraction vs second skill annotator: {prf(tallies(against_second))}")
    either = [(found[url], canonical(taxonomy, [*first[url], *labels])) for url, labels in second.items()]
    print(
        f"[{split}] extraction vs either skill annotator (recall against both lists joined): "
        f"{prf(tallies(either))}"
    )


def written_ads(taxonomy, index, path: Path, tag: str) -> None:
    """The ads written for this repo (benchmarks/eval/ads_english.yaml, ads_chinese.yaml), split by split:
    majors against the writer's, extraction against their annotator. The text is in the repo, so this
    runs without ../shared."""
    ads = yaml.safe_load(path.read_text("utf-8"))["ads"]
    for split in dict.fromkeys(a["split"] for a in ads):
        rows = [a for a in ads if a["split"] == split]
        one = three = 0
        for ad in rows:
            demands, _found = demands_from_text(taxonomy, ad["title"], ad["description"])
            industries = [ad["industry"]] if ad.get("industry") else []
            fields = named_fields(ad["description"], index.major_names)
            found = index.recommend(
                demands, title=ad["title"], fields=fields, industries=industries, level="higher", limit=3
            )
            codes = [r.code for r in found]
            one += bool(codes[:1] and codes[0] in ad["majors"])
            three += bool(set(codes) & set(ad["majors"]))
        n = len(rows)
        print(f"[{tag}-{split}] majors (高职) vs the writer: n={n} top1={rate(one, n)} top3={rate(three, n)}")
        pairs = [
            ({f.name for f in extract(taxonomy, ad["description"])}, canonical(taxonomy, ad["skills"]))
            for ad in rows
        ]
        print(f"[{tag}-{split}] extraction vs their annotator: {prf(tallies(pairs))}")


def traditional(taxonomy, index, text, rows, v2, industry_labels) -> None:
    """The test split's ads converted to traditional characters (OpenCC s2t): read as the simplified
    ones are, these figures equal the [test] lines above."""
    to_traditional = opencc.OpenCC("s2t")
    converted = {
        p["source_url"]: {
            **text[p["source_url"]],
            "title": to_traditional.convert(text[p["source_url"]]["title"]),
            "description": to_traditional.convert(text[p["source_url"]]["description"]),
        }
        for p in rows
    }
    one = three = 0
    for p in rows:
        codes = top3(taxonomy, index, converted[p["source_url"]], industry_labels)
        one += bool(codes[:1] and codes[0] in p["majors"])
        three += bool(set(codes) & set(p["majors"]))
    n = len(rows)
    figures = f"n={n} top1={rate(one, n)} top3={rate(three, n)}"
    print(f"[test, traditional characters] majors vs first labeller: {figures}")
    scores = extraction_scores(taxonomy, converted, rows, lambda p: v2.get(p["source_url"]))
    print(f"[test, traditional characters] extraction vs labels v2: {prf(scores)}")


def divisions(ad, industry_labels: dict[str, list[str]]) -> list[str]:
    """The GB/T 4754 divisions of the employer, from the ad's 51job industry labels."""
    return [d for label in ad["industry"].split(",") for d in industry_labels.get(label.strip(), ())]


def recommend_for(taxonomy, index, ad, industry_labels, limit: int = 3):
    """The 高职 majors the engine recommends for an ad, as /majors/recommend reads a posting."""
    demands, _found = demands_from_text(taxonomy, ad["title"], ad["description"])
    return index.recommend(
        demands,
        title=ad["title"],
        fields=named_fields(ad["description"], index.major_names),
        industries=divisions(ad, industry_labels),
        level="higher",
        limit=limit,
    )


def top3(taxonomy, index, ad, industry_labels) -> list[str]:
    return [r.code for r in recommend_for(taxonomy, index, ad, industry_labels)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-misses", type=int, default=0, help="print N dev misses for error analysis")
    parser.add_argument("--no-industry", action="store_true", help="rank without the employer's industry")
    args = parser.parse_args()
    started = time.perf_counter()
    taxonomy, index, _levels = load_engine()
    print(
        f"engine built from seeds in {time.perf_counter() - started:.2f}s: "
        f"{len(taxonomy.skills)} skills, {len(taxonomy.terms)} terms, {len(index.profiles)} major profiles"
    )
    written_ads(taxonomy, index, ENGLISH_ADS, "en")  # their text is in the repo
    written_ads(taxonomy, index, CHINESE_ADS, "zh")
    source, text = ad_texts()
    if not text:
        print(f"SKIPPED: the evaluation text {source} is not here (it is never copied into the repo).")
        return 0
    labels = json.loads(LABELS.read_text("utf-8"))
    v2 = {p["source_url"]: p["skills"] for p in labelled_postings(SKILLS_V2)}
    second = {p["source_url"]: p["majors"] for p in labelled_postings(SECOND)}
    industry_labels = {} if args.no_industry else json.loads(INDUSTRIES.read_text("utf-8"))["labels"]
    splits = {**dev_rounds(), "test": [p for p in labels["postings"] if p["split"] == "test"]}
    misses = []
    for split, rows in splits.items():
        if not rows:
            continue
        hits = {"first": [0, 0], "second": [0, 0], "either": [0, 0]}
        for p in rows:
            ad = text[p["source_url"]]
            codes = top3(taxonomy, index, ad, industry_labels)
            gold = {"first": set(p["majors"]), "second": set(second.get(p["source_url"], ()))}
            gold["either"] = gold["first"] | gold["second"]
            for who, wanted in gold.items():
                hits[who][0] += bool(codes[:1] and codes[0] in wanted)
                hits[who][1] += bool(wanted & set(codes))
            if split != "test" and not (gold["either"] & set(codes)):
                misses.append((ad["title"], p["majors"], codes))
        n = len(rows)
        labellers = (
            ("first", "second", "either") if any(p["source_url"] in second for p in rows) else ("first",)
        )
        for who in labellers:
            one, three = hits[who]
            figures = f"top1={rate(one, n)} top3={rate(three, n)}"
            print(f"[{split}] majors (高职) vs {who} labeller: n={n} {figures}")
        if split in ROUNDS:
            scores = extraction_scores(taxonomy, text, rows, lambda p: p.get("skills"))
            print(f"[{split}] extraction (v2 guideline): {prf(scores)}")
            continue
        if v2:
            scores = extraction_scores(taxonomy, text, rows, lambda p: v2.get(p["source_url"]))
            print(f"[{split}] extraction vs labels v2: {prf(scores)}")
        scores = extraction_scores(taxonomy, text, rows, lambda p: p.get("skills"))
        print(f"[{split}] extraction vs labels v1: {prf(scores)}")
    for split, path in SKILL_ROUNDS.items():
        scores = extraction_scores(taxonomy, text, labelled_postings(path), lambda p: p["skills"])
        print(f"[{split}] extraction (v2 guideline; skills only, postings rounds 2–4 skipped): {prf(scores)}")
    for split, path in (("dev", SKILLS_SECOND), ("test", SKILLS_SECOND_TEST)):
        agreement(taxonomy, text, split, v2, {p["source_url"]: p["skills"] for p in labelled_postings(path)})
    traditional(taxonomy, index, text, splits["test"], v2, industry_labels)
    for title, gold, got in misses[: args.show_misses]:
        print("MISS", title, gold, got)
    return 0


if __name__ == "__main__":
    sys.exit(main())
