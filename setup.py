"""Distribution of the `dash` package.

The JavaScript bundles (renderer, component libraries, React UMD files) are build
outputs. `pip install .` and `pip install -e .` run the npm build when they are missing
or older than their sources; a wheel carries them, so installing a wheel needs no Node.js.
"""
import os
import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py
from setuptools.command.develop import develop

HERE = Path(__file__).resolve().parent

# Files the npm build writes into the Python package.
BUNDLE_OUTPUTS = [
    "dash/deps/react@18.3.1.min.js",
    "dash/deps/react-dom@18.3.1.min.js",
    "dash/deps/prop-types@15.8.1.min.js",
    "dash/deps/regenerator-runtime@0.14.1.min.js",
    "dash/dash-renderer/build/dash_renderer.min.js",
    "dash/html/dash_html_components.min.js",
    "dash/dcc/dash_core_components.js",
    "dash/dash_table/bundle.js",
]
BUNDLE_SOURCES = ["dash-renderer", "components", "package.json", "package-lock.json"]


def _newest_mtime(path: Path) -> float:
    if path.is_file():
        return path.stat().st_mtime
    newest = 0.0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if d not in ("node_modules", "dist", "build")]
        for name in files:
            newest = max(newest, (Path(root) / name).stat().st_mtime)
    return newest


def bundles_are_stale() -> bool:
    outputs = [HERE / out for out in BUNDLE_OUTPUTS]
    if not all(out.exists() for out in outputs):
        return True
    sources = [HERE / src for src in BUNDLE_SOURCES if (HERE / src).exists()]
    if not sources:  # an sdist or wheel build without JS sources: trust the outputs
        return False
    oldest_output = min(out.stat().st_mtime for out in outputs)
    return max(_newest_mtime(src) for src in sources) > oldest_output


def build_bundles() -> None:
    if not bundles_are_stale():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "The JavaScript bundles are missing or stale and npm is not installed. "
            "Install Node.js 18+ and npm, or install a built wheel."
        )
    if not (HERE / "node_modules").exists():
        subprocess.check_call([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE)
    subprocess.check_call([npm, "run", "build"], cwd=HERE)


class BuildPyWithBundles(build_py):
    def run(self):
        build_bundles()
        super().run()


class DevelopWithBundles(develop):
    def run(self):
        build_bundles()
        super().run()


def read_requirements(name: str) -> list:
    lines = (HERE / "requirements" / f"{name}.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


version_ns: dict = {}
exec((HERE / "dash" / "version.py").read_text(), version_ns)

setup(
    name="dash",
    version=version_ns["__version__"],
    description="A framework for building reactive analytical web apps in Python, "
    "with background callbacks built in.",
    long_description=(HERE / "README.md").read_text(),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.9",
    packages=find_packages(include=["dash", "dash.*"]),
    include_package_data=True,
    package_data={
        "dash": [
            "deps/*.js",
            "dash-renderer/build/*.js",
            "html/*.js",
            "html/*.json",
            "dcc/*.js",
            "dcc/*.json",
            "dash_table/*.js",
            "dash_table/*.json",
            "development/*.json",
            "favicon.ico",
        ]
    },
    install_requires=read_requirements("install"),
    extras_require={
        "async": read_requirements("async"),
        "diskcache": read_requirements("diskcache"),
        "celery": read_requirements("celery"),
        "testing": read_requirements("testing"),
        "dev": read_requirements("dev"),
    },
    entry_points={
        "pytest11": ["dash = dash.testing.plugin"],
        "console_scripts": [],
    },
    cmdclass={"build_py": BuildPyWithBundles, "develop": DevelopWithBundles},
    classifiers=[
        "Framework :: Dash",
        "Framework :: Flask",
        "License :: OSI Approved :: MIT License",
        "Programming Language :: Python :: 3",
    ],
)
