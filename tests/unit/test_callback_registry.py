"""Callback registration: signatures, specs, ids, validation messages, clientside."""
import json
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

import dash
from dash import ALL, ALLSMALLER, MATCH, ClientsideFunction, Dash, Input, Output, State, html
from dash import _callback, exceptions


REPO = str(Path(dash.__file__).resolve().parent.parent)


def new_app(**kwargs):
    app = Dash(__name__, **kwargs)
    app.layout = html.Div()
    return app


def specs(app):
    return app.server.test_client().get("/_dash-dependencies").get_json()


def only_spec(app):
    (spec,) = specs(app)
    return spec


def test_spec_shape_single_output():
    app = new_app()

    @app.callback(Output("out", "children"), Input("btn", "n_clicks"), State("inp", "value"))
    def update(n, value):
        return n

    spec = only_spec(app)
    assert spec == {
        "callback_id": spec["callback_id"],
        "output": "out.children",
        "outputs": [{"id": "out", "property": "children", "allow_duplicate": False}],
        "inputs": [{"id": "btn", "property": "n_clicks"}],
        "state": [{"id": "inp", "property": "value"}],
        "clientside_function": None,
        "prevent_initial_call": False,
        "no_output": False,
        "hidden": False,
        "optional": False,
        "running": None,
        "background": None,
    }
    assert len(spec["callback_id"]) == 32
    entry = app.callback_map[spec["callback_id"]]
    assert entry.func is update and not entry.multi and not entry.no_output
    assert _callback.CALLBACK_INDEX[spec["callback_id"]] is entry


def test_decorator_returns_the_function_unchanged():
    app = new_app()

    def update(n):
        return n

    assert app.callback(Output("o", "children"), Input("i", "value"))(update) is update


def test_multi_output_string_and_wildcard_ids():
    app = new_app()

    @app.callback(
        [Output("a", "children"), Output({"type": "row", "index": ALL}, "style")],
        [Input({"type": "btn", "index": ALL}, "n_clicks")],
    )
    def update(clicks):
        return 1, []

    spec = only_spec(app)
    assert spec["output"] == '..a.children...{"index":["ALL"],"type":"row"}.style..'
    assert spec["inputs"] == [{"id": {"type": "btn", "index": ["ALL"]}, "property": "n_clicks"}]
    entry = app.callback_map[spec["callback_id"]]
    assert entry.multi and entry.has_wildcards


def test_list_of_one_output_is_multi():
    app = new_app()
    app.callback([Output("a", "children")], Input("b", "value"))(lambda v: [v])
    assert only_spec(app)["output"] == "..a.children.."


@pytest.mark.parametrize(
    "args, kwargs, inputs, state, keyword",
    [
        ((Output("o", "c"), Input("a", "v"), Input("b", "v"), State("s", "v")), {}, ["a", "b"], ["s"], False),
        ((Output("o", "c"), [Input("a", "v"), Input("b", "v")], [State("s", "v")]), {}, ["a", "b"], ["s"], False),
        ((), {"output": Output("o", "c"), "inputs": [Input("a", "v"), Input("b", "v")], "state": State("s", "v")}, ["a", "b"], ["s"], False),
        ((Output("o", "c"), {"x": Input("a", "v"), "y": (Input("b", "v"), State("s", "v"))}), {}, ["a", "b"], ["s"], True),
        ((), {"output": {"o": Output("o", "c")}, "inputs": {"x": Input("a", "v")}, "state": {"y": State("s", "v")}}, ["a"], ["s"], True),
    ],
)
def test_signature_forms(args, kwargs, inputs, state, keyword):
    app = new_app()
    app.callback(*args, **kwargs)(lambda *a, **k: None)
    spec = only_spec(app)
    assert [d["id"] for d in spec["inputs"]] == inputs
    assert [d["id"] for d in spec["state"]] == state
    assert app.callback_map[spec["callback_id"]].keyword_args is keyword


