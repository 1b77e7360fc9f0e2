"""What a re-render costs and what a component is told: children rewritten with equal
content (a Patch append, the same component again) re-render nothing; `dashRenderType` is
"parent" once an ancestor replaced the component, whatever changed it before."""
from dash import Dash, Input, Output, Patch, html
from dash.development.base_component import Component

LIBRARY_JS = """
<script>
(function () {
  var h = React.createElement;
  window.semRenders = {};
  function Tally(props) {
    window.semRenders[props.id] = (window.semRenders[props.id] || 0) + 1;
    return h('span', {id: props.id}, String(props.value));
  }
  function Kind(props) {
    return h('button', {id: props.id, onClick: function () { props.setProps({value: (props.value || 0) + 1}); }},
      (props.value || 0) + ':' + props.dashRenderType);
  }
  Kind.dashRenderType = true;
  function Adder(props) {
    return h('div', {id: props.id}, React.Children.map(props.children, function (child) {
      return React.cloneElement(child, {value: 'added by ' + props.id});
    }));
  }
  window.rdr_sem_lib = {Tally: Tally, Kind: Kind, Adder: Adder};
})();
</script>
"""


class _Sem(Component):
    _namespace = "rdr_sem_lib"
    _children_props = []
    _base_nodes = ["children"]
    _valid_wildcard_attributes = []
    _prop_names = ["id", "value"]
    available_properties = _prop_names

    def __init__(self, id=None, value=None):
        super().__init__(id=id, value=value)


class Tally(_Sem):
    _type = "Tally"


class Kind(_Sem):
    _type = "Kind"


class Adder(Component):
    _namespace = "rdr_sem_lib"
    _type = "Adder"
    _children_props = []
    _base_nodes = ["children"]
    _valid_wildcard_attributes = []
    _prop_names = ["id", "children"]
    available_properties = _prop_names

    def __init__(self, children=None, id=None):
        super().__init__(children=children, id=id)


def _app():
    app = Dash(__name__)
    app.index_string = app.index_string.replace("{%renderer%}", LIBRARY_JS + "{%renderer%}")
    return app


def test_rdr_sem_equal_children_do_not_rerender(dash_duo):
    app = _app()
    app.layout = html.Div(
        [
            html.Div([Tally(id="t1", value=1), Tally(id="t2", value=2)], id="box"),
            html.Button("append", id="append"),
            html.Button("again", id="again"),
            html.Button("change", id="change"),
        ]
    )

    @app.callback(Output("box", "children", allow_duplicate=True), Input("append", "n_clicks"), prevent_initial_call=True)
    def append(n):
        patch = Patch()
        patch.append(Tally(id=f"new{n}", value=f"new {n}"))
        return patch

    @app.callback(Output("box", "children", allow_duplicate=True), Input("again", "n_clicks"), prevent_initial_call=True)
    def again(_):
        return [Tally(id="t1", value=1), Tally(id="t2", value=2)]

    @app.callback(Output("box", "children"), Input("change", "n_clicks"), prevent_initial_call=True)
    def change(_):
        return [Tally(id="t1", value=1), Tally(id="t2", value="two")]

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#t2", "2")
    renders = lambda: dash_duo.driver.execute_script("return Object.assign({}, window.semRenders)")  # noqa: E731
    assert renders() == {"t1": 1, "t2": 1}

    dash_duo.find_element("#append").click()
    dash_duo.wait_for_text_to_equal("#new1", "new 1")
    assert renders() == {"t1": 1, "t2": 1, "new1": 1}

    dash_duo.find_element("#again").click()
    dash_duo.wait_for_no_elements("#new1")
    assert renders() == {"t1": 1, "t2": 1, "new1": 1}

    dash_duo.find_element("#change").click()
    dash_duo.wait_for_text_to_equal("#t2", "two")
    assert renders() == {"t1": 1, "t2": 2, "new1": 1}


def test_rdr_sem_render_type_after_parent_rewrite(dash_duo):
    app = _app()
    app.layout = html.Div(
        [
            html.Div(Kind(id="kind"), id="holder"),
            html.Button("redraw", id="redraw"),
            html.Button("set", id="set"),
        ]
    )

    @app.callback(Output("holder", "children"), Input("redraw", "n_clicks"), prevent_initial_call=True)
    def redraw(n):
        return Kind(id="kind", value=10 * n)

    @app.callback(Output("kind", "value"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_value(n):
        return 100 + n

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#kind", "0:parent")
    dash_duo.find_element("#kind").click()
    dash_duo.wait_for_text_to_equal("#kind", "1:internal")
    dash_duo.find_element("#redraw").click()
    dash_duo.wait_for_text_to_equal("#kind", "10:parent")
    dash_duo.find_element("#set").click()
    dash_duo.wait_for_text_to_equal("#kind", "101:callback")
    dash_duo.find_element("#redraw").click()
    dash_duo.wait_for_text_to_equal("#kind", "20:parent")


def test_rdr_sem_parent_added_props_reach_the_component(dash_duo):
    app = _app()
    app.layout = html.Div([Adder(Tally(id="inner", value="own"), id="adder"), html.Button("load", id="load"), html.Div(id="slot")])

    @app.callback(Output("slot", "children"), Input("load", "n_clicks"), prevent_initial_call=True)
    def load(_):
        return Adder(Tally(id="later", value="own"), id="adder2")

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#inner", "added by adder")
    dash_duo.find_element("#load").click()
    dash_duo.wait_for_text_to_equal("#later", "added by adder2")
