"""Job routes when the store is unreachable: a short 503, never a traceback."""
from celery import Celery

from bg_support import free_port
from dash import CeleryManager, Dash, Input, Output, html


def test_store_down_is_503_without_traceback():
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    manager = CeleryManager(Celery("dead", broker=dead, backend=dead))
    app = Dash(__name__, background_callback_manager=manager)
    app.layout = html.Div([html.Div(id="dead-in"), html.Div(id="dead-out")])

    @app.callback(Output("dead-out", "children"), Input("dead-in", "children"), background=True)
    def never(value):
        return value

    client = app.server.test_client()
    for answer in (client.get("/_dash-jobs/" + "A" * 32), client.post(f"/_dash-jobs/{'A' * 32}/cancel")):
        assert answer.status_code == 503
        assert answer.get_json() == {"error": {"message": "job store unavailable"}}
        assert b"Traceback" not in answer.data
