"""Hot reload: the page reloads itself when the server's reload hash changes."""
import time

from dash import Dash, html


def test_rdr_hot_reload_on_asset_change(dash_duo, tmpdir):
    app = Dash(__name__, assets_folder=str(tmpdir))
    app.layout = html.Div("hello", id="hello")
    dash_duo.start_server(
        app,
        debug=True,
        use_reloader=False,
        dev_tools_hot_reload=True,
        dev_tools_hot_reload_interval=0.2,
    )
    dash_duo.wait_for_text_to_equal("#hello", "hello")
    dash_duo.driver.execute_script("window.beforeReload = true;")
    time.sleep(0.6)  # let the page learn the current hash
    tmpdir.join("new.js").write("window.fromAsset = 42;")
    deadline = time.time() + 10
    while time.time() < deadline:
        if dash_duo.driver.execute_script("return window.fromAsset === 42 && !window.beforeReload;"):
            break
        time.sleep(0.1)
    assert dash_duo.driver.execute_script("return window.fromAsset;") == 42
    dash_duo.wait_for_text_to_equal("#hello", "hello")
