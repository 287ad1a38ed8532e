"""Background jobs: RQ on Redis when configured, inline otherwise — the same function either way.

Jobs take ids, never objects. ``enqueue`` falls back to running inline when Redis is unreachable,
so work is never lost or left hanging; the job records how it ran.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

import redis
import sqlalchemy as sa
from flask import Flask
from rq import Queue

from matchmaker.cache import redis_client

log = logging.getLogger(__name__)

QUEUES = ("matching", "reports")
JOB_TIMEOUT = 1800  # seconds: a city-wide run takes about a minute; this is the hard limit


def _resolve(path: str):
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


def run_job(path: str, *args: Any) -> Any:
    """The entry point RQ calls in the worker: the job function inside the app's context."""
    from flask import has_app_context

    if has_app_context():
        return _resolve(path)(*args)
    from matchmaker import create_app

    with create_app().app_context():
        return _resolve(path)(*args)


def record(model, row_id: int, **values: Any) -> None:
    """Write a job's status/progress on its row and commit at once: a job owns its transactions,
    and the API reads progress while the job is still running."""
    from matchmaker.extensions import db

    db.session.execute(sa.update(model).where(model.id == row_id).values(**values))
    db.session.commit()


def keep_going(use_case, row_id: int) -> None:
    """Run a job's use case; its failure is already recorded on its row, so the worker goes on."""
    try:
        use_case(row_id)
    except Exception:  # the use case recorded it (status failed, error text)
        log.info("%s(%s) failed; recorded on its row", getattr(use_case, "__name__", use_case), row_id)


def enqueue(queue: str, path: str, *args: Any) -> str:
    """Queue ``path(*args)`` on ``queue``; returns how it ran: 'queued:<job id>' or 'inline'."""
    assert queue in QUEUES, queue
    client = redis_client()
    if client is not None:
        try:
            job = Queue(queue, connection=client).enqueue(
                run_job, path, *args, job_timeout=JOB_TIMEOUT, result_ttl=3600, failure_ttl=86400
            )
            return f"queued:{job.id}"
        except redis.RedisError as exc:
            log.warning("Redis unavailable (%s): running %s inline", exc, path)
    _resolve(path)(*args)
    return "inline"


def register_worker_command(app: Flask) -> None:
    import click

    @app.cli.command("worker")
    @click.option("--burst", is_flag=True, help="Exit when the queues are empty.")
    @click.option("--queue", "queues", multiple=True, default=QUEUES, show_default=True)
    def worker(burst: bool, queues: tuple[str, ...]) -> None:
        """An RQ worker on the app's queues (runs jobs in this process, inside the app context)."""
        from rq import SimpleWorker

        client = redis_client()
        if client is None:
            raise click.ClickException("REDIS_URL is not set: jobs run inline, no worker is needed.")
        qs = [Queue(name, connection=client) for name in queues]
        SimpleWorker(qs, connection=client).work(burst=burst, with_scheduler=False)
