"""Aho–Corasick automaton or jieba with the taxonomy as its user dictionary: which should find skills.

SPEC §5 asks for dictionary segmentation with the taxonomy as the dictionary and leaves the method to
measurement. Both readers run inside the same ``extract()`` (normalisation, boilerplate skipping,
phrasings and fuzzy near-misses are shared); only the dictionary stage differs:

* automaton: every occurrence of every term, overlaps resolved to the longest (what ships);
* jieba: the clause cut into words by jieba's own dictionary plus every term as a user word (at the
  frequency jieba suggests for it to be cut whole); a term is found only where jieba cuts it out.

Prints build time, extraction time per ad, and precision / recall on the dev splits only (the test
split is left to match_quality.py). Without ../shared/data the timing runs on a written 2,000-character
ad and the quality part is skipped.
"""

from __future__ import annotations

import statistics
import sys
import time

import jieba
from match_quality import ad_texts, canonical, dev_skill_labels, prf, tallies
from text_latency import job_ad, percentile

from matchmaker.matching.engine import extract as extraction
from matchmaker.matching.engine.extract import extract
from matchmaker.matching.engine.taxonomy import Taxonomy
from matchmaker.reference.seed import skill_entries

jieba.setLogLevel(60)  # its "Building prefix dict" chatter is not a figure


def jieba_reader(taxonomy):
    """(build seconds, a dictionary stage for extract()) that reads terms jieba cuts out whole."""
    started = time.perf_counter()
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for key in taxonomy.terms:
        tokenizer.add_word(key)
    built = time.perf_counter() - started

    def hits(taxonomy, norm, offsets, text):
        found, position = [], 0
        for word in tokenizer.cut(norm, HMM=False):
            term = taxonomy.terms.get(word)
            # one-character keys only as whole ASCII words, as the automaton has them
            if term is not None and (len(word) >= 2 or word.isascii()):
                found.append((position, position + len(word), term))
            position += len(word)
        return found

    return built, hits


def per_ad_ms(taxonomy, texts: list[str]) -> list[float]:
    timings = []
    for text in texts:
        started = time.perf_counter()
        extract(taxonomy, text)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> int:
    entries = skill_entries()
    started = time.perf_counter()
    taxonomy = Taxonomy.build(entries)
    built = time.perf_counter() - started
    print(f"automaton: {len(taxonomy.terms)} terms compiled in {built:.2f}s")
    jieba_built, jieba_hits = jieba_reader(taxonomy)
    print(f"jieba: its dictionary loaded and the {len(taxonomy.terms)} terms added in {jieba_built:.2f}s")

    source, ads_by_url = ad_texts()
    text = {url: ad["description"] for url, ad in ads_by_url.items()}
    ads = list(text.values()) or [job_ad()] * 300
    automaton_hits = extraction._dictionary_hits
    readers = {"automaton": automaton_hits, "jieba": jieba_hits}
    rows = dev_skill_labels() if text else []
    for name, hits in readers.items():
        extraction._dictionary_hits = hits
        try:
            per_ad_ms(taxonomy, ads[:20])  # warm
            ms = per_ad_ms(taxonomy, ads)
            print(
                f"{name:<9} extract over {len(ads)} ads: mean {statistics.fmean(ms):5.2f} ms, "
                f"p95 {percentile(ms, 95):5.2f} ms per ad"
            )
            if rows:
                pairs = [
                    ({f.name for f in extract(taxonomy, text[url])}, canonical(taxonomy, labels))
                    for url, labels in rows
                ]
                print(f"{name:<9} dev splits: {prf(tallies(pairs))}")
        finally:
            extraction._dictionary_hits = automaton_hits
    if not rows:
        print(
            f"SKIPPED quality: the evaluation text {source} is not here (it is never copied into the repo)."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