def test_dict_outputs_are_multi_with_grouping_flags():
    app = new_app()
    app.callback(
        output={"x": Output("a", "children"), "y": [Output("b", "children"), Output("c", "children")]},
        inputs={"p": Input("i", "value")},
    )(lambda p: None)
    spec = only_spec(app)
    assert spec["output"] == "..a.children...b.children...c.children.."
    entry = app.callback_map[spec["callback_id"]]
    assert entry.using_outputs_grouping and entry.using_args_grouping


def test_no_output_callback():
    app = new_app()

    @app.callback(Input("btn", "n_clicks"))
    def side_effect(n):
        dash.set_props("x", {"children": n})

    spec = only_spec(app)
    assert spec["no_output"] is True and spec["outputs"] == []
    assert len(spec["output"]) == 64 and "." not in spec["output"]


def test_allow_duplicate_gets_unique_suffix_and_needs_prevent_initial_call():
    app = new_app()
    app.callback(Output("a", "children"), Input("b1", "n_clicks"))(lambda n: n)

    @app.callback(Output("a", "children", allow_duplicate=True), Input("b2", "n_clicks"), prevent_initial_call=True)
    def second(n):
        return n

    @app.callback(
        Output("a", "children", allow_duplicate=True), Input("b3", "n_clicks"), prevent_initial_call="initial_duplicate"
    )
    def third(n):
        return n

    outputs = [s["output"] for s in specs(app)]
    assert outputs[0] == "a.children"
    assert outputs[1].startswith("a.children@") and outputs[2].startswith("a.children@")
    assert len({*outputs}) == 3
    assert [s["prevent_initial_call"] for s in specs(app)] == [False, True, False]
    assert specs(app)[1]["outputs"] == [{"id": "a", "property": "children", "allow_duplicate": True}]

    with pytest.raises(exceptions.DuplicateCallback, match=r"allow_duplicate on a\.children requires prevent_initial_call"):
        app.callback(Output("a", "children", allow_duplicate=True), Input("b4", "n_clicks"))(lambda n: n)


def test_app_config_initial_duplicate_allows_duplicates():
    app = new_app(prevent_initial_callbacks="initial_duplicate")
    app.callback(Output("a", "children", allow_duplicate=True), Input("b", "n_clicks"))(lambda n: n)
    assert only_spec(app)["prevent_initial_call"] is False


def test_shared_outputs_register_and_are_all_served():
    """Duplicate outputs are the dev tools' to report (in the page), not an exception."""
    app = new_app()
    app.callback(Output("a", "children"), Input("b", "value"))(lambda v: v)

    def clash(v):
        return v

    app.callback(Output("a", "children"), Input("c", "value"))(clash)
    app.callback(Output("x", "y"), Output("x", "y"), Input("c", "value"))(clash)
    assert [spec["output"] for spec in specs(app)] == ["a.children", "a.children", "..x.y...x.y.."]


def test_reregistering_the_same_function_replaces_it():
    app = new_app()

    def update(v):
        return v

    app.callback(Output("a", "children"), Input("b", "value"))(update)
    app.callback(Output("a", "children"), Input("b", "value"))(update)
    assert len(specs(app)) == 1


def test_order_and_type_errors_name_the_callback():
    app = new_app()

    def bad(*args):
        return None

    with pytest.raises(exceptions.IncorrectTypeException, match=r"(?s)bad: in a callback definition, you must provide all Outputs first,\nthen all Inputs, then all States\..*Output `a\.b`"):
        app.callback(Input("x", "y"), Output("a", "b"))(bad)
    with pytest.raises(exceptions.IncorrectTypeException, match="bad: arguments must be.*'x'"):
        app.callback(Output("a", "b"), "x")(bad)
    with pytest.raises(exceptions.IncorrectTypeException, match="bad: inputs and state must be Input or State"):
        app.callback(output=Output("a", "b"), inputs=[Output("c", "d")])(bad)
    with pytest.raises(exceptions.IncorrectTypeException, match="bad: outputs must be Output"):
        app.callback(output=[Input("a", "b")], inputs=[Input("c", "d")])(bad)


