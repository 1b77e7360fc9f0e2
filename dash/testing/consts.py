"""Constants shared by the testing plugin."""

# Where a Selenium Grid hub listens by default (used by ``--remote``).
SELENIUM_GRID_DEFAULT = "http://localhost:4444/wd/hub"
