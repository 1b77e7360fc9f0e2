"""Hot reload: CSS applied in place; a Python change restarts the server (Flask reloader)
and the page reloads, reporting background jobs the restart interrupted."""
import os
import sys
import textwrap
import time

from dash import Dash, html
from dash.testing.application_runners import free_port

RED, BLUE = "rgb(255, 0, 0)", "rgb(0, 0, 255)"


def color_of(dash_duo, selector):
    return dash_duo.driver.execute_script(f"return getComputedStyle(document.querySelector('{selector}')).color;")


def wait_until(condition, timeout=15, message="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {message}")


def test_dvt020_css_swapped_without_reload(dash_duo, tmp_path):
    css = tmp_path / "style.css"
    css.write_text("#hello { color: rgb(255, 0, 0); }")
    app = Dash(__name__, assets_folder=str(tmp_path))
    app.layout = html.Div("hello", id="hello")
    dash_duo.start_server(
        app,
        debug=True,
        use_reloader=False,
        dev_tools_hot_reload=True,
        dev_tools_hot_reload_interval=0.2,
        dev_tools_hot_reload_watch_interval=0.1,
    )
    dash_duo.wait_for_text_to_equal("#hello", "hello")
    assert color_of(dash_duo, "#hello") == RED
    dash_duo.driver.execute_script("window.sameDocument = true;")
    time.sleep(0.6)  # the page learns the current hash
    css.write_text("#hello { color: rgb(0, 0, 255); }")
    # Some filesystems keep whole-second mtimes: move it on explicitly.
    os.utime(css, (time.time(), time.time() + 2))
    wait_until(lambda: color_of(dash_duo, "#hello") == BLUE, message="the new CSS")
    assert dash_duo.driver.execute_script("return window.sameDocument;") is True
    hrefs = dash_duo.driver.execute_script("return [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href);")
    assert [h for h in hrefs if "/assets/style.css?m=" in h], hrefs


APP_SOURCE = '''
import time

import diskcache
from dash import Dash, DiskcacheManager, Input, Output, html

app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache({cache!r})))
app.layout = html.Div([
    html.Div({version!r}, id="version"),
    html.Button("run", id="run"),
    html.Div(id="progress"),
    html.Div(id="result"),
])


@app.callback(Output("result", "children"), Input("run", "n_clicks"), background=True,
              progress=[Output("progress", "children")], prevent_initial_call=True)
def slow(set_progress, n):
    set_progress("started")
    time.sleep(60)
    return "finished"


if __name__ == "__main__":
    app.run(debug=True, port={port}, dev_tools_hot_reload_interval=0.3)
'''


def test_dvt021_python_change_restarts_and_reloads(dash_process_server, dash_br, tmp_path):
    port = free_port()
    app_file = tmp_path / "app.py"

    def write(version):
        app_file.write_text(textwrap.dedent(APP_SOURCE.format(cache=str(tmp_path / "cache"), version=version, port=port)))

    write("version 1")
    dash_process_server.start(raw_command=f"cd {tmp_path} && exec {sys.executable} app.py", port=port, start_timeout=20)
    dash_br.server_url = f"http://127.0.0.1:{port}"
    dash_br.wait_for_text_to_equal("#version", "version 1")
    dash_br.find_element("#run").click()
    dash_br.wait_for_text_to_equal("#progress", "started", timeout=15)
    dash_br.driver.execute_script("window.sameDocument = true;")

    time.sleep(1.1)  # the stat reloader compares whole-second mtimes
    write("version 2")
    dash_br.wait_for_text_to_equal("#version", "version 2", timeout=30)
    assert dash_br.driver.execute_script("return window.sameDocument === undefined;")
    dash_br.wait_for_text_to_equal(".test-devtools-error-count", "1")
    assert dash_br.find_element(".dash-fe-error__title").text == (
        "Background job interrupted by a server restart; trigger the callback again."
    )
    dash_br.find_element(".test-devtools-error-toggle").click()
    assert "result.children" in dash_br.find_element(".dash-fe-error__info").text
