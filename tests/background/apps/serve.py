"""Run an app module of this directory on the dev server: serve.py <module> <port> [debug]."""
import importlib
import sys

module = importlib.import_module(sys.argv[1])
module.app.run(
    host="127.0.0.1",
    port=int(sys.argv[2]),
    debug=len(sys.argv) > 3 and sys.argv[3] == "debug",
    use_reloader=False,
    dev_tools_hot_reload=False,
)
