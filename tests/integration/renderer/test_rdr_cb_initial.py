"""Which callbacks the first layout (and components added later) call, as upstream Dash does.

A batch of initial calls leaves out a callback whose inputs are all absent, and then any
callback of the batch whose every input is an output of callbacks that were left out or
prevented their update. Callbacks without inputs, or with only ALL inputs, are called.
"""
import json
from multiprocessing import Value

from dash import ALL, Dash, Input, Output, State, ctx, html, no_update
from dash.exceptions import PreventUpdate


def _idle(dash_duo):
    dash_duo.wait_for_element("#go")
    dash_duo._wait_for_callbacks()


def test_rdr_cb_absent_inputs_cut_the_chain(dash_duo):
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div(id="holder"),
            html.Div("first", id="first"),
            html.Div("second", id="second"),
            html.Div("third", id="third"),
            html.Div("label", id="label"),
        ]
    )

    @app.callback(Output("holder", "children"), Input("go", "n_clicks"))
    def fill(n):
        return [html.Span("x", id="x"), html.Span("y", id="y")] if n else "empty"

    @app.callback(Output("first", "children"), Input("x", "children"), Input("y", "children"))
    def first(x, y):
        return f"{x}{y}"

    # Fed only by `first`, which cannot run: left out too.
    @app.callback(Output("second", "children"), Input("first", "children"))
    def second(v):
        return f"{v}>2"

    # Has an input of its own on the page: called.
    @app.callback(Output("third", "children"), Input("first", "children"), Input("label", "children"))
    def third(v, label):
        return f"{v}>3>{label}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#third", "first>3>label")
    _idle(dash_duo)
    assert dash_duo.find_element("#first").text == "first"
    assert dash_duo.find_element("#second").text == "second"

    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#first", "xy")
    dash_duo.wait_for_text_to_equal("#second", "xy>2")
    dash_duo.wait_for_text_to_equal("#third", "xy>3>label")
    assert dash_duo.get_logs() == []


def test_rdr_cb_prevented_update_cuts_the_chain(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div("p", id="p"),
            html.Div("q", id="q"),
            html.Div("only-p", id="only-p"),
            html.Div("p-and-q", id="p-and-q"),
            html.Div("tail", id="tail"),
        ]
    )

    @app.callback(Output("p", "children"), Output("q", "children"), Input("go", "n_clicks"))
    def source(n):
        if not n:
            raise PreventUpdate
        return f"p{n}", no_update

    @app.callback(Output("only-p", "children"), Input("p", "children"))
    def only_p(p):
        return f"saw {p}"

    @app.callback(Output("p-and-q", "children"), Input("p", "children"), Input("q", "children"))
    def p_and_q(p, q):
        return f"{p}+{q}"

    # Fed only by a callback that was itself left out.
    @app.callback(Output("tail", "children"), Input("only-p", "children"))
    def tail(v):
        return f"tail of {v}"

    dash_duo.start_server(app)
    _idle(dash_duo)
    for sid in ("only-p", "p-and-q", "tail"):
        assert dash_duo.find_element(f"#{sid}").text == sid

    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#only-p", "saw p1")
    dash_duo.wait_for_text_to_equal("#p-and-q", "p1+q")
    dash_duo.wait_for_text_to_equal("#tail", "tail of saw p1")


def test_rdr_cb_inputless_and_all_only_callbacks_fire(dash_duo):
    calls = Value("i", 0)
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div(id="holder"),
            html.Div(id="from-state"),
            html.Div(id="count"),
            html.Div("never", id="never"),
        ]
    )

    @app.callback()
    def side_effect_only():
        calls.value += 1

    @app.callback(Output("from-state", "children"), State("go", "children"))
    def from_state(text):
        return f"state says {text}"

    @app.callback(Output("holder", "children"), Input("go", "n_clicks"))
    def fill(n):
        return [html.Span(i, id={"item": i}) for i in range(n or 0)]

    @app.callback(Output("count", "children"), Input({"item": ALL}, "children"))
    def count(items):
        return f"{len(items)} items"

    # ALL outputs without any match: not called (it is once rows bring outputs).
    @app.callback(Output({"item": ALL}, "title"), Input("never", "children"))
    def titles(_):
        if not ctx.outputs_list:
            raise AssertionError("called with no outputs")
        return ["row"] * len(ctx.outputs_list)

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#count", "0 items")
    dash_duo.wait_for_text_to_equal("#from-state", "state says go")
    _idle(dash_duo)
    assert calls.value == 1

    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#count", "1 items")
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#count", "2 items")
    assert calls.value == 1
    assert dash_duo.get_logs() == []


def test_rdr_cb_some_inputs_absent_is_a_reference_error(dash_duo):
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [html.Button("go", id="go"), html.Div(id="holder"), html.Div("here", id="here"), html.Div("out", id="out")]
    )

    @app.callback(Output("holder", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def fill(_):
        return html.Span("later", id="later")

    @app.callback(Output("out", "children"), Input("later", "children"), Input("here", "children"))
    def both(later, here):
        return f"{later}/{here}"

    dash_duo.start_server(app)
    _idle(dash_duo)
    logs = json.dumps(dash_duo.get_logs())
    assert "ReferenceError" in logs
    assert "The id of this object is `later` and the property is `children`." in logs
    assert dash_duo.find_element("#out").text == "out"

    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#out", "later/here")
    assert dash_duo.get_logs() == []


def test_rdr_cb_new_components_trigger_by_their_props(dash_duo):
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div(id="holder"),
            html.Div(id="outside"),
            html.Div(id="listing"),
            html.Span("0", id={"row": 0}),
        ]
    )

    @app.callback(Output("holder", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def fill(_):
        return [html.Span("new", id="fresh", title="t"), html.Span("1", id={"row": 1}), html.Div(id="inside")]

    def triggered():
        # Nothing triggered reads as the single prop id ".", as upstream.
        return ",".join(sorted(t["prop_id"] for t in ctx.triggered))

    # Output outside the new chunk: prevent_initial_call does not stop it; the new
    # component's props are what triggered it.
    @app.callback(
        Output("outside", "children"),
        Input("fresh", "children"),
        Input("fresh", "title"),
        prevent_initial_call=True,
    )
    def outside(children, title):
        return triggered()

    @app.callback(Output("listing", "children"), Input({"row": ALL}, "children"))
    def listing(rows):
        return f"{len(rows)}: {triggered()}"

    # Output inside the new chunk: an initial call, nothing triggered it.
    @app.callback(Output("inside", "children"), Input({"row": ALL}, "children"))
    def inside(rows):
        return f"{len(rows)}: {triggered()}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#listing", "1: .")
    dash_duo.find_element("#go").click()
    dash_duo.wait_for_text_to_equal("#outside", "fresh.children,fresh.title")
    dash_duo.wait_for_text_to_equal("#listing", '2: {"row":1}.children')
    dash_duo.wait_for_text_to_equal("#inside", "2: .")
