"""Imports every model so the metadata (and Alembic) sees all tables."""

from matchmaker.agreements.models import Agreement
from matchmaker.audit import recorder  # noqa: F401  (installs the audit hook)
from matchmaker.audit.models import AuditEvent
from matchmaker.auth.models import User
from matchmaker.matching.models import MatchRun, RunAllocation, RunUnallocated
from matchmaker.orgs.models import Enterprise, School
from matchmaker.postings.models import Posting, PostingSkill
from matchmaker.programs.models import Program, ProgramSkill
from matchmaker.reference.models import (
    Industry,
    Major,
    MajorIndustry,
    MajorSkill,
    Region,
    RegionPolicy,
    Skill,
    SkillAlias,
)
from matchmaker.reports.models import Report, ReportFile

__all__ = [
    "Agreement",
    "AuditEvent",
    "Enterprise",
    "Industry",
    "Major",
    "MajorIndustry",
    "MajorSkill",
    "MatchRun",
    "Posting",
    "PostingSkill",
    "Program",
    "ProgramSkill",
    "Region",
    "RegionPolicy",
    "Report",
    "ReportFile",
    "RunAllocation",
    "RunUnallocated",
    "School",
    "Skill",
    "SkillAlias",
    "User",
]
