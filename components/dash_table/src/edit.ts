// Editing and row deletion as pure data changes; the component turns them into setProps.
import type { ColumnType } from "./filter";
import type { Row } from "./sort";

export interface Cell {
  row: number;
  column: number;
  row_id?: string | number;
  column_id: string;
}

/** A column is editable when it says so, else when the table is. */
export function isEditable(tableEditable: boolean, column: { editable?: boolean }): boolean {
  return column.editable ?? tableEditable;
}

/** How a cell shows its value, and the text an edit of it starts from. */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The value typed into a cell, keeping the column's type: numeric text becomes a number. */
export function typedValue(text: string, type: ColumnType | undefined): string | number {
  if (type === "numeric" && text.trim() !== "") {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  return text;
}

/**
 * The value an edit stores, or null when it changed nothing: the text is still the cell's
 * (a number in a text column stays a number) or it types the same value ("3.0" for 3).
 */
export function editedValue(text: string, original: unknown, type: ColumnType | undefined): { value: string | number } | null {
  const value = typedValue(text, type);
  return value === original || text === cellText(original) ? null : { value };
}

/** `data` with one cell replaced (a new array and row; the old ones stay as data_previous). */
export function setCell(data: Row[], index: number, columnId: string, value: unknown): Row[] {
  return data.map((row, i) => (i === index ? { ...row, [columnId]: value } : row));
}

/** `data` without row `index`. */
export function deleteRow(data: Row[], index: number): Row[] {
  return data.filter((_, i) => i !== index);
}

/** selected_rows after deleting data row `index`: it leaves, later rows move up one. */
export function selectionAfterDelete(selected: number[], index: number): number[] {
  return selected.filter((row) => row !== index).map((row) => (row > index ? row - 1 : row));
}

/** active_cell after deleting viewport row `row`: gone with it, or one up when below it. */
export function activeAfterDelete(active: Cell | null | undefined, row: number): Cell | null {
  if (!active || active.row === row) return null;
  return active.row > row ? { ...active, row: active.row - 1 } : active;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The viewport position an arrow key moves to, clamped to the grid; undefined for other keys. */
export function arrowTarget(key: string, row: number, column: number, rows: number, columns: number): [number, number] | undefined {
  const move = MOVES[key];
  if (!move) return undefined;
  const clamp = (value: number, size: number): number => Math.max(0, Math.min(size - 1, value));
  return [clamp(row + move[0], rows), clamp(column + move[1], columns)];
}
