"""Undo/redo buttons (show_undo_redo=True): the user's edits of callback inputs, undone
and redone with their callbacks firing again; focus changes are not edits."""
from dash import Dash, Input, Output, dcc, html


def labels(dash_duo):
    return [e.text for e in dash_duo.find_elements("._dash-undo-redo ._dash-undo-redo-label")]


def test_dvt040_undo_redo_user_edits(dash_duo):
    app = Dash(__name__, show_undo_redo=True)
    app.layout = html.Div([dcc.Input(id="word"), html.Div(id="echo")])

    @app.callback(Output("echo", "children"), Input("word", "value"))
    def echo(value):
        return f"[{value or ''}]"

    dash_duo.start_server(app)
    assert labels(dash_duo) == []
    dash_duo.find_element("#word").send_keys("ab")
    dash_duo.wait_for_text_to_equal("#echo", "[ab]")
    assert labels(dash_duo) == ["undo"]
    undo = "._dash-undo-redo span:first-child"
    # Clicking blurs the input (n_blur): not an edit, so the first undo reverts the text.
    dash_duo.find_element(undo).click()
    dash_duo.wait_for_text_to_equal("#echo", "[a]")
    assert dash_duo.find_element("#word").get_attribute("value") == "a"
    assert labels(dash_duo) == ["undo", "redo"]
    dash_duo.find_element(undo).click()
    dash_duo.wait_for_text_to_equal("#echo", "[]")
    assert labels(dash_duo) == ["redo"]
    dash_duo.find_element("._dash-undo-redo span").click()
    dash_duo.wait_for_text_to_equal("#echo", "[a]")
    assert labels(dash_duo) == ["undo", "redo"]


def test_dvt041_no_buttons_by_default(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="word")])
    dash_duo.start_server(app)
    dash_duo.find_element("#word").send_keys("ab")
    assert dash_duo.find_elements("._dash-undo-redo") == []
