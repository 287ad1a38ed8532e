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
        for warning in report.warnings[:50]:
            click.echo(f"warning: {warning}", err=True)
        if len(report.warnings) > 50:
            click.echo(f"... and {len(report.warnings) - 50} more warnings", err=True)

    @app.cli.command("demo")
    @click.option("--scale", type=click.Choice(["small"]), default="small", show_default=True)
    def demo(scale: str) -> None:
        """Load the demo dataset and its accounts (idempotent)."""
        from matchmaker.demo import load_demo

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
