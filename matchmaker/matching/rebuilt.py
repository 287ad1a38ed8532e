"""A value derived from database rows, kept per process and rebuilt when those rows change.

A cheap aggregate query (the fingerprint) tells whether the rows changed; it is trusted for
``ttl`` seconds so a warm request pays nothing. Values are kept per database URL, so one process
serving (or testing) several databases never mixes them up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from matchmaker.extensions import db

T = TypeVar("T")


class Rebuilt(Generic[T]):
    def __init__(self, fingerprint: Callable[[], tuple], build: Callable[[], T], ttl: float) -> None:
        self._fingerprint, self._build, self._ttl = fingerprint, build, ttl
        self._lock = threading.Lock()
        self._checked: dict[str, tuple[float, tuple]] = {}
        self._values: dict[str, tuple[tuple, T]] = {}

    def get(self) -> T:
        url = db.engine.url.render_as_string()
        now = time.monotonic()
        checked = self._checked.get(url)
        if checked is None or now - checked[0] >= self._ttl:
            checked = self._checked[url] = (now, self._fingerprint())
        hit = self._values.get(url)
        if hit is not None and hit[0] == checked[1]:
            return hit[1]
        with self._lock:
            value = self._build()
            self._values[url] = (checked[1], value)
        return value

    def expire(self) -> None:
        """Check the fingerprint again on the next read (called when a commit changed the rows)."""
        self._checked.clear()
