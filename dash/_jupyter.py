"""`dash.jupyter_dash`: Jupyter integration is not part of this version.

The object exists so code that reads ``jupyter_dash.default_mode`` or checks
``jupyter_dash.in_ipython`` keeps working; anything that needs a notebook front end says
plainly that it is unsupported instead of doing nothing.
"""
import sys


class JupyterDash:
    """Placeholder for upstream's Jupyter helper; apps always run as a normal server."""

    default_mode = "inline"
    alive_token = None
    inline_exceptions = True

    @property
    def in_ipython(self) -> bool:
        """True when running under IPython (only informative here)."""
        return "IPython" in sys.modules and getattr(
            sys.modules["IPython"], "get_ipython", lambda: None
        )() is not None

    @property
    def in_colab(self) -> bool:
        return "google.colab" in sys.modules

    @property
    def active(self) -> bool:
        """Always False: apps never display inside a notebook in this version."""
        return False

    def infer_jupyter_proxy_config(self) -> None:
        """Unsupported here: raises with a clear message."""
        raise NotImplementedError(
            "jupyter_dash.infer_jupyter_proxy_config() is not supported in this version "
            "of Dash: run the app with app.run() and open it in a browser."
        )


jupyter_dash = JupyterDash()
