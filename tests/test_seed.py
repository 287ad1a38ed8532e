"""Reference data: the counts the SPEC promises, and a second seed changes nothing."""

import sqlalchemy as sa
from conftest import count

from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db
from matchmaker.matching.engine.normalise import normalise
from matchmaker.postings.models import Posting
from matchmaker.programs.models import Program, ProgramSkill
from matchmaker.reference.models import Industry, Major, Region, RegionPolicy, Skill, SkillAlias
from matchmaker.reference.seed import seed_reference, skill_entries
from matchmaker.reference.service import resolve_skills


def _counts():
    return {
        "majors": count(Major),
        "regions": count(Region),
        "industries": count(Industry),
        "skills": count(Skill),
        "policies": count(RegionPolicy),
    }


def test_catalog_industries_and_regions_are_complete(app):
    assert count(Major) == 1349
    levels = dict(db.session.execute(sa.select(Major.level, sa.func.count()).group_by(Major.level)).all())
    assert levels == {"secondary": 358, "higher": 744, "undergraduate": 247}
    by_level = dict(
        db.session.execute(sa.select(Industry.level, sa.func.count()).group_by(Industry.level)).all()
    )
    assert by_level["section"] == 20 and by_level["division"] == 97
    assert db.session.get(Industry, "34").parent_code == "C"
    provinces = db.session.scalars(sa.select(Region.code).where(Region.level == "province")).all()
    assert len(provinces) == 31
    beijing = db.session.scalars(sa.select(Region.name).where(Region.parent_code == "110100")).all()
    assert len(beijing) == 16 and "东城区" in beijing and "延庆区" in beijing
    qhd = set(db.session.scalars(sa.select(Region.code).where(Region.parent_code == "130300")))
    assert {"130302", "130303", "130304", "130306", "130321", "130322", "130324"} <= qhd
    zz = set(db.session.scalars(sa.select(Region.code).where(Region.parent_code == "410100")))
    assert {"410102", "410105", "410122", "410181", "410185"} <= zz


def test_functional_zones_are_kept_and_flagged(app):
    zone = db.session.get(Region, "130371")
    assert zone.parent_code == "130300" and zone.functional_zone is True
    assert db.session.get(Region, "130302").functional_zone is False


def test_majors_carry_catalog_attributes(app):
    nursing = db.session.get(Major, "520201")
    assert nursing.name == "护理" and nursing.level == "higher"
    clinical = db.session.get(Major, "520101")
    assert clinical.national_control is True
    assert db.session.get(Major, "520802").name == "婴幼儿托育服务与管理"


def test_region_policies_carry_the_policy_targets(app):
    qhd = db.session.get(RegionPolicy, "130300").settings["targets"]
    assert qhd["dual_qualified_ratio"] == 0.60 and qhd["soe_apprenticeship_quota"] == 0.05
    zz = db.session.get(RegionPolicy, "410100").settings["targets"]
    assert zz["dual_qualified_ratio"] == 0.85 and zz["apprenticeship_coverage"] == 0.60
    sources = db.session.get(RegionPolicy, "410100").sources
    assert all(s["quote"] and s["file"] for s in sources)


def test_seeding_twice_changes_nothing(app):
    seed_reference()
    db.session.commit()
    before = _counts()
    report = seed_reference()
    db.session.commit()
    assert _counts() == before
    assert report.counts["majors"] == 1349
    assert report.merged == []


def test_an_alias_taken_out_of_the_seeds_is_removed_on_the_next_seed(app):
    seed_reference()
    db.session.commit()
    skill = db.session.scalar(sa.select(Skill).where(Skill.name == "法律法规知识"))
    kept = {a.key for a in skill.aliases}
    db.session.add(SkillAlias(skill_id=skill.id, alias="政策法规", key="政策法规"))  # as an older seed had it
    db.session.commit()
    seed_reference()
    db.session.commit()
    db.session.refresh(skill)
    assert {a.key for a in skill.aliases} == kept and "政策法规" not in kept


def test_a_skill_the_seeds_now_spell_as_an_alias_is_merged_into_that_skill(app, make):
    """用友 was typed by a user before the vocabulary knew it, so it became a skill of its own. Once
    the seeds list 用友 as an alias of 财务软件, seeding moves its uses there and removes it: postings
    naming 用友 then count for 财务软件 in matching and reports, and 用友 resolves to 财务软件."""
    software = db.session.scalar(sa.select(Skill).where(Skill.name == "财务软件"))
    typed = Skill(name="用友", key=normalise("用友"), category="technical", verified=False)
    db.session.add(typed)
    db.session.commit()
    typed_id = typed.id
    only_typed = make.posting(skills=["用友", "Excel"])
    both = make.posting(skills=["财务软件", "用友"])
    program = make.program(extra_skills=[ProgramSkill(skill_id=typed_id)])
    assert resolve_skills(["用友"])[0].id == typed_id  # the typed skill shadows the alias

    report = seed_reference()
    db.session.commit()

    assert db.session.get(Skill, typed_id) is None
    assert [ps.skill.name for ps in db.session.get(Posting, only_typed.id).skills] == ["财务软件", "Excel"]
    assert [ps.skill.name for ps in db.session.get(Posting, both.id).skills] == ["财务软件"]
    assert [ps.skill_id for ps in db.session.get(Program, program.id).extra_skills] == [software.id]
    assert resolve_skills(["用友"])[0].id == software.id
    (merge,) = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.action == "merge", AuditEvent.entity_id == str(typed_id))
    )
    assert merge.changes == {
        "name": "用友",
        "into": {"id": software.id, "name": "财务软件"},
        "moved": {"posting_skills": 1, "program_skills": 1},
    }
    assert len(report.merged) == 1 and "'用友'" in report.merged[0]
    assert seed_reference().merged == []  # nothing left to merge


def test_a_skill_taken_out_of_the_seeds_is_kept_for_its_postings_but_no_longer_verified(app, make):
    retired = Skill(name="软盘刻录", key=normalise("软盘刻录"), category="technical", verified=True)
    db.session.add(retired)
    db.session.commit()
    posting = make.posting(skills=["软盘刻录"])
    report = seed_reference()
    db.session.commit()
    db.session.refresh(retired)
    assert retired.verified is False
    assert [ps.skill.name for ps in db.session.get(Posting, posting.id).skills] == ["软盘刻录"]
    assert any("软盘刻录" in w for w in report.warnings)
    verified = db.session.scalar(sa.select(sa.func.count()).where(Skill.verified.is_(True)))
    assert verified == len(skill_entries())  # every skill the seeds define, and only those
