"""The test WordPress itself works: REST API up, application password accepted."""

from __future__ import annotations


def test_site_answers_rest_api_with_application_password(wordpress) -> None:
    with wordpress.api() as api:
        me = api.get("/users/me", params={"context": "edit"})
        assert me.status_code == 200, me.text
        assert me.json()["slug"] == "redaktur"
        assert api.get("/posts").json() == [] or isinstance(api.get("/posts").json(), list)
