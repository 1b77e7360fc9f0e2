"""The same callback written sync and async, and an async one that awaits a sleep."""
import asyncio
import os

from dash import Dash, Input, Output, html

app = Dash(__name__)
server = app.server
app.layout = html.Div([html.Div(id=name) for name in ("in", "sync-out", "async-out", "sleep-out")])


@app.callback(Output("sync-out", "children"), Input("in", "children"))
def sync_echo(value):
    return value


@app.callback(Output("async-out", "children"), Input("in", "children"))
async def async_echo(value):
    return value


@app.callback(Output("sleep-out", "children"), Input("in", "title"))
async def async_sleep(value):
    await asyncio.sleep(1)
    return value


if __name__ == "__main__":
    app.run(host=os.environ["HOST"], port=int(os.environ["PORT"]), debug=False)
