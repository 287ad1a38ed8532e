"""A seeded generator of a realistic city: postings and programs with skewed, real-looking mixes.

Deterministic per seed. Majors are drawn with Zipf-like popularity (a few majors run everywhere,
most are rare), postings take their skills mostly from one "source" major's profile — weighted
toward its core skills — plus soft skills and some noise drawn from the overall (skewed) skill
frequency, so a few skills are very common, as in real ads.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

KINDS = (("hiring", 0.5), ("apprenticeship", 0.2), ("internship", 0.2), ("order_class", 0.1))
POSTING_LEVELS = (("higher", 0.6), ("secondary", 0.3), ("undergraduate", 0.1))


@dataclass(frozen=True)
class MajorSpec:
    code: str
    level: str
    skills: dict[int, float]
    industries: tuple[str, ...]


@dataclass
class City:
    schools: list[dict] = field(default_factory=list)
    enterprises: list[dict] = field(default_factory=list)
    programs: list[dict] = field(default_factory=list)
    postings: list[dict] = field(default_factory=list)


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def _pick(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def generate_city(
    majors: list[MajorSpec],
    counties: list[str],
    divisions: list[str],
    soft_skills: list[int],
    *,
    n_postings: int = 50_000,
    n_programs: int = 3_000,
    n_schools: int = 200,
    n_enterprises: int = 5_000,
    cohort_year: int = 2026,
    seed: int = 1,
) -> City:
    """Plain rows for schools, enterprises, programs and postings (ids are 1-based positions)."""
    rng = random.Random(seed)
    majors = sorted(majors, key=lambda m: m.code)
    order = list(range(len(majors)))
    rng.shuffle(order)
    popularity = [0.0] * len(majors)
    for rank, idx in enumerate(order):
        popularity[idx] = 1.0 / ((rank + 1) ** 1.1)
    county_weights = _zipf_weights(len(counties), 0.8)
    city = City()
    for i in range(n_schools):
        city.schools.append({"index": i, "region_code": rng.choices(counties, county_weights)[0]})
    for i in range(n_enterprises):
        city.enterprises.append(
            {
                "index": i,
                "region_code": rng.choices(counties, county_weights)[0],
                "industry_code": rng.choice(divisions),
            }
        )
    taken: set[tuple[int, str]] = set()
    while len(city.programs) < n_programs:
        major = majors[rng.choices(range(len(majors)), popularity)[0]]
        school = rng.randrange(n_schools)
        if (school, major.code) in taken:
            continue
        taken.add((school, major.code))
        graduates = max(5, int(rng.lognormvariate(3.7, 0.5)))
        city.programs.append(
            {
                "school": school,
                "major_code": major.code,
                "cohort_year": cohort_year,
                "enrollment": graduates + rng.randrange(0, 10),
                "expected_graduates": graduates,
                "extra_skills": [],
            }
        )
    skill_pool = [s for m in majors for s in m.skills]
    skill_freq = _zipf_weights(len(set(skill_pool)), 1.2)
    common_skills = sorted(set(skill_pool))
    rng.shuffle(common_skills)
    for _ in range(n_postings):
        major = majors[rng.choices(range(len(majors)), popularity)[0]]
        profile = sorted(major.skills.items())
        k = min(len(profile), rng.randint(3, 8))
        chosen = set()
        while len(chosen) < k:
            chosen.add(rng.choices([s for s, _ in profile], weights=[w for _, w in profile])[0])
        if soft_skills and rng.random() < 0.7:
            chosen.add(rng.choice(soft_skills[:12]))
        if rng.random() < 0.3:
            chosen.add(rng.choices(common_skills, skill_freq)[0])
        skills = [(s, rng.random() < 0.7) for s in sorted(chosen)]
        enterprise = rng.randrange(n_enterprises)
        industry = major.industries[0] if major.industries and rng.random() < 0.8 else rng.choice(divisions)
        city.postings.append(
            {
                "enterprise": enterprise,
                "kind": _pick(rng, KINDS),
                "level": _pick(rng, POSTING_LEVELS),
                "region_code": city.enterprises[enterprise]["region_code"],
                "industry_code": industry,
                "headcount": min(50, 1 + int(rng.expovariate(1 / 2.5))),
                "skills": skills,
                "preferred_majors": [major.code] if rng.random() < 0.1 else [],
                "start_month": rng.randint(1, 12),
            }
        )
    return city
