"""``Browser``: a Selenium 4 webdriver wrapped with Dash-aware waits and helpers."""
import copy
import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Union

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options as ChromeOptions
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.firefox.options import Options as FirefoxOptions
from selenium.webdriver.remote.webelement import WebElement

from .artifacts import artifact_path
from .consts import SELENIUM_GRID_DEFAULT
from .dash_page import DashPageMixin
from .errors import BrowserError, DashAppLoadingError, InvalidDriverError
from .errors import TestingTimeoutError
from .wait import (
    class_to_equal,
    contains_class,
    contains_text,
    style_to_equal,
    text_to_equal,
    until,
)

logger = logging.getLogger(__name__)

# Flags every local Chromium gets: no sandbox (containers), and nothing that talks to
# the network or to Google services behind the test's back.
CHROME_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)
# A page is loaded once the renderer holds the layout, or shows an error (dev tools
# UI error list or count) that a test may want to inspect.
RENDERED_OR_FAILED_JS = """
return !!(window.store && window.store.getState().layout) || !!document.querySelector(
    '.dash-fe-error__title, .test-devtools-error-count, .dash-fatal-error');
"""
# True once no callback is in flight (or the page has no Dash renderer).
CALLBACKS_IDLE_JS = "return !window.store || !window.store.getState().isLoading;"
# What a loading error shows of the page: the entry point, else the body.
PAGE_HTML_JS = """
var entry = document.getElementById('react-entry-point');
return entry ? entry.outerHTML : document.body.innerHTML;
"""
MAX_HTML_IN_ERRORS = 2000
# Selenium's implicit wait for find_element(s); explicit waits switch it off.
IMPLICIT_WAIT = 2


