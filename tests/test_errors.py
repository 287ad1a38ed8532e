"""Every error is problem+json; no stack traces; openapi and docs are served offline."""

import io

import sqlalchemy as sa
from conftest import assert_problem, count

from matchmaker.audit.models import AuditEvent
from matchmaker.extensions import db
from matchmaker.postings.models import Posting


def test_unknown_route_and_method(client, as_user, make):
    assert_problem(client.get("/api/v1/nothing-here"), 404)
    assert_problem(as_user(make.user("admin")).put("/api/v1/postings", json={}), 405)


def test_oversize_json_is_413(as_user, make):
    api = as_user(make.user("admin"))
    resp = api.post(
        "/api/v1/postings", data='{"title": "' + "x" * 300_000 + '"}', content_type="application/json"
    )
    assert_problem(resp, 413)


def test_openapi_document_and_offline_docs(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    for path in (
        "/api/v1/postings",
        "/api/v1/agreements/{agreement_id}/accept",
        "/api/v1/programs/import",
        "/api/v1/auth/token",
        "/api/v1/majors",
    ):
        assert path in spec["paths"], path
    docs = client.get("/docs").get_data(as_text=True)
    assert "/docs/assets/swagger-ui-bundle.js" in docs and "//cdn" not in docs and "unpkg" not in docs
    asset = client.get("/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.data) > 100_000
    asset.close()


def test_chinese_is_not_escaped(client):
    body = client.get("/api/v1/regions/130300").get_data(as_text=True)
    assert "秦皇岛市" in body


def test_text_no_database_stores_is_refused_with_the_field_named_and_nothing_stored(as_user, make, client):
    """NUL and lone surrogates (valid JSON escapes, but no character) cannot be stored in PostgreSQL
    text: they used to surface as a 500 once the write began."""
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    job = {"kind": "hiring", "title": "报关员", "headcount": 1, "level": "higher"}
    body = assert_problem(api.post("/api/v1/postings", json={**job, "description": "负责\u0000报关"}), 422)
    assert body["errors"] == {"description": ["Text must be valid Unicode without NUL (\\u0000) characters."]}
    lone_surrogate = '{"kind": "hiring", "title": "报关\\ud800员", "headcount": 1, "level": "higher"}'
    resp = api.post("/api/v1/postings", data=lone_surrogate, content_type="application/json")
    assert_problem(resp, 422, "title")
    body = assert_problem(api.post("/api/v1/postings", json={**job, "skills": [{"name": "报\u0000关"}]}), 422)
    assert set(body["errors"]["skills"]["0"]) == {"name"}
    assert_problem(api.post("/api/v1/postings", json={**job, "title\u0000": "x"}), 422, "title\u0000")
    rows = "kind,title,headcount,level\nhiring,报关\u0000员,1,higher\n".encode()
    upload = {"file": (io.BytesIO(rows), "rows.csv")}
    body = assert_problem(api.post("/api/v1/postings/import", data=upload), 422)
    assert [(row["line"], set(row["errors"])) for row in body["errors"]] == [(2, {"title"})]
    assert count(Posting) == 0
    assert_problem(client.get("/api/v1/skills", query_string={"q": "报\u0000关"}), 422, "q")
    assert_problem(client.post("/api/v1/skills/extract", json={"text": "负责\u0000报关"}), 422, "text")
    assert_problem(client.post("/api/v1/majors/recommend", json={"title": "报关\u0000员"}), 422, "title")
    ok = {**job, "description": "负责报关\t单证 😀"}  # tabs and characters beyond the BMP are text
    assert api.post("/api/v1/postings", json=ok).status_code == 201


def test_an_id_too_large_for_the_database_is_not_found(as_user, make):
    """PostgreSQL's integer keys stop at 2³¹ − 1; a larger id in a path used to be a 500."""
    api = as_user(make.user("admin"))
    for path in ("postings", "programs", "enterprises", "schools", "reports", "agreements", "match-runs"):
        assert_problem(api.get(f"/api/v1/{path}/{2**31}"), 404)
        assert_problem(api.get(f"/api/v1/{path}/{10**20}"), 404)
    assert_problem(api.get(f"/api/v1/postings/{2**31 - 1}"), 404)  # the largest id is looked up


def test_a_path_value_holding_nul_is_not_found(client, as_user, make):
    for path in ("regions/%00", "regions/13%0003", "majors/%00", "industries/%00", "regions/%00/policy"):
        assert_problem(client.get(f"/api/v1/{path}"), 404)
    bureau = as_user(make.user("bureau", region_code="130300"))
    assert_problem(bureau.put("/api/v1/regions/%00/policy", json={}), 404)


def test_json_past_the_parsers_limits_is_a_malformed_body(client):
    for body in ("[" * 5000 + "]" * 5000, '{"text": ' + "9" * 5000 + "}", b'{"text": "\xff\xfe"}'):
        resp = client.post("/api/v1/skills/extract", data=body, content_type="application/json")
        assert_problem(resp, 400)


def test_request_ids_too_long_for_the_audit_trail_are_replaced(as_user, make):
    """The audit column holds 64 characters; a longer caller id used to fail every audited write."""
    ent = make.enterprise()
    api = as_user(make.user("enterprise", enterprise_id=ent.id))
    job = {"kind": "hiring", "title": "报关员", "headcount": 1, "level": "higher"}
    resp = api.post("/api/v1/postings", json=job, headers={"X-Request-ID": "a" * 65})
    assert resp.status_code == 201 and resp.headers["X-Request-ID"] != "a" * 65
    resp = api.post("/api/v1/postings", json=job, headers={"X-Request-ID": "trace-42"})
    assert resp.status_code == 201 and resp.headers["X-Request-ID"] == "trace-42"
    events = db.session.scalars(sa.select(AuditEvent.request_id).where(AuditEvent.entity == "postings"))
    assert "trace-42" in set(events)
