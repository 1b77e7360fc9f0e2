"""Each third-party library's declared requirement on ``dash`` accepts our version,
so ``pip install <library>`` never tries to replace this package."""
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import dash

LIBRARIES = ["dash-ag-grid", "dash-bootstrap-components", "dash-mantine-components"]


def _dash_requirements(distribution: str) -> list:
    """The unconditional ``Requires-Dist`` entries of ``distribution`` that name dash
    (extras such as ``dev`` or ``testing`` are not installed by users)."""
    found = []
    for line in metadata.requires(distribution) or []:
        requirement = Requirement(line)
        if requirement.name.lower() != "dash":
            continue
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        found.append(requirement)
    return found


@pytest.mark.parametrize("distribution", LIBRARIES)
def test_tp_version_satisfies_requires_dist(distribution):
    requirements = _dash_requirements(distribution)
    assert requirements, f"{distribution} declares no requirement on dash"
    ours = Version(dash.__version__)
    for requirement in requirements:
        assert requirement.specifier.contains(ours, prereleases=True), (
            f"{distribution} requires {requirement}, dash is {ours}"
        )


def test_tp_version_matches_distribution_metadata():
    # pip resolves against the installed distribution's metadata, not the module
    # attribute: both must agree or a library install could replace this package.
    assert metadata.version("dash") == dash.__version__
