"""dash.dcc on the Python side: component classes and the dcc.send_* helpers."""
import base64
import inspect
import json
from pathlib import Path

import pandas as pd
import pytest
from plotly.io.json import to_json_plotly

from dash import dcc, html

METADATA = json.loads((Path(dcc.__file__).parent / "metadata.json").read_text())
SPECS = {spec["python_name"]: spec for spec in METADATA["components"]}
UPSTREAM_NAMES = [
    "Button", "Checklist", "Clipboard", "ConfirmDialog", "ConfirmDialogProvider", "DatePickerRange",
    "DatePickerSingle", "Download", "Dropdown", "Geolocation", "Graph", "Input", "Interval", "Link",
    "Loading", "Location", "Markdown", "RadioItems", "RangeSlider", "Slider", "Store", "Tab", "Tabs",
    "Textarea", "Tooltip", "Upload",
]  # fmt: skip


def test_module_exports_components_and_helpers():
    assert sorted(SPECS) == UPSTREAM_NAMES
    for name in UPSTREAM_NAMES + ["send_file", "send_bytes", "send_string", "send_data_frame"]:
        assert name in dcc.__all__ and hasattr(dcc, name)
    assert dcc.__version__ == "4.4.1"


def test_plotly_loads_on_demand_unless_the_app_loads_eagerly():
    import plotly

    from dash import Dash

    assert (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").is_file()
    for eager, in_page in ((False, False), (True, True)):
        app = Dash("plotly_loading", eager_loading=eager)
        app.layout = dcc.Graph()
        page = app.server.test_client().get("/").get_data(as_text=True)
        assert ("/plotly/package_data/plotly." in page) is in_page, f"eager_loading={eager}"


@pytest.mark.parametrize("name", UPSTREAM_NAMES)
def test_every_component_accepts_every_prop(name):
    spec = SPECS[name]
    values = {prop: f"v-{prop}" for prop in spec["prop_names"]}
    out = getattr(dcc, name)(**values).to_plotly_json()
    assert out == {"props": values, "type": name, "namespace": "dash_core_components"}
    assert list(out["props"]) == spec["prop_names"]


@pytest.mark.parametrize("name", UPSTREAM_NAMES)
def test_positional_order(name):
    order = SPECS[name]["init_positional"]
    cls = getattr(dcc, name)
    assert list(inspect.signature(cls).parameters) == order + ["kwargs"]
    component = cls(*order)  # each prop receives its own name
    assert all(getattr(component, prop) == prop for prop in order)


def test_known_upstream_signatures():
    assert list(inspect.signature(dcc.Store).parameters) == [
        "id", "storage_type", "data", "clear_data", "modified_timestamp", "kwargs",
    ]  # fmt: skip
    assert list(inspect.signature(dcc.Dropdown).parameters)[:4] == ["options", "value", "multi", "clearable"]
    assert list(inspect.signature(dcc.Graph).parameters)[:3] == ["id", "responsive", "clickData"]
    assert "componentPath" in inspect.signature(dcc.Input).parameters


@pytest.mark.parametrize(
    "factory, prop",
    [(lambda: dcc.Store(data=1), "id"), (lambda: dcc.Location(), "id"), (lambda: dcc.Link("go"), "href")],
)
def test_required_props(factory, prop):
    with pytest.raises(TypeError) as info:
        factory()
    assert f"Required argument `{prop}` was not specified." in str(info.value)
    assert "`dcc." in str(info.value)


def test_required_prop_given_positionally_or_as_none():
    assert dcc.Store("s").id == "s"
    assert dcc.Link("go", "/page").href == "/page"
    # passing the value explicitly counts, even None (then id validation speaks)
    with pytest.raises(TypeError, match="`id` prop must be a string or dict"):
        dcc.Store(id=None)


def test_typical_app_layout_serializes():
    layout = html.Div(
        [
            dcc.Dropdown(["NYC", "MTL"], "NYC", id="dd"),
            dcc.Graph(id="g", figure={"data": [{"x": [1], "y": [2]}]}),
            dcc.Store(id="store", storage_type="session", data={"k": [1, 2]}),
            dcc.Interval(id="tick", interval=500),
            dcc.Tabs(id="tabs", value="a", children=[dcc.Tab(label="A", value="a")]),
            dcc.Loading(html.Div(id="slow"), type="circle"),
            dcc.Location(id="url", refresh=False),
        ]
    )
    decoded = json.loads(to_json_plotly(layout))
    dd, graph, store, tick, tabs, loading, url = decoded["props"]["children"]
    assert dd == {"props": {"options": ["NYC", "MTL"], "value": "NYC", "id": "dd"}, "type": "Dropdown",
                  "namespace": "dash_core_components"}  # fmt: skip
    assert graph["props"] == {"id": "g", "figure": {"data": [{"x": [1], "y": [2]}]}}
    assert store["props"] == {"id": "store", "storage_type": "session", "data": {"k": [1, 2]}}
    assert tick["props"] == {"id": "tick", "interval": 500}
    assert tabs["props"]["children"][0]["props"] == {"children": None, "label": "A", "value": "a"}
    assert loading["props"]["children"]["props"]["id"] == "slow"
    assert url["props"] == {"id": "url", "refresh": False}


def test_children_props_registered():
    assert dcc.Tab._children_props == ["label"]
    assert dcc.Tab._base_nodes == ["label", "children"]
    assert dcc.Clipboard._children_props == ["copied_children"]
    assert dcc.Graph._children_props == []


# -- send_* helpers ----------------------------------------------------------------


def test_send_string_and_bytes():
    assert dcc.send_string("a,b", "x.csv", "text/csv") == {
        "content": "a,b",
        "filename": "x.csv",
        "type": "text/csv",
        "base64": False,
    }
    assert dcc.send_bytes(b"\x00\xff", "x.bin") == {
        "content": base64.b64encode(b"\x00\xff").decode(),
        "filename": "x.bin",
        "type": None,
        "base64": True,
    }


def test_send_with_writer_functions_and_kwargs():
    def write_text(buffer, suffix=""):
        buffer.write("hello" + suffix)

    assert dcc.send_string(write_text, "h.txt", suffix="!")["content"] == "hello!"
    sent = dcc.send_bytes(lambda buffer: buffer.write(b"raw"), "r.bin")
    assert base64.b64decode(sent["content"]) == b"raw"


def test_send_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"file body")
    sent = dcc.send_file(str(path))
    assert sent["filename"] == "report.txt" and sent["base64"] is True and sent["type"] is None
    assert base64.b64decode(sent["content"]) == b"file body"
    renamed = dcc.send_file(str(path), filename="other.txt", type="text/plain")
    assert renamed["filename"] == "other.txt" and renamed["type"] == "text/plain"
    with pytest.raises(FileNotFoundError):
        dcc.send_file(str(tmp_path / "missing.txt"))


