"""dash._json.to_json: plain values and everything Plotly's encoder knows."""
import datetime
import json
import timeit

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.io.json import to_json_plotly

from dash import html
from dash._json import to_json


def test_plain_values_match_plotly():
    value = {"multi": True, "response": {"a": {"children": "héllo", "n": [1, 2.5, None, True]}}}
    assert json.loads(to_json(value)) == json.loads(to_json_plotly(value)) == value


def test_non_finite_floats_become_null():
    assert json.loads(to_json({"a": float("nan"), "b": float("inf")})) == {"a": None, "b": None}


def test_rich_values():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))
    decoded = json.loads(
        to_json(
            {
                "fig": fig,
                "arr": np.arange(3),
                "np_scalar": np.float64(1.5),
                "series": pd.Series([1, 2]),
                "date": datetime.date(2024, 1, 2),
                "div": html.Div("x", id="d"),
                "int_keys": {1: "a"},
            }
        )
    )
    assert decoded["fig"]["data"][0]["y"] == [3, 4]
    assert decoded["arr"] == [0, 1, 2] and decoded["np_scalar"] == 1.5
    assert decoded["series"] == [1, 2] and decoded["date"] == "2024-01-02"
    assert decoded["div"] == {"props": {"children": "x", "id": "d"}, "type": "Div", "namespace": "dash_html_components"}
    assert decoded["int_keys"] == {"1": "a"}


def test_unencodable_raises_type_error():
    with pytest.raises(TypeError):
        to_json({"x": object()})


def test_fast_path_is_faster_on_a_typical_response():
    options = [{"label": f"Option {i}", "value": i} for i in range(100)]
    value = {"multi": True, "response": {"dropdown": {"options": options}, "label": {"children": "ok"}}}
    ours = min(timeit.repeat(lambda: to_json(value), number=50, repeat=3))
    plotly = min(timeit.repeat(lambda: to_json_plotly(value), number=50, repeat=3))
    assert ours < plotly


def test_components_take_the_fast_path_and_match_plotly():
    layout = html.Div([html.Div([html.Span(f"row {i}", id=f"s{i}"), html.Button("x", n_clicks=0)]) for i in range(100)])
    assert json.loads(to_json(layout)) == json.loads(to_json_plotly(layout))
    ours = min(timeit.repeat(lambda: to_json(layout), number=3, repeat=3))
    plotly = min(timeit.repeat(lambda: to_json_plotly(layout), number=3, repeat=3))
    assert ours < plotly


def test_values_orjson_refuses_fall_back_to_plotly():
    value = {"ts": pd.Timestamp("2024-01-02 03:04:05"), "deep": html.Div(np.arange(2))}
    assert json.loads(to_json(value)) == json.loads(to_json_plotly(value))
