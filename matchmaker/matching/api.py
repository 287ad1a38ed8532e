"""Skill extraction and major recommendation endpoints (public: no account needed)."""

from __future__ import annotations

from flask.views import MethodView

from matchmaker.errors import PayloadTooLarge
from matchmaker.http import API_PREFIX, Blueprint
from matchmaker.matching import service
from matchmaker.matching.engine.recommend import (
    COVERAGE_SHARE,
    FIELD_SHARE,
    FOCUS_SHARE,
    INDUSTRY_SHARE,
    TITLE_SHARE,
)
from matchmaker.matching.schemas import (
    MAX_TEXT_CHARS,
    ExtractRequest,
    ExtractResponse,
    RecommendRequest,
    RecommendResponse,
)

blp = Blueprint(
    "matching", __name__, url_prefix=API_PREFIX, description="Skill extraction and major recommendation."
)


@blp.route("/skills/extract")
class SkillExtract(MethodView):
    @blp.arguments(ExtractRequest)
    @blp.response(200, ExtractResponse)
    @blp.doc(security=[])
    def post(self, data):
        """The taxonomy's skills found in free text (e.g. a pasted job ad), with spans and confidence."""
        text = data["text"]
        if len(text) > MAX_TEXT_CHARS:
            raise PayloadTooLarge(f"Text is limited to {MAX_TEXT_CHARS} characters.")
        found = service.extract_skills(text)
        return {
            "skills": [
                {**f.__dict__, "spans": [{"start": a, "end": b, "text": text[a:b]} for a, b in f.spans]}
                for f in found
            ]
        }


@blp.route("/majors/recommend")
class MajorRecommend(MethodView):
    @blp.arguments(RecommendRequest)
    @blp.response(200, RecommendResponse)
    @blp.doc(security=[])
    def post(self, data):
        """Which majors to recruit from for a job: ranked, with score and explanation."""
        recs, names, level, unrecognised = service.recommend_majors(
            data["title"],
            data["description"],
            data["skills"],
            data.get("level"),
            data["limit"],
            data["industries"],
        )
        return {
            "level": level,
            "unrecognised_skills": unrecognised,
            "majors": [
                {
                    "code": r.code,
                    "name": r.name,
                    "level": r.level,
                    "score": r.score,
                    "explanation": {
                        "coverage": r.coverage,
                        "focus": r.focus,
                        "title_fit": r.title_fit,
                        "title_match": r.title_match,
                        "title_via": r.title_via,
                        "field_fit": r.field_fit,
                        "field_match": r.field_match,
                        "industry_fit": r.industry_fit,
                        "industry_match": r.industry_match,
                        "contributions": {
                            "skills": round(100 * COVERAGE_SHARE * r.coverage, 2),
                            "focus": round(100 * FOCUS_SHARE * r.focus, 2),
                            "title": round(100 * TITLE_SHARE * r.title_fit, 2),
                            "field": round(100 * FIELD_SHARE * r.field_fit, 2),
                            "industry": round(100 * INDUSTRY_SHARE * r.industry_fit, 2),
                        },
                        "matched_skills": [
                            {"skill": names.get(m["skill_id"], "?"), "major_weight": m["major_weight"]}
                            for m in r.matched
                        ],
                        "industries": list(r.industries),
                    },
                }
                for r in recs
            ],
        }
