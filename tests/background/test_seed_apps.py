"""The six seed apps, unchanged, in a real browser on both managers.

Each app runs as its own process exactly as its author would start it
(``PORT=... python exN.py``, which uses ``app.run(debug=True)``), from a fresh working
directory (the diskcache apps create ``./cache`` there); with ``REDIS_URL`` set, a Celery
worker runs next to it (``celery -A exN:celery_app worker --concurrency=2``).
"""
import itertools
import shutil
import sys
import time

import pytest

from bg_support import BACKENDS, REPO, CeleryWorker, Proc, app_env, free_port, serves, wait_for

EXAMPLES = REPO / "examples"
# Redis databases 1-15 for the seed apps (0 is jobs_app's, whose worker runs all session).
_DATABASES = itertools.cycle(range(1, 16))


@pytest.fixture(params=BACKENDS)
def seed(request, tmp_path, dash_br):
    """``seed("ex1_simple")`` starts that app (and its worker) and opens it in the browser."""
    started = []

    def start(name: str, gunicorn: bool = False):
        port = free_port()
        extra = {"PORT": str(port), "PYTHONPATH": f"{REPO}:{EXAMPLES}:{tmp_path}"}
        if request.param == "celery":
            # A Redis database of its own: no other test's worker takes its tasks.
            database = next(_DATABASES)
            extra["REDIS_URL"] = request.getfixturevalue("redis_url").rsplit("/", 1)[0] + f"/{database}"
        env = app_env(**extra)
        if gunicorn:
            # The seed's deploy commands verbatim: the unchanged app file saved as app.py,
            # `gunicorn app:server --workers 4` and `celery -A app:celery_app worker ...`.
            shutil.copy(EXAMPLES / f"{name}.py", tmp_path / "app.py")
            name = "app"
            args = [sys.executable, "-m", "gunicorn", "app:server", "--workers", "4",
                    "--bind", f"127.0.0.1:{port}"]
        else:
            args = [sys.executable, str(EXAMPLES / f"{name}.py")]
        server = Proc(args, tmp_path / "server.log", env, cwd=tmp_path)
        started.append(server)
        if request.param == "celery":
            started.append(CeleryWorker(name, env, tmp_path / "worker.log", cwd=tmp_path))
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: serves(url), 30, f"{name} to serve")
        dash_br.server_url = url
        return dash_br

    yield start
    for proc in reversed(started):
        proc.stop()


def _disabled(br, selector: str) -> bool:
    return br.find_element(selector).get_attribute("disabled") is not None


def test_ex1_simple(seed):
    br = seed("ex1_simple")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked None times", timeout=15)
    br.find_element("#button_id").click()
    br.wait_for_text_to_equal("#paragraph_id", "Clicked 1 times", timeout=15)


def test_ex2_running(seed):
    br = seed("ex2_running")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked None times", timeout=15)
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "the button to be enabled")
    br.find_element("#button_id").click()
    wait_for(lambda: _disabled(br, "#button_id"), 5, "running: button disabled")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked 1 times", timeout=15)
    wait_for(lambda: not _disabled(br, "#button_id"), 2, "running off: button enabled")


def test_ex3_cancel(seed):
    br = seed("ex3_cancel")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked None times", timeout=15)
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "the button to be enabled")
    br.find_element("#button_id").click()
    wait_for(lambda: not _disabled(br, "#cancel_button_id"), 5, "the cancel button to be enabled")
    br.find_element("#cancel_button_id").click()
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "running restored after cancel")
    assert _disabled(br, "#cancel_button_id")
    time.sleep(2.5)  # the job would have finished by now: its output must not land
    assert br.find_element("#paragraph_id").text == "Clicked None times"


@pytest.mark.parametrize("gunicorn", [False, True], ids=["dev-server", "gunicorn"])
def test_ex4_progress_bar(seed, gunicorn):
    br = seed("ex4_progress_bar", gunicorn)
    br.wait_for_element("#button_id").click()
    seen = []

    def finished() -> bool:
        value = br.find_element("#progress_bar").get_attribute("value")
        if value is not None and (not seen or seen[-1] != value):
            seen.append(value)
        return br.find_element("#paragraph_id").text == "Clicked 1 times"

    wait_for(finished, 20, "the job to finish", step=0.1)
    # Every step, in order (one a second, so sampling at 10 Hz sees each).
    assert seen[:6] == ["0", "1", "2", "3", "4", "5"], seen


def test_ex5_progress_graph(seed):
    br = seed("ex5_progress_graph")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked None times", timeout=20)
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "the button to be enabled")
    br.find_element("#button_id").click()
    wait_for(lambda: _disabled(br, "#button_id"), 5, "running: button disabled")
    br.wait_for_text_to_equal("#paragraph_id", "Clicked 1 times", timeout=20)
    assert br.find_elements("#progress_bar_graph .main-svg")


def test_ex6_set_props_aggrid(seed):
    """The initial call feeds the grid through set_props; cancel stops it; a click restarts."""
    br = seed("ex6_set_props_aggrid")
    wait_for(lambda: br.find_elements("#ag-grid-updating .ag-row"), 15, "rows from set_props")
    assert _disabled(br, "#button_id")
    br.find_element("#cancel_button_id").click()
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "running restored after cancel")
    br.find_element("#button_id").click()
    wait_for(lambda: _disabled(br, "#button_id"), 5, "running: button disabled")
    wait_for(lambda: not _disabled(br, "#cancel_button_id"), 5, "the cancel button enabled")
    br.find_element("#cancel_button_id").click()
    wait_for(lambda: not _disabled(br, "#button_id"), 5, "running restored after cancel")
