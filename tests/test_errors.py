"""Every error is problem+json; no stack traces; openapi and docs are served offline."""

from conftest import assert_problem


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
