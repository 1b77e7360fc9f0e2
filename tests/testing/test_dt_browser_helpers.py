"""The Browser helper API on one real Dash page (one browser session for speed)."""
import pytest

from dash import Dash, Input, Output, dcc, html
from dash.testing.errors import BrowserError, TestingTimeoutError

HALF = {"width": "50%", "height": "40px"}


def _helpers_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div("styled", id="styled", className="a b", style={"color": "red"}),
            dcc.Input(id="inp", value="abc"),
            html.Div(
                [
                    html.Div("left", id="left", n_clicks=0, style=HALF),
                    html.Div("right", id="right", n_clicks=0, style=HALF),
                ],
                id="pad",
                style={"display": "flex", "width": "400px"},
            ),
            html.Div(id="clicked"),
            html.Button("remove", id="remove", n_clicks=0),
            html.Div(html.Span("temporary", className="temp"), id="holder"),
            dcc.Dropdown(["NYC", "MTL", "SF"], id="dd"),
            html.Div(id="city"),
        ]
    )

    @app.callback(Output("city", "children"), Input("dd", "value"))
    def city(value):
        return f"city={value}"

    @app.callback(
        Output("clicked", "children"), Input("left", "n_clicks"), Input("right", "n_clicks")
    )
    def clicked(left, right):
        return f"left={left} right={right}"

    @app.callback(Output("holder", "children"), Input("remove", "n_clicks"))
    def remove(n_clicks):
        return html.Span("temporary", className="temp") if not n_clicks else None

    return app


def test_browser_helpers(dash_duo, tmp_path, monkeypatch):
    monkeypatch.setenv("DASH_TEST_ARTIFACTS", str(tmp_path))
    dash_duo.start_server(_helpers_app())

    # element, class and style waits
    assert dash_duo.wait_for_element_by_id("styled").text == "styled"
    dash_duo.wait_for_class_to_equal("#styled", "a b")
    dash_duo.wait_for_contains_class("#styled", "b")
    dash_duo.wait_for_style_to_equal("#styled", "color", "rgba(255, 0, 0, 1)")
    dash_duo.wait_for_contains_text("#clicked", "left=0")
    with pytest.raises(TestingTimeoutError, match="#missing not found"):
        dash_duo.wait_for_text_to_equal("#missing", "x", timeout=0.3)
    with pytest.raises(TestingTimeoutError, match="classname -> c not found inside element"):
        dash_duo.wait_for_contains_class("#styled", "c", timeout=0.3)

    # clicks at fractions of an element hit the right child
    dash_duo.click_at_coord_fractions("#pad", 0.25, 0.5)
    dash_duo.wait_for_text_to_equal("#clicked", "left=1 right=0")
    dash_duo.click_at_coord_fractions("#pad", 0.75, 0.5)
    dash_duo.wait_for_text_to_equal("#clicked", "left=1 right=1")

    # elements disappearing
    dash_duo.wait_for_element(".temp")
    dash_duo.find_element("#remove").click()
    dash_duo.wait_for_no_elements(".temp")
    assert dash_duo.redux_state_rqs == []

    # dcc.Dropdown
    dash_duo.select_dcc_dropdown("#dd", "MTL")
    dash_duo.wait_for_text_to_equal("#city", "city=MTL")
    dash_duo.select_dcc_dropdown("#dd", index=2)
    dash_duo.wait_for_text_to_equal("#city", "city=SF")
    with pytest.raises(BrowserError, match="'LA'"):
        dash_duo.select_dcc_dropdown("#dd", "LA")

    # inputs
    dash_duo.clear_input("#inp")
    assert dash_duo.find_element("#inp").get_attribute("value") == ""

    # DOM snapshots
    assert dash_duo.dash_innerhtml_dom.select_one("#styled").text == "styled"
    assert dash_duo.dash_outerhtml_dom.find(id="react-entry-point") is not None
    # parsed as upstream does (lxml): the fragment sits in <html><body>
    assert dash_duo.dash_outerhtml_dom.html.body.contents[0]["id"] == "react-entry-point"

    # web storage
    dash_duo.driver.execute_script(
        "localStorage.setItem('local', JSON.stringify({a: 1}));"
        "sessionStorage.setItem('session', JSON.stringify([2]));"
    )
    assert dash_duo.get_local_storage() == {"a": 1}
    assert dash_duo.get_session_storage() == [2]
    dash_duo.clear_storage()
    assert dash_duo.get_local_storage() is None and dash_duo.get_session_storage() is None

    # snapshots
    paths = dash_duo.percy_snapshot("page", wait_for_callbacks=True, widths=[500, 900])
    assert [p.name for p in paths] == ["page_500.png", "page_900.png"]
    dash_duo.visit_and_snapshot("/", hook_id="styled", stay_on_page=True)
    assert (tmp_path / "snapshot.png").exists()

    # windows
    dash_duo.open_new_tab()
    dash_duo.switch_window(1)
    dash_duo.wait_for_element("#styled")
    dash_duo.toggle_window()
    assert dash_duo.driver.current_window_handle == dash_duo.driver.window_handles[0]
    with pytest.raises(BrowserError):
        dash_duo.switch_window(5)
