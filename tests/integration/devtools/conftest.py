"""A tiny third-party-style component library for the dev tools tests: its bundle (an
asset file) declares propTypes through the page's ``window.PropTypes``, as real
libraries do, and one component throws while rendering when asked to."""
from pathlib import Path

import pytest

from dash.development.base_component import Component

BUNDLE = """
// Throws from a same-origin script (errors of injected test scripts are muted by the browser).
window.dvtFailLater = function (message) {
  setTimeout(function () { throw new Error(message); }, 0);
};
window.dvt_lib = (function () {
  var h = React.createElement;
  function Typed(props) {
    if (props.explode) { throw new Error("Typed render exploded"); }
    return h("div", {id: props.id, className: "typed"}, props.label + ":" + String(props.count));
  }
  Typed.propTypes = {
    id: PropTypes.string,
    count: PropTypes.number,
    label: PropTypes.string.isRequired,
    explode: PropTypes.bool,
    setProps: PropTypes.func
  };
  Typed.defaultProps = {label: "typed"};
  return {Typed: Typed};
})();
"""


class Typed(Component):
    """``dvt_lib.Typed``: shows ``label:count``."""

    _namespace = "dvt_lib"
    _type = "Typed"
    _prop_names = ["id", "count", "label", "explode"]
    _base_nodes: list = []
    _children_props: list = []

    def __init__(self, id=None, count=None, label=None, explode=None, **kwargs):  # pylint: disable=redefined-builtin
        given = dict(id=id, count=count, label=label, explode=explode, **kwargs)
        super().__init__(**{k: v for k, v in given.items() if v is not None})


class ErrorList:
    """The dev tools' error list as upstream's DOM has it (newest error first)."""

    def __init__(self, browser):
        self.browser = browser

    def titles(self):
        return [e.text for e in self.browser.find_elements(".dash-fe-error__title")]

    def detail(self, index=0):
        """Expands error ``index`` (0 = newest), returns its detail text and collapses it."""
        self.browser.find_elements(".test-devtools-error-toggle")[index].click()
        item = self.browser.find_elements(".dash-error-card__content")[index]
        text = item.find_element("css selector", ".dash-backend-error, .dash-fe-error__info").text
        self.browser.find_elements(".test-devtools-error-toggle")[index].click()
        return text


@pytest.fixture
def error_list(dash_duo):
    return ErrorList(dash_duo)


@pytest.fixture
def assets_with_lib(tmp_path: Path) -> Path:
    """An assets folder holding the library's bundle (loaded after React and PropTypes)."""
    (tmp_path / "dvt_lib.js").write_text(BUNDLE)
    return tmp_path


@pytest.fixture
def typed_component() -> type:
    """The ``dvt_lib.Typed`` component class."""
    return Typed
