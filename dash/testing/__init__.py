"""dash.testing: the pytest plugin (fixtures ``dash_duo``, ``dash_br``, server runners)
and the Selenium ``Browser`` API used by Dash integration tests."""
