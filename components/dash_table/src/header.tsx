// The DataTable's header controls in Dash's DOM: the buttons of a header cell
// (`.column-actions`) and the "Toggle Columns" menu (`.dash-spreadsheet-menu`).
import React, { useState } from "react";

/** One header button; a disabled one keeps its place but ignores clicks, as in Dash. */
interface Action {
  kind: "sort" | "edit" | "clear" | "delete" | "hide";
  glyph: string;
  title: string;
  disabled?: boolean;
  onClick: () => void;
}

/** The buttons of one header cell, in Dash's order: sort, edit, clear, delete, hide. */
export function ColumnActions({ actions }: { actions: Action[] }): React.ReactElement {
  return (
    <div className="column-actions">
      {actions.map((action) => (
        <span
          key={action.kind}
          className={`column-header--${action.kind}${action.disabled ? " disabled" : ""}`}
          role="button"
          title={action.title}
          onClick={action.disabled ? undefined : action.onClick}
        >
          {action.glyph}
        </span>
      ))}
    </div>
  );
}

export type { Action as ColumnAction };

export interface ToggleEntry {
  id: string;
  label: string;
  shown: boolean;
  /** The last shown column cannot be hidden. */
  locked: boolean;
}

/**
 * The menu above the table: a "Toggle Columns" button (only when some column is hideable)
 * that opens a checkbox per hideable column; unchecking one hides it.
 */
export function SpreadsheetMenu({
  entries,
  onToggle,
}: {
  entries: ToggleEntry[];
  onToggle: (id: string) => void;
}): React.ReactElement {
  const [open, setOpen] = useState(false);
  return (
    <div className="dash-spreadsheet-menu">
      {entries.length ? (
        <div className="dash-spreadsheet-menu-item">
          <button type="button" className="show-hide" onClick={() => setOpen(!open)}>
            Toggle Columns
          </button>
          {open ? (
            <div className="show-hide-menu">
              {entries.map((entry) => (
                <div key={entry.id} className="show-hide-menu-item">
                  <input
                    type="checkbox"
                    checked={entry.shown}
                    disabled={entry.shown && entry.locked}
                    onChange={() => onToggle(entry.id)}
                  />
                  <label>{entry.label}</label>
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      <div />
    </div>
  );
}
