"""Polling helpers and the expected conditions behind ``Browser.wait_for_*``.

Each condition is a callable taking the webdriver and returning the matching element
(truthy) or ``False``. Conditions remember what they last saw, so a timeout message can
show the actual value next to the expected one.
"""
import logging
import time
from typing import Any, Callable, Optional

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from .errors import TestingTimeoutError

logger = logging.getLogger(__name__)


def until(
    wait_cond: Callable[[], Any],
    timeout: float,
    poll: float = 0.1,
    msg: str = "expected condition not met within timeout",
) -> Any:
    """Call ``wait_cond`` until it returns a truthy value; return that value.

    Raises ``TestingTimeoutError(msg)`` when ``timeout`` seconds pass first.
    """
    end = time.monotonic() + timeout
    while True:
        res = wait_cond()
        if res:
            return res
        if time.monotonic() >= end:
            raise TestingTimeoutError(msg)
        time.sleep(poll)


def until_not(
    wait_cond: Callable[[], Any],
    timeout: float,
    poll: float = 0.1,
    msg: str = "expected condition met within timeout",
) -> Any:
    """Call ``wait_cond`` until it returns a falsy value; return that value."""
    end = time.monotonic() + timeout
    while True:
        res = wait_cond()
        if not res:
            return res
        if time.monotonic() >= end:
            raise TestingTimeoutError(msg)
        time.sleep(poll)


class _ElementCondition:
    """Finds ``selector`` (CSS) and tests the element; stale/missing means not yet."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        self.last_seen: Optional[str] = None  # None: the element was never found

    def check(self, elem: WebElement) -> bool:
        raise NotImplementedError

    def __call__(self, driver: WebDriver) -> Any:
        try:
            elem = driver.find_element(By.CSS_SELECTOR, self.selector)
            return elem if self.check(elem) else False
        except WebDriverException:  # missing or re-rendered between find and read
            return False


def _text_message(cond: Any, outcome: str) -> str:
    seen = f"found: {cond.last_seen}" if cond.last_seen is not None else f"{cond.selector} not found"
    return f"text -> {cond.text} {outcome} within {cond.timeout}s, {seen}"


class text_to_equal(_ElementCondition):  # noqa: N801 - upstream name
    """The element's text (or ``value``, for inputs) equals ``text``.

    ``timeout`` is only quoted by ``message`` (upstream's signature).
    """

    def __init__(self, selector: str, text: str, timeout: Optional[float] = None) -> None:
        super().__init__(selector)
        self.text = str(text)
        self.timeout = timeout

    def message(self) -> str:
        """Upstream's timeout text, which users' suites match."""
        return _text_message(self, "not found")

    def check(self, elem: WebElement) -> bool:
        self.last_seen = elem.text
        if self.last_seen == self.text:
            return True
        value = elem.get_attribute("value")
        if value is not None and value == self.text:
            self.last_seen = value
            return True
        return False


class contains_text(_ElementCondition):  # noqa: N801
    """The element's text (or ``value``) contains ``text``."""

    def __init__(self, selector: str, text: str, timeout: Optional[float] = None) -> None:
        super().__init__(selector)
        self.text = str(text)
        self.timeout = timeout

    def message(self) -> str:
        """Upstream's timeout text, which users' suites match."""
        return _text_message(self, "not found inside element")

    def check(self, elem: WebElement) -> bool:
        self.last_seen = elem.text
        value = elem.get_attribute("value") or ""
        return self.text in self.last_seen or self.text in value


class class_to_equal(_ElementCondition):  # noqa: N801
    """The element's ``class`` attribute equals ``classname``."""

    def __init__(self, selector: str, classname: str) -> None:
        super().__init__(selector)
        self.classname = classname

    def check(self, elem: WebElement) -> bool:
        self.last_seen = elem.get_attribute("class")
        return self.last_seen == self.classname


class contains_class(_ElementCondition):  # noqa: N801
    """The element's class list contains every class in ``classname``."""

    def __init__(self, selector: str, classname: str) -> None:
        super().__init__(selector)
        self.classname = classname

    def check(self, elem: WebElement) -> bool:
        self.last_seen = elem.get_attribute("class") or ""
        return set(self.classname.split()) <= set(self.last_seen.split())


class style_to_equal(_ElementCondition):  # noqa: N801
    """The element's computed CSS property ``style`` equals ``val``."""

    def __init__(self, selector: str, style: str, val: str) -> None:
        super().__init__(selector)
        self.style = style
        self.val = val

    def check(self, elem: WebElement) -> bool:
        self.last_seen = elem.value_of_css_property(self.style)
        return self.last_seen == self.val
