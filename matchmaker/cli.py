"""Flask CLI: seed, demo, users (see README). Each command is one transaction."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from matchmaker.audit.recorder import acting_as
from matchmaker.extensions import db


def _progress(items, label):
    items = list(items)
    with click.progressbar(items, label=f"  {label:<16}", show_pos=True) as bar:
        yield from bar


def register_cli(app: Flask) -> None:
    @app.cli.command("seed")
    def seed() -> None:
        """Load reference data from seeds/ (idempotent)."""
        from matchmaker.reference.seed import seed_reference

        with acting_as("cli:seed"):
            report = seed_reference(_progress)
            db.session.commit()
        for name, count in report.counts.items():
            click.echo(f"{name:>16}: {count}")
        for merged in report.merged:
            click.echo(f"merged skill {merged}")
        for warning in report.warnings[:50]:
            click.echo(f"warning: {warning}", err=True)
        if len(report.warnings) > 50:
            click.echo(f"... and {len(report.warnings) - 50} more warnings", err=True)

    @app.cli.command("demo")
    @click.option("--scale", type=click.Choice(["small", "city"]), default="small", show_default=True)
    @click.option("--seed", type=int, default=1, show_default=True, help="Seed of the generated city.")
    @click.option(
        "--region", "region_code", default="130300", show_default=True, help="City of --scale city."
    )
    def demo(scale: str, seed: int, region_code: str) -> None:
        """Load the demo dataset and accounts (idempotent); --scale city adds 50k postings × 3k programs."""
        from matchmaker.demo import load_demo

        if scale == "city":
            from matchmaker.matching.city import load_city

            with acting_as("cli:demo"):
                counts = load_city(
                    region_code, seed=seed, progress=lambda what, n: click.echo(f"  {what}: {n}")
                )
                db.session.commit()
            click.echo(f"city {region_code} seed {seed}: {counts}")
            return

        with acting_as("cli:demo"):
            result = load_demo()
            db.session.commit()
        click.echo(
            f"demo: {result['enterprises']} enterprises, {result['schools']} schools, "
            f"{result['programs']} programs, {result['postings']} postings"
        )
        for username, role in result["accounts"]:
            click.echo(f"  {role:<10} {username} / {result['password']}")

    users = AppGroup("users", help="Manage accounts.")

    @users.command("create")
    @click.option("--username", required=True)
    @click.option("--password", required=True)
    @click.option("--role", type=click.Choice(["admin", "bureau", "enterprise", "school"]), required=True)
    @click.option("--region", "region_code")
    @click.option("--enterprise", "enterprise_id", type=int)
    @click.option("--school", "school_id", type=int)
    def create(username, password, role, region_code, enterprise_id, school_id) -> None:
        """Create an account bound to its region, enterprise or school."""
        from matchmaker.auth.service import create_user
        from matchmaker.errors import DomainError

        try:
            with acting_as("cli:users"):
                user = create_user(
                    username,
                    password,
                    role,
                    region_code=region_code,
                    enterprise_id=enterprise_id,
                    school_id=school_id,
                )
                db.session.commit()
        except DomainError as exc:
            db.session.rollback()
            raise click.ClickException(f"{exc.detail} {exc.errors or ''}".strip()) from exc
        click.echo(f"created user {user.id} {user.username} ({user.role})")

    app.cli.add_command(users)

    crosswalk = AppGroup("crosswalk", help="The skill crosswalk in seeds/.")

    @crosswalk.command("check")
    def check() -> None:
        """Catalog coverage; majors under 6 skills or with no industry; unknown and duplicate skills."""
        from matchmaker.reference.crosswalk_check import check_crosswalk

        report = check_crosswalk()
        click.echo(
            f"majors: {report.majors_profiled}/{report.majors_total} profiled, "
            f"{report.majors_with_roles}/{report.majors_total} with job roles; "
            f"skills: {report.skills} canonical, {report.aliases} aliases"
        )
        for kind, items in report.problems.items():
            click.echo(f"{kind}: {len(items)}")
            for item in items[:20]:
                click.echo(f"  {item}")
        if not report.clean:
            raise SystemExit(1)
        click.echo("crosswalk clean")

    app.cli.add_command(crosswalk)

    match = AppGroup("match", help="Match runs.")

    @match.command("run")
    @click.option("--region", "region_code", required=True, help="GB/T 2260 code, e.g. 130300")
    @click.option("--min-score", type=float, default=50.0, show_default=True)
    @click.option("--per-posting", type=int, default=20, show_default=True)
    @click.option("--cohort-year", type=int, help="Programs of this graduating cohort (default: this year).")
    def run(region_code: str, min_score: float, per_posting: int, cohort_year: int | None) -> None:
        """Run a batch match of a region now, with a progress bar."""
        import sqlalchemy as sa

        from matchmaker.auth.models import User
        from matchmaker.errors import DomainError
        from matchmaker.matching.runs import create_run, execute_run

        admin = db.session.scalar(sa.select(User).where(User.role == "admin").order_by(User.id))
        if admin is None:
            raise click.ClickException("Create an admin account first (flask users create --role admin).")
        data = {"region_code": region_code, "min_score": min_score, "per_posting": per_posting}
        if cohort_year:
            data["cohort_year"] = cohort_year
        try:
            with acting_as("cli:match"):
                run = create_run(admin, data)
                db.session.commit()
        except DomainError as exc:
            raise click.ClickException(f"{exc.detail} {exc.errors or ''}".strip()) from exc
        with click.progressbar(length=100, label=f"match run {run.id}") as bar:
            done = [0]

            def progress(stage: str, share: float) -> None:
                bar.label = f"match run {run.id}: {stage:<10}"
                step = int(share * 100) - done[0]
                bar.update(step)
                done[0] += step

            with acting_as("cli:match"):
                execute_run(run.id, progress)
        db.session.refresh(run)
        click.echo(f"run {run.id}: {run.status}; timings {run.timings}")
        click.echo(f"stats: {run.stats}")

    app.cli.add_command(match)

    report = AppGroup("report", help="Reports.")

    @report.command("build")
    @click.option(
        "--kind", type=click.Choice(["talent_demand", "major_fit", "training_supply"]), required=True
    )
    @click.option("--region", "region_code", required=True, help="GB/T 2260 code, e.g. 130300")
    @click.option("--period", required=True, help="YYYY, YYYY-H1, YYYY-Q3 or YYYY-MM")
    @click.option("--publish", "publish_it", is_flag=True, help="Publish the built report.")
    @click.option(
        "--out", "out", type=click.Path(dir_okay=False), help="Write an export (.json/.csv/.xlsx/.html)."
    )
    def build(kind: str, region_code: str, period: str, publish_it: bool, out: str | None) -> None:
        """Build a report now (and optionally publish it and write an export), with a progress bar."""
        import pathlib

        import sqlalchemy as sa

        from matchmaker.auth.models import User
        from matchmaker.errors import DomainError
        from matchmaker.reports import service
        from matchmaker.reports.models import Report

        admin = db.session.scalar(sa.select(User).where(User.role == "admin").order_by(User.id))
        if admin is None:
            raise click.ClickException("Create an admin account first (flask users create --role admin).")
        steps = ["create", "build"] + (["publish"] if publish_it else []) + (["export"] if out else [])
        try:
            with acting_as("cli:report"), click.progressbar(steps, label="report") as bar:
                for step in bar:
                    bar.label = f"report: {step:<8}"
                    if step == "create":
                        report = service.create_report(
                            admin, {"kind": kind, "region_code": region_code, "period": period}
                        )
                        db.session.commit()
                        report_id = report.id
                    elif step == "build":
                        service.build_report(report_id)
                    elif step == "publish":
                        service.publish(admin, db.session.get(Report, report_id))
                        db.session.commit()
                    else:
                        fmt = pathlib.Path(out).suffix.lstrip(".") or "json"
                        body, _mimetype, _ext = service.export(db.session.get(Report, report_id), fmt)
                        pathlib.Path(out).write_bytes(body)
        except DomainError as exc:
            raise click.ClickException(f"{exc.detail} {exc.errors or ''}".strip()) from exc
        report = db.session.get(Report, report_id)
        click.echo(
            f"report {report.id} v{report.edition}: {report.status}; checksum {report.checksum or '-'}"
        )
        if out:
            click.echo(f"wrote {out}")

    app.cli.add_command(report)
