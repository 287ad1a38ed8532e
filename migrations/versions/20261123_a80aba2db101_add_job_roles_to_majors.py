"""add job roles to majors

Revision ID: a80aba2db101
Revises: 178e390d4e93
Create Date: 2026-11-23 02:59:07.498812

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "a80aba2db101"
down_revision = "178e390d4e93"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("majors", schema=None) as batch_op:
        # Existing rows get an empty list; the seed fills the roles in.
        batch_op.add_column(sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))


def downgrade():
    with op.batch_alter_table("majors", schema=None) as batch_op:
        batch_op.drop_column("roles")
