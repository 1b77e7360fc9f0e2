"""The fork-only `cancel_on_navigation` keyword: validated, and served in the spec only when False."""
import inspect

import diskcache
import pytest

import dash
from dash import Dash, DiskcacheManager, Input, Output, html
from dash import exceptions


def _app(tmp_path) -> Dash:
    app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache(str(tmp_path))))
    app.layout = html.Div()
    return app


def _background_specs(app):
    return [spec["background"] for spec in app.server.test_client().get("/_dash-dependencies").get_json()]


def test_spec_carries_opt_out_only(tmp_path):
    app = _app(tmp_path)
    app.callback(Output("a", "children"), Input("go", "n_clicks"), background=True)(lambda n: n)
    app.callback(
        Output("b", "children"), Input("go", "n_clicks"), background=True, cancel_on_navigation=False
    )(lambda n: n)
    app.callback(
        Output("c", "children"), Input("go", "n_clicks"), background=True, cancel_on_navigation=True
    )(lambda n: n)
    by_flag = ["cancel_on_navigation" in bg for bg in _background_specs(app)]
    assert by_flag == [False, True, False]
    assert _background_specs(app)[1]["cancel_on_navigation"] is False


def test_global_callback_signature():
    parameter = inspect.signature(dash.callback).parameters["cancel_on_navigation"]
    assert parameter.default is True


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"cancel_on_navigation": False}, "cancel_on_navigation= needs background=True"),
        ({"background": True, "cancel_on_navigation": "no"}, "must be True or False"),
        ({"background": True, "cancel_on_navigation": 0}, "must be True or False"),
    ],
)
def test_validation(tmp_path, kwargs, message):
    app = _app(tmp_path)
    with pytest.raises(exceptions.IncorrectTypeException, match=message):
        app.callback(Output("a", "children"), Input("go", "n_clicks"), **kwargs)(lambda n: n)