def test_unknown_keyword_warns_naming_it_and_the_callback_still_registers():
    app = new_app()
    with pytest.warns(UserWarning, match="prevent_inital_call"):
        app.callback(Output("a", "b"), Input("c", "d"), prevent_inital_call=True)(lambda d: d)
    assert only_spec(app)["output"] == "a.b"


@pytest.mark.parametrize(
    "args",
    [
        (Output({"i": MATCH}, "c"), Input("x", "v")),
        (Output({"i": ALLSMALLER}, "c"), Input({"i": MATCH}, "v")),
        (Output("o", "c"), Input({"i": ALLSMALLER}, "v")),
        (Output({"i": MATCH}, "c"), Input({"j": MATCH}, "v")),
    ],
)
def test_wildcard_misuse_registers(args):
    # As upstream, wildcard misuse is reported by the dev tools in the browser, not raised.
    app = new_app()
    app.callback(*args)(lambda *a: None)
    assert len(specs(app)) == 1


def test_valid_match_and_allsmaller():
    app = new_app()
    app.callback(
        Output({"i": MATCH}, "children"), Input({"i": MATCH}, "value"), State({"i": ALLSMALLER}, "value")
    )(lambda v, s: v)
    assert len(specs(app)) == 1


def test_background_spec_and_manager_registration():
    registered = []

    class Manager:
        def register(self, entry):
            registered.append(entry)

    app = new_app()

    @app.callback(
        Output("o", "children"),
        Input("go", "n_clicks"),
        background=True,
        manager=Manager(),
        progress=Output("bar", "value"),
        progress_default=0,
        cancel=[Input("stop", "n_clicks")],
        running=[(Output("go", "disabled"), True, False)],
        interval=500,
        cache_args_to_ignore=[0],
    )
    def job(set_progress, n):
        return n

    spec = only_spec(app)
    assert spec["background"] == {
        "interval": 500,
        "progress": [{"id": "bar", "property": "value", "allow_duplicate": False}],
        "progress_default": [0],
        "cancel": [{"id": "stop", "property": "n_clicks"}],
    }
    assert spec["running"] == [{"id": "go", "property": "disabled", "allow_duplicate": False, "on": True, "off": False}]
    (entry,) = registered
    assert entry.background["cache_args_to_ignore"] == [0] and entry.background["cache_ignore_triggered"] is True
    assert entry.background["progress"] == [Output("bar", "value")]


def test_background_without_manager_is_resolved_later():
    app = new_app()
    app.callback(Output("o", "children"), Input("go", "n_clicks"), background=True)(lambda n: n)
    entry = next(iter(app.callback_map.values()))
    assert entry.background["manager"] is None and entry.background["progress"] == []


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"background": True, "progress": Input("x", "y")}, exceptions.IncorrectTypeException, "progress must be Output"),
        ({"background": True, "cancel": [Output("x", "y")]}, exceptions.IncorrectTypeException, "cancel must be Input"),
        ({"progress": Output("x", "y")}, exceptions.IncorrectTypeException, "progress= needs background=True"),
        ({"background": True, "progress": [Output("x", "y")], "progress_default": [1, 2]}, exceptions.IncorrectTypeException, "2 values for 1 progress"),
        ({"running": [(Output("x", "y"), True)]}, exceptions.IncorrectTypeException, r"running must be a list of \(Output, on, off\)"),
        ({"background": True, "progress": Output({"i": ALL}, "y")}, exceptions.WildcardInLongCallback, "cannot use wildcards"),
    ],
)
def test_background_validation(kwargs, error, message):
    app = new_app()

    def job(*a):
        return None

    with pytest.raises(error, match=f"job.*{message}"):
        app.callback(Output("o", "children"), Input("go", "n_clicks"), **kwargs)(job)


