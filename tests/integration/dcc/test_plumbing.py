"""Store, Interval, Location/Link, Loading, Tabs, Markdown, Tooltip, ConfirmDialog and
Clipboard in a real browser, each driven by callbacks and reporting back into them."""
import json
import time

from dash import Dash, Input, Output, State, dcc, html


def test_store_interval_location_link(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Location(id="url"),
            dcc.Location(id="nav", refresh="callback-nav"),
            dcc.Link("to page 2", href="/page-2?x=1#top", id="link"),
            html.Button("nav", id="nav-btn"),
            html.Div(id="url-out"),
            dcc.Store(id="memory"),
            dcc.Store(id="local", storage_type="local"),
            dcc.Store(id="local-initial", storage_type="local", data={"x": 1}),
            html.Div(id="initial-out"),
            dcc.Store(id="session", storage_type="session", data={"initial": True}),
            html.Div(id="session-out"),
            html.Button("reload", id="reload"),
            html.Button("save", id="save"),
            html.Button("clear", id="clear"),
            html.Div(id="memory-out"),
            html.Div(id="local-out"),
            dcc.Interval(id="tick", interval=150, max_intervals=3),
            html.Button("restart", id="restart"),
            html.Div(id="tick-out"),
        ]
    )

    @app.callback(Output("url-out", "children"), Input("url", "pathname"), Input("url", "search"), Input("url", "hash"))
    def show_url(pathname, search, hash_):
        return f"{pathname}|{search}|{hash_}"

    @app.callback(Output("nav", "pathname"), Input("nav-btn", "n_clicks"), prevent_initial_call=True)
    def navigate(_):
        return "/page-3"

    @app.callback(Output("memory", "data"), Output("local", "data"), Input("save", "n_clicks"), prevent_initial_call=True)
    def save(n):
        return {"clicks": n}, [n, "saved"]

    @app.callback(Output("session-out", "children"), Input("session", "data"))
    def show_session(data):
        return json.dumps(data)

    @app.callback(Output("session", "data"), Input("save", "n_clicks"), prevent_initial_call=True)
    def save_session(n):
        return {"session": n}

    @app.callback(Output("url", "pathname"), Input("reload", "n_clicks"), prevent_initial_call=True)
    def reload(_):
        return "/reloaded"

    @app.callback(Output("local", "clear_data"), Input("clear", "n_clicks"), prevent_initial_call=True)
    def clear(_):
        return True

    @app.callback(Output("memory-out", "children"), Input("memory", "modified_timestamp"), State("memory", "data"))
    def show_memory(timestamp, data):
        return f"{json.dumps(data)} fresh={timestamp is not None and timestamp > 0}"

    @app.callback(
        Output("initial-out", "children"), Input("local-initial", "modified_timestamp"), State("local-initial", "data")
    )
    def show_initial(timestamp, data):
        return f"{json.dumps(data)} fresh={timestamp is not None and timestamp > 0}"

    @app.callback(Output("local-out", "children"), Input("local", "data"))
    def show_local(data):
        return json.dumps(data)

    @app.callback(Output("tick-out", "children"), Input("tick", "n_intervals"))
    def show_tick(n):
        return str(n)

    @app.callback(Output("tick", "n_intervals"), Input("restart", "n_clicks"), prevent_initial_call=True)
    def restart(_):
        return 0

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#url-out", "/||")
    assert dash_duo.get_local_storage("local-initial") == {"x": 1}
    dash_duo.wait_for_text_to_equal("#initial-out", '{"x": 1} fresh=True')

    # Interval stops at max_intervals; a callback resetting n_intervals starts it again.
    dash_duo.wait_for_text_to_equal("#tick-out", "3")
    time.sleep(0.5)
    assert dash_duo.find_element("#tick-out").text == "3"
    dash_duo.find_element("#restart").click()
    dash_duo.wait_for_text_to_equal("#tick-out", "0")
    dash_duo.wait_for_text_to_equal("#tick-out", "3")

    dash_duo.find_element("#link").click()
    dash_duo.wait_for_text_to_equal("#url-out", "/page-2|?x=1|#top")
    assert dash_duo.driver.execute_script("return window.performance.getEntriesByType('navigation').length") == 1
    dash_duo.find_element("#nav-btn").click()
    dash_duo.wait_for_text_to_equal("#url-out", "/page-3|?x=1|#top")  # search and hash props are kept
    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("#url-out", "/page-2|?x=1|#top")

    dash_duo.find_element("#save").click()
    dash_duo.wait_for_text_to_equal("#memory-out", '{"clicks": 1} fresh=True')
    dash_duo.wait_for_text_to_equal("#local-out", '[1, "saved"]')
    assert dash_duo.get_local_storage("local") == [1, "saved"]

    # localStorage survives a reload; memory does not.
    dash_duo.driver.refresh()
    dash_duo.wait_for_text_to_equal("#local-out", '[1, "saved"]')
    dash_duo.wait_for_text_to_equal("#memory-out", "null fresh=False")
    dash_duo.wait_for_text_to_equal("#session-out", '{"session": 1}')
    assert dash_duo.get_session_storage("session") == {"session": 1}

    # refresh=True (the default): a callback's pathname is a real page load.
    dash_duo.driver.execute_script("window.__marker = 'before'")
    dash_duo.find_element("#reload").click()
    dash_duo.wait_for_text_to_equal("#url-out", "/reloaded|?x=1|#top")
    assert dash_duo.driver.execute_script("return window.__marker") is None

    dash_duo.find_element("#clear").click()
    dash_duo.wait_for_text_to_equal("#local-out", "null")
    assert dash_duo.get_local_storage("local") is None
    assert dash_duo.get_logs() == []


