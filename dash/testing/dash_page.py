"""Dash-specific page helpers: the renderer's redux store, DOM snapshots, web storage.

Mixed into ``Browser``; relies on its ``driver`` and ``find_element``.
"""
from typing import Any, Callable

from bs4 import BeautifulSoup


class DashPageMixin:
    """Read a running Dash page: ``window.store`` state, entry-point HTML, storage."""

    # Provided by Browser.
    driver: Any
    find_element: Callable[..., Any]

    def _get_dash_dom_by_attribute(self, attr: str) -> BeautifulSoup:
        html = self.find_element(self.dash_entry_locator).get_attribute(attr)
        # lxml, as upstream: it wraps the fragment in <html><body>, which suites index into.
        return BeautifulSoup(html or "", "lxml")

    @property
    def devtools_error_count_locator(self) -> str:
        """CSS selector of the dev-tools error counter (present when errors occurred)."""
        return ".test-devtools-error-count"

    @property
    def dash_entry_locator(self) -> str:
        """CSS selector of the element the renderer mounts into."""
        return "#react-entry-point"

    @property
    def dash_outerhtml_dom(self) -> BeautifulSoup:
        """The entry point's outerHTML, parsed with BeautifulSoup."""
        return self._get_dash_dom_by_attribute("outerHTML")

    @property
    def dash_innerhtml_dom(self) -> BeautifulSoup:
        """The entry point's innerHTML, parsed with BeautifulSoup."""
        return self._get_dash_dom_by_attribute("innerHTML")

    @property
    def redux_state_paths(self) -> Any:
        """``{"strs": ..., "objs": ...}``: where each component id sits in the layout."""
        return self.driver.execute_script(
            "var p = window.store.getState().paths; return {strs: p.strs, objs: p.objs};"
        )

    @property
    def redux_state_rqs(self) -> Any:
        """Every callback in flight: queued, then running (or awaiting a job)."""
        return self.driver.execute_script(
            "var s = window.store.getState();"
            "return (s.pendingCallbacks || []).concat(s.requestQueue || []);"
        )

    @property
    def redux_state_is_loading(self) -> bool:
        """True while any callback or background job is in flight."""
        return bool(self.driver.execute_script("return window.store.getState().isLoading;"))

    @property
    def window_store(self) -> Any:
        """``window.store`` (``None`` before the renderer has started)."""
        return self.driver.execute_script("return window.store;")

    def _get_storage(self, storage: str, key: str) -> Any:
        return self.driver.execute_script(
            f"return JSON.parse(window.{storage}.getItem(arguments[0]));", key
        )

    def get_local_storage(self, store_id: str = "local") -> Any:
        """The JSON value stored in ``localStorage`` under ``store_id``."""
        return self._get_storage("localStorage", store_id)

    def get_session_storage(self, session_id: str = "session") -> Any:
        """The JSON value stored in ``sessionStorage`` under ``session_id``."""
        return self._get_storage("sessionStorage", session_id)

    def clear_local_storage(self) -> None:
        """Empty ``localStorage`` for the current origin."""
        self.driver.execute_script("window.localStorage.clear();")

    def clear_session_storage(self) -> None:
        """Empty ``sessionStorage`` for the current origin."""
        self.driver.execute_script("window.sessionStorage.clear();")

    def clear_storage(self) -> None:
        """Empty both ``localStorage`` and ``sessionStorage``."""
        self.clear_local_storage()
        self.clear_session_storage()
