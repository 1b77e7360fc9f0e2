"""Exceptions raised by dash.testing."""
try:
    # A wait that times out is also a Selenium TimeoutException, so tests written
    # against upstream (``pytest.raises(TimeoutException)``) keep working.
    from selenium.common.exceptions import TimeoutException as _TimeoutBase
except ImportError:  # selenium is optional for the runners-only use of this package
    _TimeoutBase = Exception  # type: ignore[misc,assignment]


class DashTestingError(Exception):
    """Base class of every dash.testing error."""


class InvalidDriverError(DashTestingError):
    """The requested webdriver is not supported or could not be started."""


class NoAppFoundError(DashTestingError):
    """``import_app`` found no Dash app under the given name."""


class DashAppLoadingError(DashTestingError):
    """The Dash page did not render its entry point in time."""


class ServerCloseError(DashTestingError):
    """A test server did not stop (or did not free its port) in time."""


class BrowserError(DashTestingError):
    """A browser operation cannot be performed (e.g. no such window)."""


class TestingTimeoutError(_TimeoutBase, DashTestingError):  # type: ignore[misc]
    """A wait condition was not met within its timeout.

    ``args[0]`` is the message on every Selenium release (newer ones keep no ``args``),
    since users' suites compare it, as upstream's own do.
    """

    __test__ = False  # not a pytest test class despite its name

    def __init__(self, msg: str = "", *args: object) -> None:
        super().__init__(msg, *args)
        self.args = (msg, *args)