def test_unsupported_keywords_warn_once():
    app = new_app()
    _callback._warned_unsupported.discard("websocket")
    with pytest.warns(UserWarning, match=r"websocket=\.\.\.\) is accepted .* not supported"):
        app.callback(Output("a", "b"), Input("c", "d"), websocket=True)(lambda d: d)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        app.callback(Output("e", "b"), Input("c", "d"), websocket=True)(lambda d: d)
        app.callback(Output("f", "b"), Input("c", "d"), persistent=False, mcp_enabled=None)(lambda d: d)


def test_clientside_inline_and_named():
    app = new_app()
    source = "function(x) { return x; }"
    app.clientside_callback(source, Output("a", "children"), Input("b", "value"))
    app.clientside_callback(source, Output("c", "children"), Input("b", "value"))
    app.clientside_callback(ClientsideFunction("ns", "fn"), Output("d", "children"), Input("b", "value"))
    inline, second, named = specs(app)
    assert inline["clientside_function"]["namespace"] == "_dashprivate_clientside_funcs"
    name = inline["clientside_function"]["function_name"]
    assert second["clientside_function"]["function_name"] == name
    assert named["clientside_function"] == {"namespace": "ns", "function_name": "fn"}
    (script,) = app._inline_scripts
    assert "window.dash_clientside = window.dash_clientside || {}" in script
    assert f'ns["{name}"] = {source};' in script
    assert '["_dashprivate_clientside_funcs"]' in script
    with pytest.raises(exceptions.IncorrectTypeException, match="cannot be a background"):
        app.clientside_callback(source, Output("e", "children"), Input("b", "value"), background=True)
    with pytest.raises(exceptions.IncorrectTypeException, match="ClientsideFunction or a string"):
        app.clientside_callback(42, Output("e", "children"), Input("b", "value"))


def test_clientside_callback_id_is_not_dispatchable():
    app = new_app()
    app.clientside_callback(ClientsideFunction("ns", "fn"), Output("a", "children"), Input("b", "value"))
    spec = only_spec(app)
    response = app.server.test_client().post(
        "/_dash-update-component", json={"callback_id": spec["callback_id"], "inputs": []}
    )
    assert response.status_code == 400 and "clientside" in response.get_json()["error"]["message"]


def test_global_callbacks_follow_app_config(monkeypatch):
    monkeypatch.setattr(_callback, "GLOBAL_CALLBACK_LIST", [])
    monkeypatch.setattr(_callback, "GLOBAL_CALLBACK_MAP", {})
    monkeypatch.setattr(_callback, "GLOBAL_INLINE_SCRIPTS", [])

    @dash.callback(Output("g", "children"), Input("h", "value"))
    def global_cb(v):
        return v

    dash.clientside_callback("function(v){return v}", Output("g2", "children"), Input("h", "value"))
    assert _callback.GLOBAL_CALLBACK_LIST[0]["prevent_initial_call"] is None
    app = new_app(prevent_initial_callbacks=True)
    served = specs(app)
    assert [s["output"] for s in served] == ["g.children", "g2.children"]
    assert all(s["prevent_initial_call"] is True for s in served)
    # The stored spec keeps "decided by the app", for whichever app serves it.
    assert app._callback_list[0]["prevent_initial_call"] is None
    assert len(app._inline_scripts) == 1


def test_global_callbacks_belong_to_the_first_app_that_serves(monkeypatch):
    """A second app of the process (next test, next notebook cell) starts clean."""
    monkeypatch.setattr(_callback, "GLOBAL_CALLBACK_LIST", [])
    monkeypatch.setattr(_callback, "GLOBAL_CALLBACK_MAP", {})
    monkeypatch.setattr(_callback, "GLOBAL_INLINE_SCRIPTS", [])

    def register(text):
        @dash.callback(Output("out", "children"), Input("in", "value"))
        def update(v):
            return f"{text} {v}"

    register("first")
    first = new_app()
    assert [s["output"] for s in specs(first)] == ["out.children"]
    register("second")
    second = new_app()
    served = specs(second)
    assert [s["output"] for s in served] == ["out.children"]
    response = second.server.test_client().post(
        "/_dash-update-component",
        json={"callback_id": served[0]["callback_id"], "output": "out.children",
              "outputs": {"id": "out", "property": "children"},
              "inputs": [{"id": "in", "property": "value", "value": 1}]},
    )
    assert response.get_json()["response"]["out"]["children"] == "second 1"
    assert [s["output"] for s in specs(first)] == ["out.children"]


