import dash
from dash import dcc, html

dash.register_page(__name__, path_template="/report/<report_id>", title=lambda report_id=None: f"Report {report_id}")


def layout(report_id=None, **query):
    following = str(int(report_id) + 1) if (report_id or "").isdigit() else "1"
    return html.Div(
        [
            html.Div(f"report {report_id} query={sorted(query.items())}", id="report-content"),
            dcc.Link("next report", href=dash.get_relative_path(f"/report/{following}"), id="next-report"),
        ]
    )
