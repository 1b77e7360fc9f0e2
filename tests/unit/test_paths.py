"""get_relative_path, strip_relative_path, get_asset_url (module functions and methods)."""
import pytest

import dash
from dash import exceptions


@pytest.fixture(params=["/", "/my-app/"])
def prefixed_app(request, clean_env):
    return dash.Dash("prefixed", requests_pathname_prefix=request.param)


@pytest.mark.parametrize(
    "path, root, prefixed",
    [
        ("", "/", "/my-app/"),
        ("/", "/", "/my-app/"),
        ("/page-1", "/page-1", "/my-app/page-1"),
        ("/page-1/", "/page-1/", "/my-app/page-1/"),
        ("/page-1/sub", "/page-1/sub", "/my-app/page-1/sub"),
    ],
)
def test_get_relative_path(prefixed_app, path, root, prefixed):
    expected = root if prefixed_app.config.requests_pathname_prefix == "/" else prefixed
    assert dash.get_relative_path(path) == expected
    assert prefixed_app.get_relative_path(path) == expected


def test_get_relative_path_needs_leading_slash(prefixed_app):
    with pytest.raises(exceptions.UnsupportedRelativePath, match="leading /"):
        dash.get_relative_path("page-1")


@pytest.mark.parametrize(
    "path, expected",
    [(None, None), ("/", ""), ("/page-1", "page-1"), ("/page-1/", "page-1"), ("/a/b/", "a/b")],
)
def test_strip_relative_path_at_root(clean_env, path, expected):
    app = dash.Dash("rootapp")
    assert dash.strip_relative_path(path) == expected
    assert app.strip_relative_path(path) == expected


@pytest.mark.parametrize(
    "path, expected",
    [(None, None), ("/my-app", ""), ("/my-app/", ""), ("/my-app/page-1/", "page-1"), ("/my-app/a/b", "a/b")],
)
def test_strip_relative_path_under_prefix(clean_env, path, expected):
    dash.Dash("prefixed", requests_pathname_prefix="/my-app/")
    assert dash.strip_relative_path(path) == expected


@pytest.mark.parametrize("prefix, path", [("/", "page-1"), ("/", ""), ("/my-app/", "/page-1"), ("/my-app/", "/")])
def test_strip_relative_path_rejects_foreign_paths(clean_env, prefix, path):
    dash.Dash("prefixed", requests_pathname_prefix=prefix)
    with pytest.raises(exceptions.UnsupportedRelativePath):
        dash.strip_relative_path(path)


def test_get_asset_url(clean_env):
    app = dash.Dash("assetsapp", requests_pathname_prefix="/my-app/")
    assert dash.get_asset_url("logo.png") == "/my-app/assets/logo.png"
    assert app.get_asset_url("img/x.png") == "/my-app/assets/img/x.png"
    external = dash.Dash("ext", assets_external_path="https://cdn.example.com/static/", assets_url_path="/files/")
    assert external.get_asset_url("logo.png") == "https://cdn.example.com/static/files/logo.png"


def test_get_app_returns_latest_app(clean_env):
    first = dash.Dash("first")
    assert dash.get_app() is first
    second = dash.Dash("second")
    assert dash.get_app() is second


def test_get_app_without_app_is_a_clear_error(monkeypatch):
    from dash import _get_app

    monkeypatch.setattr(_get_app, "_CURRENT_APP", None)
    with pytest.raises(exceptions.AppNotFoundError, match=r"dash.Dash\(\)"):
        dash.get_app()
