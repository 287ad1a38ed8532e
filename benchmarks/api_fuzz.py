"""Property-based fuzzing of the whole OpenAPI document (schemathesis): no request may end in a 5xx.

Runs the real app (in-process WSGI, no network) on a fresh SQLite database migrated, seeded and loaded
with the demo dataset here (or on DATABASE_URL when set: give it a database of its own, the run adds
rows). Every operation of /api/v1/openapi.json is called as each demo role (admin, enterprise, school,
bureau) with ``FUZZ_EXAMPLES`` generated requests per role, first valid by the schema (positive), then
deliberately invalid (negative: wrong types, missing fields, out-of-range values). Bar (SPEC §8): zero
5xx. Each 5xx is printed as a curl command to replay; the script then exits 1.
"""

from __future__ import annotations

import collections
import os
import sys
import tempfile
import time

import schemathesis
from _app import seeded_app
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

ROLES = ("demo-admin", "demo-enterprise", "demo-school", "demo-bureau-qhd")


def fuzz(operation, mode, examples: int, user: str, token: str, counts, failures: list[str]) -> None:
    """Call one operation as one user with ``examples`` generated requests; tally and keep the 5xx."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,  # the same requests each run, so figures can be compared
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def call(case) -> None:
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        counts[f"{response.status_code // 100}xx"] += 1
        if response.status_code >= 500:
            failures.append(f"{mode.value} as {user}: {case.as_curl_command()}")

    try:
        call()
    except Unsatisfiable:  # nothing in the operation can be made invalid (no parameters, no body)
        counts["no invalid request"] += 1


def main() -> int:
    examples = int(os.environ.get("FUZZ_EXAMPLES", "10"))
    with tempfile.TemporaryDirectory() as tmp:
        app, url = seeded_app(tmp, demo=True)
        client = app.test_client()
        tokens = {
            user: client.post(
                "/api/v1/auth/token", json={"username": user, "password": "demo-pass-2026"}
            ).get_json()["access_token"]
            for user in ROLES
        }
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        statuses: dict[str, collections.Counter] = {}
        failures: list[str] = []
        started = time.perf_counter()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            counts = statuses[mode.value] = collections.Counter()
            for operation in operations:
                for user, token in tokens.items():
                    fuzz(operation, mode, examples, user, token, counts, failures)
        elapsed = time.perf_counter() - started
    total = sum(n for counts in statuses.values() for status, n in counts.items() if status.endswith("xx"))
    print(
        f"{len(operations)} operations x {len(ROLES)} roles x {examples} examples, positive and negative; "
        f"db={url.split(':')[0]}; {total:,} requests in {elapsed:.0f} s"
    )
    for mode, counts in statuses.items():
        print(f"{mode:<9}" + "  ".join(f"{status} {n:,}" for status, n in sorted(counts.items())))
    print(f"bar zero 5xx: {'met' if not failures else f'NOT met ({len(failures)})'}")
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
