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

/** Which buttons a header cell has; `sort` is the column's sort direction when sortable. */
export interface ActionFlags {
  sort?: "asc" | "desc" | "none";
  renamable: boolean;
  clearable: boolean;
  deletable: boolean;
  hideable: boolean;
  /** The only shown column: deleting or hiding it is disabled, as in Dash. */
  lastShown: boolean;
}

const SORT_GLYPHS = { asc: "▲", desc: "▼", none: "⇕" };

/** A header cell's buttons, in Dash's order, wired to `handlers`. */
export function columnActions(flags: ActionFlags, handlers: Record<Action["kind"], () => void>): Action[] {
  const actions: Action[] = [];
  if (flags.sort) actions.push({ kind: "sort", glyph: SORT_GLYPHS[flags.sort], title: "Sort", onClick: handlers.sort });
  if (flags.renamable) actions.push({ kind: "edit", glyph: "✎", title: "Rename", onClick: handlers.edit });
  if (flags.clearable) actions.push({ kind: "clear", glyph: "⌫", title: "Clear", onClick: handlers.clear });
  if (flags.deletable) {
    actions.push({ kind: "delete", glyph: "🗑", title: "Delete", disabled: flags.lastShown, onClick: handlers.delete });
  }
  if (flags.hideable) {
    actions.push({ kind: "hide", glyph: "⊘", title: "Hide", disabled: flags.lastShown, onClick: handlers.hide });
  }
  return actions;
}

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
