"""A button that starts a 2 s background job with no news, on diskcache: the page's
polls for it are counted under gunicorn's sync workers (tests/background/test_poll_pacing.py)."""
import os
import time

import diskcache

from dash import Dash, DiskcacheManager, Input, Output, callback, html

app = Dash(__name__, background_callback_manager=DiskcacheManager(diskcache.Cache(os.environ["DASH_TEST_CACHE"])))
server = app.server
app.layout = html.Div([html.Button("start", id="start"), html.Div("idle", id="result")])


@callback(Output("result", "children"), Input("start", "n_clicks"),
          background=True, prevent_initial_call=True)
def two_seconds(n_clicks):
    time.sleep(2.0)
    return f"done {n_clicks}"
