"""Upload, Download, DatePickerSingle, DatePickerRange and Geolocation in a real browser."""
import base64
import json
import os
import time

from dash import Dash, Input, Output, dcc, html
from selenium.webdriver.common.keys import Keys


def _wait_for_file(path, timeout=10):
    deadline = time.time() + timeout
    while not (os.path.exists(path) and os.path.getsize(path) > 0):
        assert time.time() < deadline, f"{path} was never downloaded"
        time.sleep(0.1)
    time.sleep(0.2)  # let Chromium finish renaming the partial file


def test_upload_and_download(dash_duo, tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("hello upload")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    large = tmp_path / "large.txt"
    large.write_text("x" * 500)

    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Upload(html.Div("drop or click"), id="one", max_size=100),
            dcc.Upload(html.Div("many"), id="many", multiple=True),
            html.Div(id="one-out"),
            html.Div(id="many-out"),
            html.Button("text", id="get-text"),
            html.Button("bytes", id="get-bytes"),
            dcc.Download(id="download"),
        ]
    )

    @app.callback(
        Output("one-out", "children"),
        Input("one", "contents"), Input("one", "filename"), Input("one", "last_modified"),
        prevent_initial_call=True,
    )
    def one(contents, filename, modified):
        header, data = contents.split(",", 1)
        return f"{filename}|{header}|{base64.b64decode(data).decode()}|{modified > 1e9}"

    @app.callback(Output("many-out", "children"), Input("many", "filename"), Input("many", "contents"), prevent_initial_call=True)
    def many(filenames, contents):
        return json.dumps([filenames, len(contents)])

    @app.callback(Output("download", "data"), Input("get-text", "n_clicks"), prevent_initial_call=True)
    def download_text(_):
        return dcc.send_string("some text", "notes.txt")

    @app.callback(Output("download", "data", allow_duplicate=True), Input("get-bytes", "n_clicks"), prevent_initial_call=True)
    def download_bytes(_):
        return dcc.send_bytes(bytes(range(256)), "raw.bin")

    dash_duo.start_server(app)

    dash_duo.find_element("#one input[type=file]").send_keys(str(small))
    dash_duo.wait_for_text_to_equal("#one-out", "small.txt|data:text/plain;base64|hello upload|True")

    # Too large: refused with a visible reason, and the previous upload stays.
    dash_duo.find_element("#one input[type=file]").send_keys(str(large))
    dash_duo.wait_for_contains_text("#one .dash-upload-error", "large.txt")
    assert "too large" in dash_duo.find_element("#one .dash-upload-error").text
    assert dash_duo.find_element("#one-out").text.startswith("small.txt")

    dash_duo.find_element("#many input[type=file]").send_keys(f"{small}\n{other}")
    dash_duo.wait_for_text_to_equal("#many-out", '[["small.txt", "other.csv"], 2]')

    dash_duo.find_element("#get-text").click()
    notes = os.path.join(dash_duo.download_path, "notes.txt")
    _wait_for_file(notes)
    with open(notes) as handle:
        assert handle.read() == "some text"

    dash_duo.find_element("#get-bytes").click()
    raw = os.path.join(dash_duo.download_path, "raw.bin")
    _wait_for_file(raw)
    with open(raw, "rb") as handle:
        assert handle.read() == bytes(range(256))
    assert dash_duo.get_logs() == []


def test_date_pickers(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.DatePickerSingle(
                id="single", date="2024-03-05", display_format="DD/MM/YYYY",
                min_date_allowed="2024-03-03", disabled_days=["2024-03-15"], clearable=True,
            ),
            dcc.DatePickerRange(id="range", initial_visible_month="2024-01-01", minimum_nights=2),
            html.Button("set", id="set"),
            html.Div(id="single-out"),
            html.Div(id="range-out"),
        ]
    )

    @app.callback(Output("single-out", "children"), Input("single", "date"))
    def single(date):
        return str(date)

    @app.callback(Output("range-out", "children"), Input("range", "start_date"), Input("range", "end_date"))
    def date_range(start, end):
        return f"{start}|{end}"

    @app.callback(Output("single", "date"), Input("set", "n_clicks"), prevent_initial_call=True)
    def set_date(_):
        return "2025-12-24"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#single-out", "2024-03-05")
    single_input = dash_duo.find_element("#single input")
    assert single_input.get_attribute("value") == "05/03/2024"

    single_input.click()
    dash_duo.wait_for_text_to_equal("#single caption", "March 2024")
    assert not dash_duo.find_element('#single [data-date="2024-03-02"]').is_enabled()
    assert not dash_duo.find_element('#single [data-date="2024-03-15"]').is_enabled()
    dash_duo.find_element('#single [data-date="2024-03-20"]').click()
    dash_duo.wait_for_text_to_equal("#single-out", "2024-03-20")
    dash_duo.wait_for_no_elements("#single .dash-datepicker-calendar")
    assert single_input.get_attribute("value") == "20/03/2024"

    dash_duo.clear_input(single_input)
    single_input.send_keys("01/04/2024", Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#single-out", "2024-04-01")

    dash_duo.find_element("#set").click()
    dash_duo.wait_for_text_to_equal("#single-out", "2025-12-24")
    assert single_input.get_attribute("value") == "24/12/2025"
    dash_duo.find_element("#single .dash-datepicker-clear").click()
    dash_duo.wait_for_text_to_equal("#single-out", "None")

    dash_duo.find_element("#range input").click()
    assert [c.text for c in dash_duo.find_elements("#range caption")] == ["January 2024", "February 2024"]
    dash_duo.find_element('#range [data-date="2024-01-12"]').click()
    dash_duo.wait_for_text_to_equal("#range-out", "2024-01-12|None")
    # minimum_nights=2: the next day cannot end the range.
    assert not dash_duo.find_element('#range [data-date="2024-01-13"]').is_enabled()
    dash_duo.find_element('#range [data-date="2024-02-03"]').click()
    dash_duo.wait_for_text_to_equal("#range-out", "2024-01-12|2024-02-03")
    assert len(dash_duo.find_elements("#range .dash-datepicker-day--in-range")) == 0  # calendar closed
    assert dash_duo.get_logs() == []


def test_geolocation(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [dcc.Geolocation(id="geo"), html.Button("locate", id="locate"), html.Div(id="geo-out")]
    )

    @app.callback(Output("geo", "update_now"), Input("locate", "n_clicks"), prevent_initial_call=True)
    def locate(_):
        return True

    @app.callback(Output("geo-out", "children"), Input("geo", "position"), prevent_initial_call=True)
    def show(position):
        return f"{position['lat']:.3f},{position['lon']:.3f}" if position else "none"

    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": dash_duo.server_url, "permissions": ["geolocation"]})
    driver.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": 45.5, "longitude": -73.567, "accuracy": 10})
    dash_duo.find_element("#locate").click()
    dash_duo.wait_for_text_to_equal("#geo-out", "45.500,-73.567")
