"""`gunicorn app:server` works for app modules that never assign `server` themselves."""
import importlib
import sys

import pytest


def _import_module(tmp_path, name, source):
    (tmp_path / f"{name}.py").write_text(source)
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_module_without_server_gets_the_apps_server(tmp_path):
    module = _import_module(tmp_path, "seedlike_app", "from dash import Dash\napp = Dash(__name__)\n")
    assert module.server is module.app.server


def test_unnamed_app_exposes_server_in_its_module(tmp_path):
    module = _import_module(tmp_path, "unnamed_app", "from dash import Dash\napp = Dash()\n")
    assert module.server is module.app.server


@pytest.mark.parametrize(
    "source",
    [
        "import flask\nfrom dash import Dash\nserver = flask.Flask('mine')\napp = Dash(__name__)\n",
        "from dash import Dash\napp = Dash(__name__)\nserver = 'user value'\n",
    ],
)
def test_a_server_the_user_assigned_is_never_replaced(tmp_path, source):
    module = _import_module(tmp_path, "own_server_app", source)
    assert module.server is not module.app.server