def test_callback_ids_are_stable_across_processes(tmp_path):
    script = textwrap.dedent(
        """
        import json
        from dash import Dash, Input, Output, State, ALL, MATCH, html
        app = Dash(__name__)
        app.callback(Output("a", "children"), Input("b", "n_clicks"))(lambda n: n)
        app.callback(Output("a", "children", allow_duplicate=True), Input("c", "n_clicks"),
                     prevent_initial_call=True)(lambda n: n)
        app.callback(Output({"t": "o", "i": MATCH}, "children"), Input({"t": "i", "i": MATCH}, "value"),
                     State({"t": "s", "i": ALL}, "value"))(lambda v, s: v)
        def side(n):
            return None
        app.callback(Input("d", "n_clicks"))(side)
        print(json.dumps([[e.callback_id, e.spec["output"]] for e in app.callback_map.values()]))
        """
    )
    path = tmp_path / "ids_app.py"
    path.write_text(script)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{REPO}:{tmp_path}"}
    # as a script (module __main__, like `python app.py`) and imported (like a Celery worker)
    commands = [[sys.executable, str(path)], [sys.executable, "-c", "import ids_app"]]
    runs = [
        subprocess.run(command, capture_output=True, text=True, check=True, env={**env, "PYTHONHASHSEED": seed},
                       cwd=tmp_path).stdout
        for command, seed in zip(commands, ("1", "2"))
    ]
    assert runs[0] == runs[1]
    assert len(json.loads(runs[0])) == 4


def test_a_last_positional_bool_is_prevent_initial_call():
    app = new_app()
    app.callback(Output("a", "children"), Input("b", "n_clicks"), True)(lambda n: n)
    assert only_spec(app)["prevent_initial_call"] is True


def test_callback_map_also_answers_upstreams_output_keys():
    """Code reading upstream's internals finds callbacks by output string, as dicts."""
    app = new_app()

    @app.callback(Output("b", "children"), Input("a", "children"))
    def single(a):
        return {1} if a == "bad" else a

    @app.callback([Output("c", "children"), Output("d", "children")], Input("a", "children"))
    def multi(a):
        return [a]

    (entry,) = [e for e in app.callback_map.values() if e.func is single]
    assert app.callback_map[entry.callback_id] is entry
    view = app.callback_map["b.children"]
    assert view["inputs"] == [{"id": "a", "property": "children"}]
    answer = view["callback"]("ok", outputs_list={"id": "b", "property": "children"})
    assert '"children":"ok"' in answer
    with pytest.raises(exceptions.InvalidCallbackReturnValue, match="not JSON serializable"):
        view["callback"]("bad", outputs_list={"id": "b", "property": "children"})
    outputs = [{"id": "c", "property": "children"}, {"id": "d", "property": "children"}]
    with pytest.raises(exceptions.InvalidCallbackReturnValue):
        app.callback_map["..c.children...d.children.."]["callback"]("x", outputs_list=outputs)
    with pytest.raises(KeyError):
        app.callback_map["nope.children"]


def test_persistent_flag_reaches_the_spec_only_when_set():
    app = new_app()
    app.callback(Output("a", "children"), Input("b", "n_clicks"), persistent=True)(lambda n: n)
    app.callback(Output("c", "children"), Input("b", "n_clicks"))(lambda n: n)
    flags = {s["output"]: s.get("persistent") for s in specs(app)}
    assert flags == {"a.children": True, "c.children": None}
