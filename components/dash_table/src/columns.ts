// Column header actions of the DataTable (rename, clear, delete, hide) as pure functions of
// the props, and the `columns.name` persistence transform the renderer applies.
import type { Row } from "./sort";

/** A header action flag: every header row, the first or last one, or one boolean per row. */
export type HeaderFlag = boolean | "first" | "last" | boolean[] | undefined;

export interface NamedColumn {
  id: string;
  name: string | string[];
}

/** Whether `flag` enables its action on header row `row` of `rows`. */
export function flagAt(flag: HeaderFlag, row: number, rows: number): boolean {
  if (Array.isArray(flag)) return Boolean(flag[row]);
  if (flag === "first") return row === 0;
  if (flag === "last") return row === rows - 1;
  return Boolean(flag);
}

/** How many header rows the columns' names span (a list name is one row per entry). */
export function headerRowCount(columns: NamedColumn[]): number {
  return columns.reduce((rows, column) => Math.max(rows, Array.isArray(column.name) ? column.name.length : 1), 1);
}

/** The name a column shows on header row `row` (a short list name repeats its last entry). */
export function nameAt(column: NamedColumn, row: number): string {
  if (!Array.isArray(column.name)) return String(column.name ?? column.id);
  return String(column.name[Math.min(row, column.name.length - 1)] ?? column.id);
}

/** `columns` with column `index` named `name` on header row `row`. */
export function renameColumn<C extends NamedColumn>(columns: C[], index: number, row: number, name: string): C[] {
  return columns.map((column, i) => {
    if (i !== index) return column;
    if (!Array.isArray(column.name)) return { ...column, name };
    const names = [...column.name];
    names[Math.min(row, names.length - 1)] = name;
    return { ...column, name: names };
  });
}

/** The rows without the values of column `id`. */
export function withoutColumnData(data: Row[], id: string): Row[] {
  return data.map((row) => {
    if (!(id in row)) return row;
    const { [id]: _removed, ...rest } = row;
    return rest;
  });
}

/** `hidden` with column `id` hidden if it was shown, shown if it was hidden. */
export function toggleHidden(hidden: string[], id: string): string[] {
  return hidden.includes(id) ? hidden.filter((other) => other !== id) : [...hidden, id];
}

/**
 * How the renderer persists part of a prop: `extract` takes the persisted part out of the
 * prop's value, `apply` puts a stored part back into a (new) value of the prop.
 */
export interface PersistenceTransform {
  extract: (value: unknown) => unknown;
  apply: (stored: unknown, value: unknown) => unknown;
}

/** `persisted_props` entry `columns.name`: the column names, in column order. */
export const persistenceTransforms: Record<string, Record<string, PersistenceTransform>> = {
  columns: {
    name: {
      extract: (value) => (Array.isArray(value) ? (value as NamedColumn[]).map((column) => column.name) : value),
      apply: (stored, value) =>
        Array.isArray(value) && Array.isArray(stored)
          ? (value as NamedColumn[]).map((column, i) => (i < stored.length ? { ...column, name: stored[i] } : column))
          : value,
    },
  },
};
