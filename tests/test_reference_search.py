"""Typo look-up: scoring only keys of about the same length finds what scoring them all finds."""

import random

from rapidfuzz import fuzz, process

from matchmaker.matching.engine.normalise import normalise
from matchmaker.reference.search import TypoIndex
from matchmaker.reference.seed import skill_entries


def test_typo_index_finds_what_scoring_every_key_finds():
    keys = sorted({normalise(n) for e in skill_entries() for n in (e.name, *e.aliases)})
    ids = {key: i for i, key in enumerate(keys)}
    index = TypoIndex(ids, cutoff=90.0)
    rng = random.Random(20261123)
    found = 0
    for _ in range(1000):
        chars = list(rng.choice(keys))
        at = rng.randrange(len(chars))
        edit = rng.choice(("drop", "add", "change", "add two"))
        if edit == "drop" and len(chars) > 1:
            del chars[at]
        elif edit == "add":
            chars.insert(at, "x")
        elif edit == "add two":
            chars[at:at] = ["x", "y"]
        else:
            chars[at] = "x"
        typo = "".join(chars)
        best = process.extractOne(typo, keys, scorer=fuzz.ratio, score_cutoff=90.0)
        got = index.closest(typo)
        # the same score (a tie may be broken by another key of that score)
        assert (got is None) == (best is None), typo
        if best is not None:
            assert fuzz.ratio(typo, keys[got]) == best[1], typo
            found += 1
    assert found > 150  # the edits above reach the cutoff often enough to test both sides


def test_typo_index_on_keys_of_every_length_around_the_query():
    ids = {"a" * n: n for n in range(1, 40)}
    index = TypoIndex(ids, cutoff=90.0)
    # 19 a's: 18 and 20 score 200·18/37 = 97.3 and 200·19/39 = 97.4; 21 scores 95, 17 scores 94.4
    assert index.closest("a" * 19) == 19  # its own key
    del ids["a" * 19], index.by_length[19]
    assert index.closest("a" * 19) == 20
    for n in (18, 20, 21, 22, 17, 16):
        del ids["a" * n], index.by_length[n]
    # 23 scores 200·19/42 = 90.5 and 15 scores 88.2: only 23 reaches the cutoff
    assert index.closest("a" * 19) == 23
    del ids["a" * 23], index.by_length[23]
    assert index.closest("a" * 19) is None
