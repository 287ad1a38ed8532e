"""A small cache: Redis when configured, in-process otherwise; a Redis failure is only a miss.

Keys are scoped per feature (``namespace``) and carry a generation number so a whole feature's
entries can be invalidated at once without scanning Redis.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import redis
from flask import Flask, current_app

log = logging.getLogger(__name__)

_local: dict[str, tuple[float, str]] = {}
_local_lock = threading.Lock()


def init_app(app: Flask) -> None:
    url = app.config.get("REDIS_URL")
    app.extensions["redis"] = (
        redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1) if url else None
    )


def redis_client() -> redis.Redis | None:
    return current_app.extensions.get("redis")


def _generation(namespace: str) -> str:
    client = redis_client()
    if client is None:
        with _local_lock:
            entry = _local.get(f"gen:{namespace}")
        return entry[1] if entry else "0"
    value = client.get(f"mm:gen:{namespace}")
    return value.decode() if value else "0"


def _key(namespace: str, key: str) -> str:
    return f"mm:{namespace}:{_generation(namespace)}:{key}"


def get(namespace: str, key: str) -> Any | None:
    try:
        full = _key(namespace, key)
        client = redis_client()
        if client is None:
            with _local_lock:
                entry = _local.get(full)
            if entry is None or entry[0] < time.monotonic():
                return None
            raw = entry[1]
        else:
            raw = client.get(full)
            if raw is None:
                return None
        return json.loads(raw)
    except redis.RedisError as exc:
        log.warning("cache read failed (%s); treating as a miss", exc)
        return None


def set(namespace: str, key: str, value: Any, ttl: int = 300) -> None:
    raw = json.dumps(value, ensure_ascii=False)
    try:
        full = _key(namespace, key)
        client = redis_client()
        if client is None:
            with _local_lock:
                _local[full] = (time.monotonic() + ttl, raw)
        else:
            client.set(full, raw, ex=ttl)
    except redis.RedisError as exc:
        log.warning("cache write failed (%s); continuing without cache", exc)


def remember(namespace: str, key: str, compute: Callable[[], Any], ttl: int = 300) -> Any:
    """The cached value for ``key``, or ``compute()``'s, stored for the next caller."""
    cached = get(namespace, key)
    if cached is not None:
        return cached
    value = compute()
    set(namespace, key, value, ttl)
    return value


def invalidate(namespace: str) -> None:
    """Drop every entry of a namespace by moving it to a new generation."""
    try:
        client = redis_client()
        if client is None:
            with _local_lock:
                current = int(_local.get(f"gen:{namespace}", (0.0, "0"))[1])
                _local[f"gen:{namespace}"] = (float("inf"), str(current + 1))
                for k in [k for k in _local if k.startswith(f"mm:{namespace}:")]:
                    del _local[k]
        else:
            client.incr(f"mm:gen:{namespace}")
    except redis.RedisError as exc:
        log.warning("cache invalidation failed (%s)", exc)
