"""One skill merged into another: every use of the old skill moves to the new one, then it goes.

The vocabulary grows by aliases. When the seeds come to spell a skill a user once typed (or a
canonical skill since retired) as another skill's alias, the two are one concept. Kept apart,
postings naming the old skill would never count for the new one in matching or reports, and the old
name would shadow the alias. The tables to update are found by their foreign keys, so a table added
later that refers to skills is covered without touching this module.
"""

from __future__ import annotations

import sqlalchemy as sa

from matchmaker.audit.recorder import record_event
from matchmaker.extensions import db
from matchmaker.reference.models import Skill


def merge_skill(old: Skill, into: Skill) -> dict[str, int]:
    """Point every row that refers to ``old`` at ``into`` and delete ``old``; the move is audited.

    A row whose owner already has ``into`` (a posting listing both spellings) keeps its ``into`` row
    and drops the other. Returns the rows moved, by table.
    """
    db.session.flush()
    moved: dict[str, int] = {}
    for table in db.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is not Skill.__table__.c.id:
                continue
            column = fk.parent
            owners = [c for c in table.primary_key.columns if c is not column]
            if column.primary_key and owners:
                owner = owners[0] if len(owners) == 1 else sa.tuple_(*owners)
                held = sa.select(*owners).where(column == into.id)
                db.session.execute(sa.delete(table).where(column == old.id, owner.in_(held)))
            result = db.session.execute(
                sa.update(table).where(column == old.id).values({column.name: into.id})
            )
            if result.rowcount:
                moved[table.name] = result.rowcount
    db.session.expire_all()  # the statements above bypassed the objects the session holds
    record_event(
        "merge",
        Skill.__tablename__,
        str(old.id),
        {"name": old.name, "into": {"id": into.id, "name": into.name}, "moved": moved},
    )
    db.session.delete(old)
    db.session.flush()
    return moved
