"""A job with no news costs at most one poll per ``interval``, even where the server can
hold a poll only briefly (gunicorn's default sync workers), and its result still shows."""
import signal
import sys

import pytest

from bg_support import Proc, app_env, free_port, serves, wait_for

COUNT_POLLS = """
return performance.getEntriesByType('resource')
  .filter((entry) => entry.name.includes('/_dash-jobs/')).length;
"""


@pytest.fixture
def sync_gunicorn(tmp_path):
    port = free_port()
    env = app_env(DASH_TEST_CACHE=str(tmp_path / "cache"))
    proc = Proc([sys.executable, "-m", "gunicorn", "paced_app:server", "--workers", "2",
                 "--bind", f"127.0.0.1:{port}"], tmp_path / "gunicorn.log", env)
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: serves(url), 30, "gunicorn")
    yield url
    proc.stop(signal.SIGTERM)


def test_a_quiet_job_is_polled_once_per_interval_on_sync_workers(sync_gunicorn, dash_br):
    dash_br.server_url = sync_gunicorn
    dash_br.wait_for_text_to_equal("#result", "idle")
    dash_br.find_element("#start").click()
    dash_br.wait_for_text_to_equal("#result", "done 1", timeout=10)
    # Each poll is held 0.25 s there; without pacing a 2 s job would take about 8.
    polls = dash_br.driver.execute_script(COUNT_POLLS)
    assert 1 <= polls <= 4, f"{polls} polls for a 2 s job"
