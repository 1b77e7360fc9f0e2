// Entry of the dash_table bundle: window.dash_table.DataTable.
import { persistenceTransforms } from "./columns";
import { DataTable } from "./DataTable";

const STYLE_ID = "dash-table-styles";
const CSS = `
.dash-table { border-collapse: collapse; font-size: 14px; }
.dash-table th, .dash-table td { border: 1px solid #d5d8df; padding: 4px 8px; text-align: right; }
.dash-table th { background: #f4f5f7; font-weight: 600; }
.dash-table td.focused { outline: 2px solid #7f4bc4; outline-offset: -2px; background: #f1ebfa; }
.dash-table td.dash-cell:focus { outline-style: solid; }
.dash-table td input.dash-cell-value { width: 100%; box-sizing: border-box; border: none; padding: 0; font: inherit; text-align: inherit; background: transparent; outline: none; }
.dash-table .dash-delete-cell { cursor: pointer; color: #8d93a1; text-align: center; }
.dash-table .dash-delete-cell:hover { color: #c0392b; }
.dash-table th.dash-filter { padding: 2px 4px; background: #fff; }
.dash-table th.dash-filter > div { display: flex; align-items: center; gap: 2px; }
.dash-table th.dash-filter input[type="text"] { flex: 1; min-width: 0; box-sizing: border-box; border: none; font: inherit; font-weight: normal; text-align: inherit; background: transparent; }
.dash-filter--case { border: none; background: transparent; cursor: pointer; font-size: 11px; padding: 0 2px; color: #b0b4bd; }
.dash-filter--case--insensitive { color: #7f4bc4; font-weight: 600; }
.dash-table th.dash-filter.invalid { background: #fdecea; }
.column-actions { display: inline-flex; gap: 2px; margin-right: 4px; }
.column-actions > span { cursor: pointer; color: #8d93a1; }
.column-actions > span.disabled { cursor: not-allowed; opacity: 0.4; }
.dash-spreadsheet-menu { display: flex; gap: 6px; margin-bottom: 4px; }
.dash-spreadsheet-menu-item { position: relative; }
.show-hide-menu { position: absolute; z-index: 10; background: #fff; border: 1px solid #d5d8df; padding: 4px 8px; white-space: nowrap; }
.previous-next-container { margin-top: 6px; display: flex; gap: 6px; align-items: center; justify-content: flex-end; }
`;

/** Prop type strings per component, from the metadata at build time (build.mjs). */
declare const __DASH_TABLE_PROP_TYPES__: Record<string, { types: Record<string, string>; required: string[] }>;

declare global {
  interface Window {
    dash_table?: Record<string, unknown>;
  }
}

if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  document.head.insertBefore(style, document.head.firstChild);
}
// `dashPropTypes`/`dashRequired`: what the renderer's dev-mode props check reads.
const declared = __DASH_TABLE_PROP_TYPES__.DataTable;
if (declared) Object.assign(DataTable, { dashPropTypes: declared.types, dashRequired: declared.required });
// What the renderer's persistence reads: Dash's defaults when only `persistence` is set, and
// how `columns.name` is taken out of and put back into `columns`.
Object.assign(DataTable, {
  dashPersistence: {
    persisted_props: ["columns.name", "filter_query", "hidden_columns", "page_current", "selected_columns", "selected_rows", "sort_by"],
    persistence_type: "local",
  },
  persistenceTransforms,
});
window.dash_table = Object.assign(window.dash_table ?? {}, { DataTable });