def _chromium_binary() -> Optional[str]:
    """``CHROME_BIN``, else a system Chromium, else None (Selenium's own lookup)."""
    candidates = [os.environ.get("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser"]
    return next((c for c in candidates if c and os.path.exists(c)), None)


def _chromedriver_path() -> Optional[str]:
    """``CHROMEDRIVER_PATH``, else ``chromedriver`` on PATH, else /usr/bin/chromedriver."""
    candidates = [
        os.environ.get("CHROMEDRIVER_PATH"),
        shutil.which("chromedriver"),
        "/usr/bin/chromedriver",
    ]
    return next((c for c in candidates if c and os.path.exists(c)), None)


class Browser(DashPageMixin):
    """A webdriver session with the ``dash.testing`` helper API.

    ``browser`` is ``"Chrome"`` or ``"Firefox"``; ``options`` is a webdriver options
    object, a list whose first usable item is one (what ``pytest_setup_options``
    hooks return), or a dict of extra capabilities. Without a ``DISPLAY`` the browser
    always runs headless.
    """

    def __init__(
        self,
        browser: str,
        remote: bool = False,
        remote_url: Optional[str] = None,
        headless: bool = False,
        options: Union[dict, list, None] = None,
        download_path: str = "",
        percy_run: bool = True,
        percy_finalize: bool = True,
        percy_assets_root: str = "",
        wait_timeout: int = 10,
        pause: bool = False,
    ) -> None:
        self._browser = browser.lower()
        self._remote_url = remote_url
        self._remote = remote
        self._headless = headless or not os.environ.get("DISPLAY")
        self._options = options
        self._download_path = download_path
        # Percy is not used: snapshots are PNG files in the artifacts dir, and
        # ``percy_run=False`` turns them off. There is no Percy build to finalize or
        # upload assets to, so ``percy_finalize``/``percy_assets_root`` are accepted only.
        self._percy_run = percy_run
        self._wait_timeout: float = wait_timeout
        self._pause = pause

        self._user_data_dir: Optional[str] = None
        self._last_ts = 0
        self._console_history: List[Dict[str, Any]] = []
        self._url: Optional[str] = None
        self._window_idx = 0

        self._driver = self.get_webdriver()
        self._driver.implicitly_wait(IMPLICIT_WAIT)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, exc_type: Any, exc_val: Any, traceback: Any) -> None:
        """End the webdriver session and delete the browser profile directory."""
        try:
            self._driver.quit()
        except WebDriverException:
            logger.exception("webdriver quit failed")
        finally:
            if self._user_data_dir:
                shutil.rmtree(self._user_data_dir, ignore_errors=True)
                self._user_data_dir = None

    # ---- driver creation -------------------------------------------------------

    def get_webdriver(self) -> Any:
        """Start and return the Selenium webdriver this Browser was configured for."""
        # Never let Selenium Manager download drivers: the system chromedriver is used.
        os.environ.setdefault("SE_OFFLINE", "true")
        if self._browser == "chrome":
            return self._get_chrome()
        if self._browser == "firefox":
            return self._get_firefox()
        raise InvalidDriverError(f"unsupported webdriver {self._browser!r}: use Chrome or Firefox")

    def _user_options(self, cls: type) -> Any:
        """The caller's options object of type ``cls`` (or a new one), with dict
        ``options`` applied as capabilities."""
        candidates = self._options if isinstance(self._options, list) else [self._options]
        given = next((o for o in candidates if isinstance(o, cls)), None)
        # A copy: a hook may hand out the same object to every test, and each session
        # adds its own arguments (e.g. its profile directory).
        options: Any = copy.deepcopy(given) if given is not None else cls()
        if isinstance(self._options, dict):
            for name, value in self._options.items():
                options.set_capability(name, value)
        return options

    def _get_chrome(self) -> Any:
        options = self._user_options(ChromeOptions)
        options.set_capability("goog:loggingPrefs", {"browser": "SEVERE"})
        if self._download_path:
            options.add_experimental_option(
                "prefs",
                {
                    "download.default_directory": self._download_path,
                    "download.prompt_for_download": False,
                    "download.directory_upgrade": True,
                    "safebrowsing.enabled": False,
                },
            )
        if self._headless:
            options.add_argument("--headless=new")
        if self._remote:
            return self._get_remote(options)

        binary = _chromium_binary()
        if binary:
            options.binary_location = binary
        for flag in CHROME_FLAGS:
            options.add_argument(flag)
        # A fresh profile per session: no state leaks between tests.
        self._user_data_dir = tempfile.mkdtemp(prefix="dash-chrome-")
        options.add_argument(f"--user-data-dir={self._user_data_dir}")
        service = ChromeService(executable_path=_chromedriver_path())
        try:
            return webdriver.Chrome(service=service, options=options)
        except WebDriverException:
            shutil.rmtree(self._user_data_dir, ignore_errors=True)
            raise

    def _get_firefox(self) -> Any:
        options = self._user_options(FirefoxOptions)
        if self._headless:
            options.add_argument("-headless")
        if self._download_path:
            options.set_preference("browser.download.folderList", 2)
            options.set_preference("browser.download.dir", self._download_path)
            options.set_preference(
                "browser.helperApps.neverAsk.saveToDisk", "application/octet-stream"
            )
        if self._remote:
            return self._get_remote(options)
        return webdriver.Firefox(options=options)

    def _get_remote(self, options: Any) -> Any:
        return webdriver.Remote(
            command_executor=self._remote_url or SELENIUM_GRID_DEFAULT, options=options
        )

    # ---- properties ------------------------------------------------------------

    @property
    def driver(self) -> Any:
        """The Selenium webdriver."""
        return self._driver

    @property
    def session_id(self) -> str:
        """The webdriver session id."""
        return self._driver.session_id

    @property
    def server_url(self) -> Optional[str]:
        """The app's base URL; setting it navigates there and waits for the page."""
        return self._url

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._url = value
        self.wait_for_page()

    @property
    def download_path(self) -> str:
        """Directory the browser saves downloads into."""
        return self._download_path

    @property
    def wait_timeout(self) -> float:
        """Default timeout (seconds) of every ``wait_for_*`` call."""
        return self._wait_timeout

    @wait_timeout.setter
    def wait_timeout(self, value: float) -> None:
        self._wait_timeout = value

    # ---- finding and waiting ---------------------------------------------------

    def find_element(self, selector: str, attribute: str = "CSS_SELECTOR") -> WebElement:
        """The first element matching ``selector``; ``attribute`` names the ``By``
        strategy (``"CSS_SELECTOR"``, ``"ID"``, ``"XPATH"``...)."""
        return self._driver.find_element(getattr(By, attribute.upper()), selector)

    def find_elements(self, selector: str, attribute: str = "CSS_SELECTOR") -> List[WebElement]:
        """Every element matching ``selector`` (possibly none)."""
        return self._driver.find_elements(getattr(By, attribute.upper()), selector)

    def _get_element(self, elem_or_selector: Union[str, WebElement]) -> WebElement:
        if isinstance(elem_or_selector, str):
            return self.find_element(elem_or_selector)
        return elem_or_selector

    @contextmanager
    def _no_implicit_wait(self) -> Iterator[None]:
        # Explicit waits poll themselves; an implicit wait would stall every poll that
        # finds nothing (and make wait_for_no_elements always take 2s).
        self._driver.implicitly_wait(0)
        try:
            yield
        finally:
            self._driver.implicitly_wait(IMPLICIT_WAIT)

    def _wait_for(
        self,
        method: Callable[[Any], Any],
        timeout: Optional[float] = None,
        msg: Union[str, Callable[[], str], None] = None,
    ) -> Any:
        """Poll ``method(driver)`` until truthy and return its value; on timeout raise
        ``TestingTimeoutError`` with ``msg`` (a string, or a callable evaluated then, so
        it can quote what was last seen)."""
        timeout = self._wait_timeout if timeout is None else timeout
        with self._no_implicit_wait():
            try:
                return until(lambda: method(self._driver), timeout)
            except TestingTimeoutError:
                text = msg() if callable(msg) else msg
                raise TestingTimeoutError(text or f"condition not met within {timeout}s") from None

    def _first(self, by: str, selector: str) -> Callable[[Any], Any]:
        def condition(driver: Any) -> Any:
            found = driver.find_elements(by, selector)
            return found[0] if found else False

        return condition

    def wait_for_element(self, selector: str, timeout: Optional[float] = None) -> WebElement:
        """Wait for an element matching CSS ``selector``; return it."""
        return self.wait_for_element_by_css_selector(selector, timeout)

    def wait_for_element_by_css_selector(
        self, selector: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait for an element matching CSS ``selector``; return it."""
        return self._wait_for(
            self._first(By.CSS_SELECTOR, selector),
            timeout,
            f"timeout {self._timeout(timeout)}s => waiting for selector {selector}",
        )

    def wait_for_element_by_id(
        self, element_id: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait for the element with id ``element_id``; return it."""
        return self._wait_for(
            self._first(By.ID, element_id),
            timeout,
            f"timeout {self._timeout(timeout)}s => waiting for element id {element_id}",
        )

    def wait_for_no_elements(self, selector: str, timeout: Optional[float] = None) -> bool:
        """Wait until nothing matches CSS ``selector``."""
        return self._wait_for(
            lambda driver: not driver.find_elements(By.CSS_SELECTOR, selector),
            timeout,
            f"timeout {self._timeout(timeout)}s => waiting for no elements matching {selector}",
        )

    def _timeout(self, timeout: Optional[float]) -> float:
        return self._wait_timeout if timeout is None else timeout

    def wait_for_text_to_equal(
        self, selector: str, text: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait until the element's text (or input value) equals ``text``."""
        cond = text_to_equal(selector, text, self._timeout(timeout))
        return self._wait_for(cond, timeout, cond.message)

    def wait_for_contains_text(
        self, selector: str, text: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait until the element's text (or input value) contains ``text``."""
        cond = contains_text(selector, text, self._timeout(timeout))
        return self._wait_for(cond, timeout, cond.message)

    def wait_for_class_to_equal(
        self, selector: str, classname: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait until the element's ``class`` attribute equals ``classname``."""
        return self._wait_for(
            class_to_equal(selector, classname),
            timeout,
            f"classname => {classname} not found within {self._timeout(timeout)}s",
        )

    def wait_for_contains_class(
        self, selector: str, classname: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait until the element's class list contains ``classname``."""
        return self._wait_for(
            contains_class(selector, classname),
            timeout,
            f"classname -> {classname} not found inside element within {self._timeout(timeout)}s",
        )

    def wait_for_style_to_equal(
        self, selector: str, style: str, val: str, timeout: Optional[float] = None
    ) -> WebElement:
        """Wait until the element's computed CSS ``style`` equals ``val``."""
        return self._wait_for(
            style_to_equal(selector, style, val),
            timeout,
            f"style val => {style} {val} not found within {self._timeout(timeout)}s",
        )

    def wait_for_page(self, url: Optional[str] = None, timeout: float = 10) -> None:
        """Load ``url`` (default: ``server_url``) and wait until the Dash renderer has
        rendered the layout or is showing an error.

        A page without Dash's entry point raises ``DashAppLoadingError``. A Dash page
        whose renderer never renders (a Content-Security-Policy blocking its scripts, a
        broken asset) only logs a warning after ``timeout``, as upstream returns once the
        entry point exists: the test's next lookup then fails with Selenium's own error.
        It does not wait for callbacks to finish: tests may want to see the page while
        a callback is still running (spinners, progress).
        """
        self._driver.get(self._url if url is None else url)
        try:
            self.wait_for_element_by_css_selector(self.dash_entry_locator, timeout=timeout)
        except TestingTimeoutError as exc:
            raise DashAppLoadingError(f"the Dash app did not load in the browser: {exc}\n{self._page_report()}") from exc
        try:
            self._wait_for(
                lambda driver: driver.execute_script(RENDERED_OR_FAILED_JS),
                timeout,
                "the renderer rendered neither the layout nor an error",
            )
        except TestingTimeoutError as exc:
            logger.warning("The Dash page did not render: %s\n%s", exc, self._page_report())
        if self._pause:
            import pdb  # noqa: T100 - --pause asks for an interactive stop

            pdb.set_trace()  # noqa: T100

    def _page_report(self) -> str:
        logs = "\n".join(str(entry) for entry in self.get_logs() or [])
        html = self._driver.execute_script(PAGE_HTML_JS)[:MAX_HTML_IN_ERRORS]
        return f"HTML => {html}\nConsole logs => {logs}"

    # ---- interactions ----------------------------------------------------------

    def multiple_click(
        self, elem_or_selector: Union[str, WebElement], clicks: int, delay: Optional[float] = None
    ) -> None:
        """Click the element ``clicks`` times, sleeping ``delay`` seconds after each."""
        elem = self._get_element(elem_or_selector)
        for _ in range(clicks):
            elem.click()
            if delay:
                time.sleep(delay)

    def clear_input(self, elem_or_selector: Union[str, WebElement]) -> None:
        """Empty a text input the way a user would (select all, delete), so the app
        sees the change events."""
        elem = self._get_element(elem_or_selector)
        (
            ActionChains(self._driver)
            .move_to_element(elem)
            .click(elem)
            .send_keys(Keys.END)
            .key_down(Keys.SHIFT)
            .send_keys(Keys.HOME)
            .key_up(Keys.SHIFT)
            .send_keys(Keys.DELETE)
            .perform()
        )

    def select_dcc_dropdown(
        self,
        elem_or_selector: Union[str, WebElement],
        value: Optional[str] = None,
        index: Optional[int] = None,
    ) -> None:
        """Open a ``dcc.Dropdown`` and pick the option at ``index`` or labelled ``value``."""
        dropdown = self._get_element(elem_or_selector)
        dropdown.click()

        def shown_options(_driver: Any) -> Any:
            # The open menu sits beside the trigger, in the dropdown's wrapper.
            found = self.driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-content .dash-dropdown-option")
            return found or False

        options = self._wait_for(shown_options, None, lambda: "the dropdown shows no options")
        if isinstance(index, int):
            if not -len(options) <= index < len(options):
                raise BrowserError(f"dropdown has {len(options)} options, no index {index}")
            options[index].click()
            return
        for option in options:
            if option.text == value:
                option.click()
                return
        labels = [option.text for option in options]
        raise BrowserError(f"dropdown has no option {value!r}; options: {labels}")

    def _pointer_at(self, elem: WebElement, fx: float, fy: float) -> ActionChains:
        """Actions with the pointer at (``fx``, ``fy``) fractions of ``elem``, from its
        top-left corner, in viewport coordinates (Selenium releases disagree on where
        element offsets are measured from, so none are used)."""
        self._driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", elem)
        rect = self._driver.execute_script(
            "var r = arguments[0].getBoundingClientRect();"
            "return [r.left, r.top, r.width, r.height];",
            elem,
        )
        chain = ActionChains(self._driver)
        chain.w3c_actions.pointer_action.move_to_location(
            int(rect[0] + rect[2] * fx), int(rect[1] + rect[3] * fy)
        )
        return chain

    def zoom_in_graph_by_ratio(
        self,
        elem_or_selector: Union[str, WebElement],
        start_fraction: float = 0.5,
        zoom_box_fraction: float = 0.2,
        compare: bool = True,
    ) -> None:
        """Drag a zoom box on a graph from ``start_fraction`` of its size, spanning
        ``zoom_box_fraction`` of it; with ``compare``, assert the graph changed."""
        elem = self._get_element(elem_or_selector)
        before = elem.get_attribute("innerHTML")
        box_w = int(elem.size["width"] * zoom_box_fraction)
        box_h = int(elem.size["height"] * zoom_box_fraction)
        (
            self._pointer_at(elem, start_fraction, start_fraction)
            .click_and_hold()
            .move_by_offset(box_w, box_h)
            .release()
            .perform()
        )
        if compare:
            after = elem.get_attribute("innerHTML")
            assert before != after, "graph content should change after zoom"

    def click_at_coord_fractions(
        self, elem_or_selector: Union[str, WebElement], fx: float, fy: float
    ) -> None:
        """Click at (``fx``, ``fy``) fractions of the element's width and height,
        measured from its top-left corner."""
        self._pointer_at(self._get_element(elem_or_selector), fx, fy).click().perform()

    # ---- windows ---------------------------------------------------------------

    def open_new_tab(self, url: Optional[str] = None) -> None:
        """Open ``url`` (default: ``server_url``) in a new tab (not switched to)."""
        self._driver.execute_script("window.open(arguments[0], 'new window');", url or self._url)

    def switch_window(self, idx: int = 0) -> None:
        """Switch to the ``idx``-th browser window or tab."""
        handles = self._driver.window_handles
        if idx >= len(handles):
            raise BrowserError(f"there is no window {idx}: the browser has {len(handles)}")
        self._driver.switch_to.window(handles[idx])
        self._window_idx = idx

    def toggle_window(self) -> None:
        """Switch between the first two windows."""
        self._window_idx = (self._window_idx + 1) % 2
        self.switch_window(self._window_idx)

    # ---- console logs ----------------------------------------------------------

    def _read_console(self) -> List[Dict[str, Any]]:
        """Fetch the console entries logged since the last read (the driver hands
        each out once) and keep them in the session's history."""
        entries = self._driver.get_log("browser")
        self._console_history.extend(entries)
        return entries

    @property
    def _console_session_log(self) -> List[Dict[str, Any]]:
        """Every console entry of the session, including those already returned."""
        if self._browser == "chrome":
            self._read_console()
        return self._console_history

    def get_logs(self) -> Optional[List[Dict[str, Any]]]:
        """SEVERE browser console entries since the last call (Chrome only; ``None``
        with other browsers)."""
        if self._browser != "chrome":
            logger.warning("get_logs only works with Chrome; returning None")
            return None
        return [
            e for e in self._read_console()
            if e["level"] == "SEVERE" and e["timestamp"] > self._last_ts
        ]

    def reset_log_timestamp(self) -> None:
        """Drop the console entries logged so far from later ``get_logs`` results."""
        if self._browser == "chrome":
            entries = self._read_console()
            if entries:
                self._last_ts = entries[-1]["timestamp"]

    # ---- snapshots -------------------------------------------------------------

    def take_snapshot(self, name: str) -> Path:
        """Save a PNG screenshot as ``<artifacts dir>/<name>.png``; return its path."""
        path = artifact_path(name, ".png")
        if not self._driver.save_screenshot(str(path)):
            raise BrowserError(f"could not save screenshot {path}")
        return path

    def _wait_for_callbacks(self) -> bool:
        """Wait (up to ``wait_timeout``) until no callback is in flight; True then.

        Also usable as a predicate, e.g. ``until(dash_duo._wait_for_callbacks, 5)``.
        """
        self._wait_for(
            lambda driver: driver.execute_script(CALLBACKS_IDLE_JS),
            None,
            lambda: "callbacks are still running",
        )
        return True

    def percy_snapshot(
        self,
        name: str = "",
        wait_for_callbacks: bool = False,
        convert_canvases: bool = False,
        widths: Optional[List[int]] = None,
    ) -> List[Path]:
        """Visual snapshot. Percy is not used: a PNG is saved per width (or one at the
        current size) into the artifacts dir. ``convert_canvases`` exists for Percy's
        DOM snapshots; screenshots capture canvases as they are."""
        if not self._percy_run:
            return []
        if wait_for_callbacks:
            # Lenient like Percy's own wait: a never-ending background job must not
            # turn a snapshot into a failure.
            try:
                self._wait_for_callbacks()
            except TestingTimeoutError:
                logger.warning("snapshot %r taken while callbacks are still running", name)
        name = name or "snapshot"
        if not widths:
            return [self.take_snapshot(name)]
        original = self._driver.get_window_size()
        try:
            paths = []
            for width in widths:
                self._driver.set_window_size(width, original["height"])
                paths.append(self.take_snapshot(f"{name}_{width}"))
            return paths
        finally:
            self._driver.set_window_size(original["width"], original["height"])

    def visit_and_snapshot(
        self,
        resource_path: str,
        hook_id: str,
        wait_for_callbacks: bool = True,
        convert_canvases: bool = False,
        assert_check: bool = True,
        stay_on_page: bool = False,
        widths: Optional[List[int]] = None,
    ) -> None:
        """Open ``resource_path`` under ``server_url``, wait for element ``hook_id``,
        snapshot; with ``assert_check`` assert no dev-tools error and no console error;
        go back unless ``stay_on_page``."""
        path = resource_path.lstrip("/")
        try:
            self._driver.get(f"{(self._url or '').rstrip('/')}/{path}")
            self.wait_for_element_by_id(hook_id)
            self.percy_snapshot(
                path, wait_for_callbacks=wait_for_callbacks,
                convert_canvases=convert_canvases, widths=widths,
            )
            if assert_check:
                with self._no_implicit_wait():
                    alerts = self.find_elements("div.dash-debug-alert")
                    alerts += self.find_elements(self.devtools_error_count_locator)
                assert not alerts, "dev tools should not show an error"
                errors = self.get_logs()
                assert not errors, f"the browser console should have no errors: {errors}"
            if not stay_on_page:
                self._driver.back()
        except WebDriverException:
            self.take_snapshot(f"visit_and_snapshot-{path}")
            raise
