"""Persistence as upstream: edits are kept per `persistence` value (a falsy one keeps
nothing), a callback changing `persistence` swaps the edits shown, and a component's
`persistenceTransforms` decide what is stored for a prop or a `prop.part` entry."""
import pytest

from dash import Dash, Input, Output, dcc, html
from dash.development.base_component import Component

LIBRARY_JS = """
<script>
(function () {
  var h = React.createElement;
  function Shout(props) {
    return h('input', {id: props.id, value: props.value || '',
      onChange: function (e) { props.setProps({value: e.target.value}); }});
  }
  // What is stored is the upper-cased text; it is put back as stored.
  Shout.persistenceTransforms = {value: {
    extract: function (v) { return typeof v === 'string' ? v.toUpperCase() : v; },
    apply: function (stored) { return stored; }
  }};
  Shout.dashPersistence = {persisted_props: ['value'], persistence_type: 'local'};
  function Pair(props) {
    var v = props.value || {};
    return h('input', {id: props.id, value: v.text || '',
      onChange: function (e) { props.setProps({value: {text: e.target.value, other: v.other}}); }});
  }
  // Only value.text persists: other keeps what the layout says.
  Pair.persistenceTransforms = {value: {text: {
    extract: function (v) { return v && v.text; },
    apply: function (stored, v) { return Object.assign({}, v, {text: stored}); }
  }}};
  Pair.dashPersistence = {persisted_props: ['value.text'], persistence_type: 'session'};
  window.rdr_sem_persist = {Shout: Shout, Pair: Pair};
})();
</script>
"""


@pytest.fixture(autouse=True)
def _clear_storage(dash_duo):
    yield
    dash_duo.clear_storage()


class _P(Component):
    _namespace = "rdr_sem_persist"
    _children_props = []
    _base_nodes = ["children"]
    _valid_wildcard_attributes = []
    _prop_names = ["id", "value", "persistence", "persisted_props", "persistence_type"]
    available_properties = _prop_names

    def __init__(self, id=None, value=None, persistence=None):
        super().__init__(id=id, value=value, persistence=persistence)


class Shout(_P):
    _type = "Shout"


class Pair(_P):
    _type = "Pair"


def test_rdr_sem_edits_kept_per_persistence_value(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="key", value=""), html.Div(id="holder"), html.Div(id="out")])

    @app.callback(Output("holder", "children"), Input("key", "value"))
    def holder(key):
        return dcc.Input(id="field", value="x", persistence=key)

    @app.callback(Output("out", "children"), Input("field", "value"))
    def out(value):
        return f"[{value}]"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#field").send_keys("1")  # falsy persistence: not kept
    dash_duo.wait_for_text_to_equal("#out", "[x1]")
    dash_duo.find_element("#key").send_keys("A")
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#field").send_keys("ray")
    dash_duo.wait_for_text_to_equal("#out", "[xray]")
    dash_duo.find_element("#key").send_keys("B")  # key "AB"
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#field").send_keys("enon")
    dash_duo.wait_for_text_to_equal("#out", "[xenon]")
    dash_duo.clear_input("#key")
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#key").send_keys("A")
    dash_duo.wait_for_text_to_equal("#out", "[xray]")
    dash_duo.find_element("#key").send_keys("B")
    dash_duo.wait_for_text_to_equal("#out", "[xenon]")


def test_rdr_sem_callback_changes_persistence(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="key", value=""), dcc.Input(id="field", value="x", persistence=""), html.Div(id="out")])

    @app.callback(Output("field", "persistence"), Input("key", "value"))
    def key(value):
        return value

    @app.callback(Output("out", "children"), Input("field", "value"))
    def out(value):
        return f"[{value}]"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#key").send_keys("A")
    dash_duo.find_element("#field").send_keys("ray")
    dash_duo.wait_for_text_to_equal("#out", "[xray]")
    # A new persistence value shows the original again, then its own edits.
    dash_duo.find_element("#key").send_keys("B")
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#field").send_keys("enon")
    dash_duo.wait_for_text_to_equal("#out", "[xenon]")
    dash_duo.clear_input("#key")
    dash_duo.wait_for_text_to_equal("#out", "[x]")
    dash_duo.find_element("#key").send_keys("A")
    dash_duo.wait_for_text_to_equal("#out", "[xray]")


def test_rdr_sem_persistence_transforms(dash_duo):
    app = Dash(__name__)
    app.index_string = app.index_string.replace("{%renderer%}", LIBRARY_JS + "{%renderer%}")
    app.layout = html.Div([html.Button("again", id="again"), html.Div(id="box")])

    @app.callback(Output("box", "children"), Input("again", "n_clicks"))
    def box(n):
        return [
            Shout(id="shout", persistence=True),
            Pair(id="pair", value={"text": "", "other": f"layout {n}"}, persistence=True),
        ]

    dash_duo.start_server(app)
    dash_duo.find_element("#shout").send_keys("quiet")
    dash_duo.find_element("#pair").send_keys("kept")
    dash_duo.find_element("#again").click()
    dash_duo.wait_for_text_to_equal("#shout", "QUIET")
    dash_duo.wait_for_text_to_equal("#pair", "kept")
    pair = dash_duo.driver.execute_script(
        "return window.dash_component_api.getLayout('pair').props.value;"
    )
    assert pair == {"text": "kept", "other": "layout 1"}
    assert dash_duo.get_session_storage('_dash_persistence.pair.value.text.true') == {"value": "kept", "original": ""}
