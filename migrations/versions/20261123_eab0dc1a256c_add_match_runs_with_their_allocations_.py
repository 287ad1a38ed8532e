"""add match runs with their allocations and unallocated seats

Revision ID: eab0dc1a256c
Revises: a80aba2db101
Create Date: 2026-11-23 03:23:40.344925

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "eab0dc1a256c"
down_revision = "a80aba2db101"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "match_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_match_runs_created_by_users")),
        sa.ForeignKeyConstraint(
            ["region_code"], ["regions.code"], name=op.f("fk_match_runs_region_code_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_runs")),
    )
    with op.batch_alter_table("match_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_runs_region_code"), ["region_code"], unique=False)

    op.create_table(
        "match_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("fixed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_match_allocations_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_allocations")),
    )
    with op.batch_alter_table("match_allocations", schema=None) as batch_op:
        batch_op.create_index("ix_match_allocations_run_posting", ["run_id", "posting_id"], unique=False)

    op.create_table(
        "match_unallocated",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("taken_by", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_match_unallocated_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_unallocated")),
    )
    with op.batch_alter_table("match_unallocated", schema=None) as batch_op:
        batch_op.create_index("ix_match_unallocated_run_posting", ["run_id", "posting_id"], unique=False)


def downgrade():
    with op.batch_alter_table("match_unallocated", schema=None) as batch_op:
        batch_op.drop_index("ix_match_unallocated_run_posting")

    op.drop_table("match_unallocated")
    with op.batch_alter_table("match_allocations", schema=None) as batch_op:
        batch_op.drop_index("ix_match_allocations_run_posting")

    op.drop_table("match_allocations")
    with op.batch_alter_table("match_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_runs_region_code"))

    op.drop_table("match_runs")
