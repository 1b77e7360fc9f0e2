"""The public renderer API a third-party library uses: children props with nested paths,
useDashContext, getLayout, ExternalWrapper, dashRenderType and dashChildrenUpdate."""
from dash import Dash, Input, Output, html
from dash.development.base_component import Component

LIBRARY_JS = """
<script>
(function () {
  var h = React.createElement;
  var api = function () { return window.dash_component_api; };
  function Tabs(props) {
    var ctx = api().useDashContext();
    var labels = (props.items || []).map(function (item, i) {
      var layout = api().getLayout(item.label.props.componentPath);
      return h('span', {key: i, className: 'tab-label', 'data-type': layout.type}, item.label);
    });
    return h('div', {id: props.id},
      labels,
      h('span', {className: 'ctx-path'}, JSON.stringify(ctx.componentPath)),
      h('span', {className: 'renders'}, String(++Tabs.renders)),
      props.children);
  }
  Tabs.renders = 0;
  Tabs.dashChildrenUpdate = true;
  function Portal(props) {
    var ctx = api().useDashContext();
    return h('div', {id: props.id}, h(api().ExternalWrapper, {
      component: {type: 'Button', namespace: 'dash_html_components', props: {id: 'ext', children: 'external'}},
      componentPath: ctx.componentPath.concat(['props', '_external'])
    }));
  }
  function Counter(props) {
    return h('button', {id: props.id, onClick: function () { props.setProps({value: (props.value || 0) + 1}); }},
      (props.value || 0) + ':' + props.dashRenderType);
  }
  Counter.dashRenderType = true;
  function Bomb(props) {
    if (props.value) { throw new Error('kaboom ' + props.value); }
    return h('div', {id: props.id}, 'calm');
  }
  window.renderCounts = {};
  function Cell(props) {
    window.renderCounts[props.id] = (window.renderCounts[props.id] || 0) + 1;
    return h('span', {id: props.id}, String(props.value));
  }
  window.rdr_testlib = {Tabs: Tabs, Portal: Portal, Counter: Counter, Bomb: Bomb, Cell: Cell};
})();
</script>
"""


class _Lib(Component):
    _namespace = "rdr_testlib"
    _base_nodes = ["children"]
    _valid_wildcard_attributes = []


class Tabs(_Lib):
    _type = "Tabs"
    _children_props = ["items[].label"]
    _prop_names = ["id", "children", "items"]
    available_properties = _prop_names

    def __init__(self, id=None, children=None, items=None):
        self._prop_names = ["id", "children", "items"]
        super().__init__(id=id, children=children, items=items)


class Portal(_Lib):
    _type = "Portal"
    _children_props = []
    _prop_names = ["id"]
    available_properties = _prop_names

    def __init__(self, id=None):
        super().__init__(id=id)


class Counter(_Lib):
    _type = "Counter"
    _children_props = []
    _prop_names = ["id", "value"]
    available_properties = _prop_names

    def __init__(self, id=None, value=None):
        super().__init__(id=id, value=value)


class Bomb(_Lib):
    _type = "Bomb"
    _children_props = []
    _prop_names = ["id", "value"]
    available_properties = _prop_names

    def __init__(self, id=None, value=None):
        super().__init__(id=id, value=value)


class Cell(_Lib):
    _type = "Cell"
    _children_props = []
    _prop_names = ["id", "value"]
    available_properties = _prop_names

    def __init__(self, id=None, value=None):
        super().__init__(id=id, value=value)


def test_rdr_one_prop_change_rerenders_one_component(dash_duo):
    app = Dash(__name__)
    app.index_string = app.index_string.replace("{%renderer%}", LIBRARY_JS + "{%renderer%}")
    cells = [Cell(id=f"c{i}", value=i) for i in range(300)]
    app.layout = html.Div([html.Button("set", id="set"), html.Div(html.Div(cells, id="grid"), id="wrap")])

    @app.callback(Output("c150", "value"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_one(n):
        return f"new {n}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#c299", "299")
    before = dash_duo.driver.execute_script("return Object.assign({}, window.renderCounts);")
    dash_duo.find_element("#set").click()
    dash_duo.wait_for_text_to_equal("#c150", "new 1")
    after = dash_duo.driver.execute_script("return window.renderCounts;")
    changed = {key for key in after if after[key] != before.get(key)}
    assert changed == {"c150"}


def test_rdr_render_error_is_contained(dash_duo):
    app = Dash(__name__)
    app.index_string = app.index_string.replace("{%renderer%}", LIBRARY_JS + "{%renderer%}")
    app.layout = html.Div([Bomb(id="bomb"), html.Button("arm", id="arm"), html.Div(id="out")])

    @app.callback(Output("bomb", "value"), Output("out", "children"), Input("arm", "n_clicks"), prevent_initial_call=True)
    def arm(n):
        return n, f"armed {n}"

    dash_duo.start_server(app, debug=True, use_reloader=False, dev_tools_hot_reload=False)
    dash_duo.wait_for_text_to_equal("#bomb", "calm")
    dash_duo.find_element("#arm").click()
    dash_duo.wait_for_text_to_equal("#out", "armed 1")
    box = dash_duo.wait_for_element(".dash-component-error")
    assert "kaboom 1" in box.text and "Bomb" in box.text
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "1")
    # The rest of the page keeps working.
    dash_duo.find_element("#arm").click()
    dash_duo.wait_for_text_to_equal("#out", "armed 2")


def test_rdr_component_api(dash_duo):
    app = Dash(__name__)
    app.index_string = app.index_string.replace("{%renderer%}", LIBRARY_JS + "{%renderer%}")
    app.layout = html.Div(
        [
            Tabs(
                id="tabs",
                items=[{"label": html.B("first", id="lbl1")}, {"label": html.I("second")}],
                children=html.Div("body", id="body"),
            ),
            Portal(id="portal"),
            html.Div(id="ext-out"),
            Counter(id="counter"),
            html.Button("bump", id="bump"),
        ]
    )

    @app.callback(Output("ext-out", "children"), Input("ext", "n_clicks"), prevent_initial_call=True)
    def external_clicked(n):
        return f"ext {n}"

    @app.callback(Output("body", "children"), Input("lbl1", "n_clicks"), prevent_initial_call=True)
    def label_clicked(n):
        return f"label {n}"

    @app.callback(Output("counter", "value"), Input("bump", "n_clicks"), prevent_initial_call=True)
    def bump(n):
        return 100 + n

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal(".tab-label", "first")
    labels = dash_duo.find_elements(".tab-label")
    assert [el.text for el in labels] == ["first", "second"]
    assert [el.get_attribute("data-type") for el in labels] == ["B", "I"]
    assert dash_duo.find_element(".ctx-path").text == '["components","props","children",0]'

    # A component inside a nested children prop is a full callback participant, and the
    # dashChildrenUpdate parent re-renders when a descendant changes.
    renders = int(dash_duo.find_element(".renders").text)
    dash_duo.find_element("#lbl1").click()
    dash_duo.wait_for_text_to_equal("#body", "label 1")
    assert int(dash_duo.find_element(".renders").text) > renders

    dash_duo.find_element("#ext").click()
    dash_duo.wait_for_text_to_equal("#ext-out", "ext 1")

    dash_duo.wait_for_text_to_equal("#counter", "0:parent")
    dash_duo.find_element("#counter").click()
    dash_duo.wait_for_text_to_equal("#counter", "1:internal")
    dash_duo.find_element("#bump").click()
    dash_duo.wait_for_text_to_equal("#counter", "101:callback")
    assert dash_duo.get_logs() == []