def test_send_data_frame_text_and_binary_writers():
    frame = pd.DataFrame({"a": [1, 2]})
    assert dcc.send_data_frame(frame.to_csv, "d.csv") == {
        "content": ",a\n0,1\n1,2\n",
        "filename": "d.csv",
        "type": None,
        "base64": False,
    }
    assert dcc.send_data_frame(frame.to_csv, "d.csv", index=False)["content"] == "a\n1\n2\n"
    assert json.loads(dcc.send_data_frame(frame.to_json, "d.json")["content"]) == {"a": {"0": 1, "1": 2}}
    pickled = dcc.send_data_frame(frame.to_pickle, "d.pkl")
    assert pickled["base64"] is True
    assert base64.b64decode(pickled["content"])[:1] == b"\x80"  # pickle protocol header


def test_send_data_frame_rejects_unknown_writers():
    frame = pd.DataFrame({"a": [1]})
    with pytest.raises(ValueError, match=r"writer \(to_dict\) is not supported"):
        dcc.send_data_frame(frame.to_dict, "d")


def test_download_accepts_sent_data():
    download = dcc.Download(id="dl", data=dcc.send_string("x", "x.txt"))
    assert download.to_plotly_json()["props"]["data"]["filename"] == "x.txt"


def test_common_positional_idioms():
    slider = dcc.Slider(0, 20, 5, value=10, id="s")
    assert slider.to_plotly_json()["props"] == {"min": 0, "max": 20, "step": 5, "value": 10, "id": "s"}
    checklist = dcc.Checklist(["NYC", "MTL"], ["MTL"], inline=True)
    assert checklist.to_plotly_json()["props"] == {"options": ["NYC", "MTL"], "value": ["MTL"], "inline": True}
    markdown = dcc.Markdown("# Title", id="md")
    assert markdown.to_plotly_json()["props"] == {"children": "# Title", "id": "md"}
