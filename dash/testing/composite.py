"""``DashComposite``: a Browser paired with a server runner (the ``dash_duo`` object)."""
from typing import Any

from .browser import Browser


class DashComposite(Browser):
    """A browser plus the runner that serves the app under test.

    ``server`` is a runner (``ThreadedRunner``, ``MultiProcessRunner``...); ``kwargs``
    are ``Browser`` arguments. Leaving the context stops the browser and the server.
    """

    def __init__(self, server: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.server = server

    def start_server(self, app: Any, navigate: bool = True, **kwargs: Any) -> None:
        """Start ``app`` with the runner (``kwargs`` go to it, e.g. ``debug=True``)
        and, with ``navigate``, open it and wait for the page."""
        self.server(app, **kwargs)
        if navigate:
            self.server_url = self.server.url

    def __exit__(self, exc_type: Any, exc_val: Any, traceback: Any) -> None:
        try:
            super().__exit__(exc_type, exc_val, traceback)
        finally:
            if self.server.started and not self.server.keep_open:
                self.server.stop()