def test_loading_tabs_markdown_tooltip(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("work", id="work"),
            dcc.Loading(html.Div("idle", id="slow-out"), id="loading", type="dot"),
            # Watches only other components' updates: never shows for slow-out.
            dcc.Loading(
                html.Div("idle", id="slow-out-2"), id="loading-targeted", delay_show=100,
                target_components={"nothing-here": "children"},
            ),
            # The callback is faster than delay_show: no spinner at all.
            dcc.Loading(html.Div("idle", id="slow-out-3"), id="loading-delayed", delay_show=5000),
            dcc.Tabs(
                [dcc.Tab(label="First", children="first"), dcc.Tab(label="Second", children="second")],
                id="unset-tabs",
            ),
            html.Div(id="unset-tabs-out"),
            dcc.Tabs(
                id="tabs",
                value="one",
                children=[
                    dcc.Tab(label="One", value="one", children=html.Div("first content", id="first")),
                    dcc.Tab(label="Two", value="two", children=html.Div("second content", id="second")),
                    dcc.Tab(label="Off", value="off", disabled=True, children="never"),
                    dcc.Tab(label=html.B("Bold", id="bold-label"), value="bold", children="bold content"),
                ],
            ),
            html.Div(id="tabs-out"),
            html.Button("back to one", id="tab-reset"),
            dcc.Input(id="md-in", value=""),
            dcc.Markdown(id="md", link_target="_blank"),
            html.Div(
                [html.Button("tip", id="tip-btn"), dcc.Tooltip(id="tip", show=False)],
                style={"position": "relative"},
            ),
        ]
    )

    @app.callback(
        Output("slow-out", "children"), Output("slow-out-2", "children"), Output("slow-out-3", "children"),
        Input("work", "n_clicks"), prevent_initial_call=True,
    )
    def slow(n):
        time.sleep(1.5)
        return f"done {n}", f"done {n}", f"done {n}"

    @app.callback(Output("tabs-out", "children"), Input("tabs", "value"))
    def show_tab(value):
        return value

    @app.callback(Output("unset-tabs-out", "children"), Input("unset-tabs", "value"))
    def show_unset_tab(value):
        return str(value)

    @app.callback(Output("tabs", "value"), Input("tab-reset", "n_clicks"), prevent_initial_call=True)
    def reset_tab(_):
        return "one"

    @app.callback(Output("md", "children"), Input("md-in", "value"))
    def render(text):
        return f"# Title\n\n<b>not bold</b> [docs](https://example.com)\n\n```python\ndef f():\n    return 1\n```\n\n{text}"

    @app.callback(
        Output("tip", "show"), Output("tip", "bbox"), Output("tip", "children"),
        Input("tip-btn", "n_clicks"), prevent_initial_call=True,
    )
    def show_tip(n):
        return True, {"x0": 10, "y0": 0, "x1": 30, "y1": 20}, f"tip {n}"

    dash_duo.start_server(app)

    dash_duo.find_element("#work").click()
    dash_duo.wait_for_element("#loading .dash-spinner")
    # Dash puts the id on the box that holds the spinner, beside the hidden children.
    assert dash_duo.find_elements("#loading > div > .dash-spinner.dash-dot-spinner")
    assert not dash_duo.find_element("#slow-out").is_displayed()  # hidden under the spinner
    assert dash_duo.find_elements("#loading-targeted .dash-spinner") == []
    assert dash_duo.find_elements("#loading-delayed .dash-spinner") == []
    dash_duo.wait_for_text_to_equal("#slow-out", "done 1")
    dash_duo.wait_for_no_elements("#loading .dash-spinner")
    assert dash_duo.find_element("#slow-out-2").text == "done 1"
    assert dash_duo.find_element("#slow-out-3").text == "done 1"
    assert dash_duo.find_elements("#loading-delayed .dash-spinner") == []

    dash_duo.wait_for_text_to_equal("#tabs-out", "one")
    # Tabs without a value select the first tab, whose value defaults to "tab-1".
    dash_duo.wait_for_text_to_equal("#unset-tabs-out", "tab-1")
    dash_duo.find_elements("#unset-tabs .tab")[1].click()
    dash_duo.wait_for_text_to_equal("#unset-tabs-out", "tab-2")
    assert dash_duo.find_element("#first").text == "first content"
    dash_duo.wait_for_text_to_equal("#tabs #bold-label", "Bold")  # a component label renders
    tabs = dash_duo.find_elements("#tabs .tab")
    assert [tab.text for tab in tabs] == ["One", "Two", "Off", "Bold"]
    tabs[2].click()  # disabled: ignored
    tabs[1].click()
    dash_duo.wait_for_text_to_equal("#tabs-out", "two")
    dash_duo.wait_for_text_to_equal("#second", "second content")
    dash_duo.wait_for_no_elements("#first")
    dash_duo.find_element("#tab-reset").click()
    dash_duo.wait_for_text_to_equal("#first", "first content")
    dash_duo.wait_for_contains_class("#tabs .tab:first-child", "tab--selected")

    dash_duo.wait_for_text_to_equal("#md h1", "Title")
    assert "<b>not bold</b>" in dash_duo.find_element("#md p").text
    assert dash_duo.find_elements("#md b") == []
    assert dash_duo.find_element("#md a").get_attribute("target") == "_blank"
    assert dash_duo.find_elements("#md pre code .hljs-keyword")
    dash_duo.find_element("#md-in").send_keys("*typed*")
    dash_duo.wait_for_text_to_equal("#md em", "typed")

    assert not dash_duo.find_element("#tip").is_displayed()
    dash_duo.find_element("#tip-btn").click()
    dash_duo.wait_for_text_to_equal("#tip", "tip 1")
    assert dash_duo.find_element("#tip").is_displayed()
    assert dash_duo.get_logs() == []


