// Native sorting and paging of the DataTable.

export type Row = Record<string, unknown>;
export interface SortBy {
  column_id: string;
  direction: "asc" | "desc";
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") {
    return a - b;
  }
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/**
 * `indices` (all of `data` by default) in display order for `sortBy` (stable; later keys
 * break ties).
 */
export function sortedIndices(data: Row[], sortBy: SortBy[], indices: number[] = data.map((_, index) => index)): number[] {
  if (!sortBy.length) {
    return indices;
  }
  return [...indices].sort((i, j) => {
    for (const { column_id, direction } of sortBy) {
      const a = data[i][column_id];
      const b = data[j][column_id];
      if (isBlank(a) || isBlank(b)) {
        // Blanks go last whatever the direction.
        if (isBlank(a) !== isBlank(b)) {
          return isBlank(a) ? 1 : -1;
        }
        continue;
      }
      const order = compareValues(a, b);
      if (order !== 0) {
        return direction === "desc" ? -order : order;
      }
    }
    return i - j;
  });
}

/** The sort after clicking a column header: none -> asc -> desc -> none. */
export function nextSort(sortBy: SortBy[], columnId: string, multi: boolean): SortBy[] {
  const current = sortBy.find((entry) => entry.column_id === columnId);
  const others = multi ? sortBy.filter((entry) => entry.column_id !== columnId) : [];
  if (!current) {
    return [...others, { column_id: columnId, direction: "asc" }];
  }
  return current.direction === "asc" ? [...others, { column_id: columnId, direction: "desc" }] : others;
}

/** Row indices of page `page` (0-based) of `pageSize` rows. */
export function pageSlice(indices: number[], page: number, pageSize: number): number[] {
  return indices.slice(page * pageSize, (page + 1) * pageSize);
}
