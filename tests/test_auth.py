"""Tokens, identity and the bearer checks every protected endpoint relies on."""

from conftest import assert_problem, auth_header

from matchmaker.extensions import db


def test_token_and_me(client, make):
    user = make.user("bureau", username="qhd-bureau", password="correct-horse", region_code="130300")
    resp = client.post("/api/v1/auth/token", json={"username": "qhd-bureau", "password": "correct-horse"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["token_type"] == "Bearer" and body["expires_in"] > 0
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.get_json() == {
        "id": user.id,
        "username": "qhd-bureau",
        "role": "bureau",
        "enterprise_id": None,
        "school_id": None,
        "region_code": "130300",
    }


def test_wrong_password_and_unknown_user_look_the_same(client, make):
    make.user("admin", username="root-user", password="right-password")
    wrong = client.post("/api/v1/auth/token", json={"username": "root-user", "password": "wrong-password"})
    unknown = client.post("/api/v1/auth/token", json={"username": "nobody", "password": "whatever-1"})
    assert assert_problem(wrong, 401)["detail"] == assert_problem(unknown, 401)["detail"]


def test_token_request_validation(client):
    assert_problem(client.post("/api/v1/auth/token", json={"username": "x"}), 422, "password")
    assert_problem(
        client.post("/api/v1/auth/token", json={"username": 5, "password": []}), 422, "username", "password"
    )
    assert_problem(client.post("/api/v1/auth/token", data="{", content_type="application/json"), 400)
    assert_problem(
        client.post("/api/v1/auth/token", data="u=x", content_type="application/x-www-form-urlencoded"), 415
    )


def test_protected_endpoints_need_a_valid_token(client, make):
    assert_problem(client.get("/api/v1/me"), 401)
    assert_problem(client.get("/api/v1/postings", headers={"Authorization": "Bearer not-a-token"}), 401)
    assert_problem(client.get("/api/v1/postings", headers={"Authorization": "Basic abc"}), 401)
    user = make.user("admin")
    headers = auth_header(user)
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    user.token_generation += 1  # revoke every token issued so far
    db.session.commit()
    assert_problem(client.get("/api/v1/me", headers=headers), 401)


def test_expired_token_is_refused(app, client, make):
    user = make.user("admin")
    headers = auth_header(user)
    app.config["TOKEN_TTL_SECONDS"] = -1
    try:
        assert_problem(client.get("/api/v1/me", headers=headers), 401)
    finally:
        app.config["TOKEN_TTL_SECONDS"] = 3600


def test_inactive_user_cannot_sign_in(client, make):
    user = make.user("admin", username="gone", password="password-123")
    user.active = False
    db.session.commit()
    assert_problem(
        client.post("/api/v1/auth/token", json={"username": "gone", "password": "password-123"}), 401
    )