def test_confirm_dialogs_and_clipboard(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.ConfirmDialog(id="confirm", message="Really?"),
            html.Button("ask", id="ask"),
            dcc.ConfirmDialogProvider(html.Button("delete", id="delete"), id="provider", message="Delete it?"),
            html.Div(id="confirm-out"),
            html.Div(id="provider-out"),
            dcc.Textarea(id="source", value="copy me"),
            dcc.Clipboard(id="copy", target_id="source"),
            dcc.Clipboard(id="copy-content", content="initial"),
            html.Div(id="copy-out"),
            dcc.Input(id="paste"),
        ]
    )

    @app.callback(Output("confirm", "displayed"), Input("ask", "n_clicks"), prevent_initial_call=True)
    def ask(_):
        return True

    @app.callback(
        Output("confirm-out", "children"),
        Input("confirm", "submit_n_clicks"), Input("confirm", "cancel_n_clicks"), prevent_initial_call=True,
    )
    def answered(submitted, cancelled):
        return f"submit={submitted} cancel={cancelled}"

    @app.callback(Output("provider-out", "children"), Input("provider", "submit_n_clicks"), prevent_initial_call=True)
    def deleted(n):
        return f"deleted {n}"

    @app.callback(Output("copy-out", "children"), Input("copy", "n_clicks"), prevent_initial_call=True)
    def copied(n):
        return f"copied {n}"

    @app.callback(Output("copy-content", "content"), Input("copy-content", "n_clicks"), prevent_initial_call=True)
    def fill_content(n):
        return f"from callback {n}"

    dash_duo.start_server(app)
    driver = dash_duo.driver

    def answer(accept):
        deadline = time.time() + 10
        while True:
            try:
                alert = driver.switch_to.alert
                break
            except Exception:  # no alert yet
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        text = alert.text
        alert.accept() if accept else alert.dismiss()
        return text

    dash_duo.find_element("#ask").click()
    assert answer(True) == "Really?"
    dash_duo.wait_for_text_to_equal("#confirm-out", "submit=1 cancel=None")
    dash_duo.find_element("#ask").click()
    answer(False)
    dash_duo.wait_for_text_to_equal("#confirm-out", "submit=1 cancel=1")

    dash_duo.find_element("#delete").click()
    assert answer(True) == "Delete it?"
    dash_duo.wait_for_text_to_equal("#provider-out", "deleted 1")

    driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": dash_duo.server_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    read_clipboard = "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error ' + e))"
    dash_duo.find_element("#copy").click()
    dash_duo.wait_for_text_to_equal("#copy-out", "copied 1")
    assert driver.execute_async_script(read_clipboard) == "copy me"

    # Content filled by a callback answering the click is what gets copied.
    dash_duo.find_element("#copy-content").click()
    deadline = time.time() + 5
    while driver.execute_async_script(read_clipboard) != "from callback 1":
        assert time.time() < deadline, "the callback's content never reached the clipboard"
        time.sleep(0.1)
    assert dash_duo.get_logs() == []
