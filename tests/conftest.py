"""Configuration shared by every test directory.

The ``dash.testing`` plugin (fixtures ``dash_duo``, ``dash_br``...) is registered by
the package's ``pytest11`` entry point, so nothing needs loading here. Browser-test
failure artifacts go to ``$DASH_TEST_ARTIFACTS`` (default ``./test-artifacts``).
"""
