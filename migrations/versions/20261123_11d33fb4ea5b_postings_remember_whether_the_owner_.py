"""postings remember whether the owner chose their skills

Revision ID: 11d33fb4ea5b
Revises: 8b75e61223f2
Create Date: 2026-11-23 18:56:41.133043

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "11d33fb4ea5b"
down_revision = "8b75e61223f2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("postings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("skills_chosen", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    # Until now a posting's choice showed only in its skills' source: any manual skill means the owner
    # gave them. (An owner who cleared them to none cannot be told apart, and stays as read from text.)
    op.execute(
        "UPDATE postings SET skills_chosen = true WHERE EXISTS (SELECT 1 FROM posting_skills"
        " WHERE posting_skills.posting_id = postings.id AND posting_skills.source = 'manual')"
    )


def downgrade():
    with op.batch_alter_table("postings", schema=None) as batch_op:
        batch_op.drop_column("skills_chosen")
