"""Entry point of ``ProcessRunner``: ``python -m dash.testing._process MODULE NAME PORT``
imports ``MODULE`` (from the working directory) and runs its app ``NAME`` on 127.0.0.1."""
import sys

from .application_runners import HOST, _prepare_app, import_app


def main(argv: list) -> None:
    if len(argv) != 3:
        sys.exit("usage: python -m dash.testing._process MODULE APP_NAME PORT")
    module, name, port = argv
    # `python -m` puts the working directory on sys.path, so test-local modules import.
    app = import_app(module, application_name=name)
    _prepare_app(app)
    app.run(host=HOST, port=int(port), debug=False, dev_tools_disable_version_check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
