"""Would learning from the dev labels beat the hand-written vocabulary and roles? Leave-one-round-out.

The dev labels come in four rounds (dev, dev2–dev4), each labelled without looking at the engine.
Each round in turn is held out, and the other three teach two corrections. Both are then scored on the
held-out round, against the engine as it ships:

* extraction: drop every (skill, wording) pair the other rounds found mostly false (seen at least
  MIN_SEEN times, precision under MAX_PRECISION);
* majors: add PRIOR_POINTS × P(major | title role) to the score of each of the top ten majors. The
  prior is the other rounds' share of postings, among those whose top major matched on that role,
  that list the major.

A systematic error in the engine would show up as a gain on the held-out round. A correction that
only fits one round's labels moves nothing, or moves the figure the wrong way. With other thresholds
(3–6 sightings, precision under 0.34–0.5, 5–40 points) the held-out figures move by as little, and
not always up. The test split is never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from _seeds import load_engine
from match_quality import (
    INDUSTRIES,
    ad_texts,
    canonical,
    dev_rounds,
    dev_skill_labels_by_round,
    recommend_for,
)

from matchmaker.matching.engine.extract import extract

MIN_SEEN = 5
MAX_PRECISION = 0.4
PRIOR_POINTS = 10.0  # of the score's 100
MIN_ROLE = 3  # postings a role needs in the other rounds before its prior counts
CANDIDATES = 10


def extraction_rows(taxonomy, text, labelled):
    """Per (source_url, labelled skills): ([(skill, frozenset of wordings, right?)], labelled count)."""
    rows = []
    for url, labels in labelled:
        wanted = canonical(taxonomy, labels)
        found = extract(taxonomy, text[url]["description"])
        rows.append(([(f.name, frozenset(f.matched), f.name in wanted) for f in found], len(wanted)))
    return rows


def major_rows(taxonomy, index, text, postings, industry_labels):
    """Per posting: ([(code, score, title role)] of the top CANDIDATES, labelled codes)."""
    rows = []
    for p in postings:
        recs = recommend_for(taxonomy, index, text[p["source_url"]], industry_labels, CANDIDATES)
        rows.append(([(r.code, r.score, r.title_match) for r in recs], set(p["majors"])))
    return rows


def mostly_false(rows) -> set[tuple[str, str]]:
    seen: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for found, _wanted in rows:
        for name, wordings, right in found:
            for wording in wordings:
                seen[(name, wording)][0 if right else 1] += 1
    return {pair for pair, (tp, fp) in seen.items() if tp + fp >= MIN_SEEN and tp / (tp + fp) < MAX_PRECISION}


def extraction_figures(rows, dropped) -> str:
    tp = fp = fn = 0
    for found, wanted in rows:
        kept = [right for name, wordings, right in found if not all((name, w) in dropped for w in wordings)]
        hits = sum(kept)
        tp, fp, fn = tp + hits, fp + len(kept) - hits, fn + wanted - hits
    return f"P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f}"


def role_priors(rows) -> dict[str, dict[str, float]]:
    postings: Counter[str] = Counter()
    listed: dict[str, Counter[str]] = defaultdict(Counter)
    for recs, gold in rows:
        role = recs[0][2] if recs else None
        if role:
            postings[role] += 1
            listed[role].update(gold)
    return {
        role: {code: count / postings[role] for code, count in listed[role].items()}
        for role in postings
        if postings[role] >= MIN_ROLE
    }


def major_figures(rows, priors) -> str:
    top1 = top3 = 0
    for recs, gold in rows:
        prior = priors.get(recs[0][2], {}) if recs else {}
        ranked = sorted(recs, key=lambda r: (-round(r[1] + PRIOR_POINTS * prior.get(r[0], 0.0), 2), r[0]))
        codes = [code for code, _score, _role in ranked]
        top1 += bool(codes[:1] and codes[0] in gold)
        top3 += bool(gold & set(codes[:3]))
    return f"top1 {top1 / len(rows):.3f} top3 {top3 / len(rows):.3f}"


def main() -> int:
    source, text = ad_texts()
    if not text:
        print(f"SKIPPED: the evaluation text {source} is not here (it is never copied into the repo).")
        return 0
    taxonomy, index, _levels = load_engine()
    industry_labels = json.loads(INDUSTRIES.read_text("utf-8"))["labels"]
    rounds = dev_rounds()
    skills = {
        name: extraction_rows(taxonomy, text, rows) for name, rows in dev_skill_labels_by_round().items()
    }
    majors = {name: major_rows(taxonomy, index, text, rows, industry_labels) for name, rows in rounds.items()}
    print(
        f"leave one dev round out: wordings dropped below {MAX_PRECISION} precision once seen {MIN_SEEN} "
        f"times; a role prior worth {PRIOR_POINTS:.0f} score points once the role has {MIN_ROLE} postings"
    )
    for held in rounds:
        others = [name for name in rounds if name != held]
        dropped = mostly_false([row for name in others for row in skills[name]])
        priors = role_priors([row for name in others for row in majors[name]])
        shipped, learned = major_figures(majors[held], {}), major_figures(majors[held], priors)
        print(
            f"[{held}] extraction shipped {extraction_figures(skills[held], set())} → learned "
            f"{extraction_figures(skills[held], dropped)} ({len(dropped)} pairs dropped); "
            f"majors shipped {shipped} → learned {learned}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
