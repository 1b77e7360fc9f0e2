"""Background callbacks for the latency benchmark: a no-op job, a 1 s job, and a job
sending 40 progress updates at 20 Hz. Runs on diskcache, or on Celery when REDIS_URL is set."""
import os
import time

from dash import CeleryManager, Dash, DiskcacheManager, Input, Output, callback, html

if "REDIS_URL" in os.environ:
    from celery import Celery

    celery_app = Celery(__name__, broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])
    manager = CeleryManager(celery_app)
else:
    import diskcache

    manager = DiskcacheManager(diskcache.Cache("./cache"))

app = Dash(__name__, background_callback_manager=manager)
server = app.server
app.layout = html.Div(
    [
        html.Button("noop", id="noop"),
        html.Div("idle", id="noop-out"),
        html.Button("one second", id="slow"),
        html.Div("idle", id="slow-out"),
        html.Button("progress", id="progress"),
        html.Div("idle", id="progress-out"),
        html.Div("", id="progress-value"),
    ]
)


@callback(Output("noop-out", "children"), Input("noop", "n_clicks"),
          background=True, prevent_initial_call=True)
def noop(n_clicks):
    return f"noop {n_clicks}"


@callback(Output("slow-out", "children"), Input("slow", "n_clicks"),
          background=True, prevent_initial_call=True)
def one_second(n_clicks):
    time.sleep(1.0)
    return f"slow {n_clicks}"


@callback(Output("progress-out", "children"), Input("progress", "n_clicks"),
          progress=Output("progress-value", "children"),
          background=True, prevent_initial_call=True)
def forty_updates(set_progress, n_clicks):
    for step in range(1, 41):
        set_progress(f"step {step}")
        time.sleep(0.05)
    return f"progress {n_clicks}"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]), debug=False)
