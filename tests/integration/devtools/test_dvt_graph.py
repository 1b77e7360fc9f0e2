"""The callback graph view: callbacks with inputs/outputs, last duration, job states."""
import time

from dash import Dash, DiskcacheManager, Input, Output, State, html

DEBUG = dict(debug=True, use_reloader=False, dev_tools_hot_reload=False)


def card(output):
    return f'.dash-callback-dag__callback[data-output="{output}"]'


def graph_app(tmp_path):
    import diskcache

    manager = DiskcacheManager(diskcache.Cache(str(tmp_path / "cache")))
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div(
        [
            html.Button("go", id="go"),
            html.Div("seed", id="seed"),
            html.Div(id="quick"),
            html.Button("run", id="run"),
            html.Button("cancel", id="cancel"),
            html.Button("break", id="break"),
            html.Div(id="result"),
            html.Div(id="broken"),
            html.Div(id="progress"),
        ]
    )

    @app.callback(Output("quick", "children"), Input("go", "n_clicks"), State("seed", "children"))
    def quick(n, seed):
        time.sleep(0.05)
        return f"{seed} {n}"

    @app.callback(
        Output("result", "children"),
        Input("run", "n_clicks"),
        background=True,
        progress=[Output("progress", "children")],
        cancel=[Input("cancel", "n_clicks")],
        prevent_initial_call=True,
    )
    def slow(set_progress, n):
        for i in range(8):
            set_progress(str(i))
            time.sleep(0.4)
        return f"done {n}"

    @app.callback(Output("broken", "children"), Input("break", "n_clicks"), background=True, prevent_initial_call=True)
    def broken(n):
        raise RuntimeError("job failed on purpose")

    return app


def test_dvt010_callback_graph_and_job_states(dash_duo, tmp_path):
    dash_duo.start_server(graph_app(tmp_path), **DEBUG)
    dash_duo.wait_for_text_to_equal("#quick", "seed None")
    dash_duo.find_element("#dash-debug-menu__callback-graph-button").click()

    # Every callback, with its inputs, state and outputs.
    assert len(dash_duo.find_elements(".dash-callback-dag__callback")) == 3
    assert "go.n_clicks" in dash_duo.find_element(f"{card('quick.children')} .dash-callback-dag__inputs").text
    assert "seed.children" in dash_duo.find_element(f"{card('quick.children')} .dash-callback-dag__state").text
    assert "quick.children" in dash_duo.find_element(f"{card('quick.children')} .dash-callback-dag__outputs").text
    # The initial call ran: its duration is shown.
    dash_duo.wait_for_contains_text(f"{card('quick.children')} .dash-callback-dag__status", "done in")
    duration = int(dash_duo.find_element(f"{card('quick.children')} .dash-callback-dag__status").text.split()[2])
    assert duration >= 50
    assert dash_duo.find_element(f"{card('result.children')} .dash-callback-dag__status").text == "not run"

    # A background job: queued/running, then done.
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal(f"{card('result.children')} .dash-callback-dag__job", "job running")
    dash_duo.wait_for_text_to_equal("#result", "done 1", timeout=15)
    dash_duo.wait_for_text_to_equal(f"{card('result.children')} .dash-callback-dag__job", "job done")
    status = dash_duo.find_element(f"{card('result.children')} .dash-callback-dag__status").text
    assert status.startswith("done in") and int(status.split()[2]) >= 3000

    # Cancelled by its cancel input.
    dash_duo.find_element("#run").click()
    dash_duo.wait_for_text_to_equal(f"{card('result.children')} .dash-callback-dag__job", "job running")
    dash_duo.find_element("#cancel").click()
    dash_duo.wait_for_text_to_equal(f"{card('result.children')} .dash-callback-dag__job", "job cancelled")

    # A job that raises.
    dash_duo.find_element("#break").click()
    # The error list opens in place of the graph.
    dash_duo.wait_for_text_to_equal(".test-devtools-error-count", "1", timeout=15)
    assert dash_duo.find_element(".dash-fe-error__title").text == "Callback error updating broken.children"
    dash_duo.find_element(".test-devtools-error-toggle").click()
    assert "job failed on purpose" in dash_duo.find_element(".dash-backend-error").text
    dash_duo.find_element("#dash-debug-menu__callback-graph-button").click()
    dash_duo.wait_for_text_to_equal(f"{card('broken.children')} .dash-callback-dag__job", "job failed")
    assert dash_duo.find_element(f"{card('broken.children')} .dash-callback-dag__status").text.startswith("failed in")


def test_dvt011_no_graph_in_production(dash_duo, tmp_path):
    dash_duo.start_server(graph_app(tmp_path), debug=False)
    dash_duo.wait_for_text_to_equal("#quick", "seed None")
    assert dash_duo.find_elements(".dash-debug-menu") == []
    assert dash_duo.find_elements(".dash-callback-dag__callback") == []
