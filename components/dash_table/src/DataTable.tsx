import React from "react";
import { nextSort, pageSlice, Row, SortBy, sortedIndices } from "./sort";

interface Column {
  id: string;
  name: string | string[];
}

interface Cell {
  row: number;
  column: number;
  row_id?: string | number;
  column_id: string;
}

interface DataTableOwnProps {
  id?: string;
  data?: Row[];
  columns?: Column[];
  page_size?: number;
  page_current?: number;
  page_action?: "native" | "custom" | "none";
  sort_action?: "native" | "custom" | "none";
  sort_mode?: "single" | "multi";
  sort_by?: SortBy[];
  row_selectable?: "single" | "multi" | false;
  selected_rows?: number[];
  active_cell?: Cell | null;
  cell_selectable?: boolean;
  style_table?: React.CSSProperties;
  style_cell?: React.CSSProperties;
  style_header?: React.CSSProperties;
  style_data?: React.CSSProperties;
}

type Changes = Partial<DataTableOwnProps> & Record<string, unknown>;
type DataTableProps = DataTableOwnProps & { setProps: (changes: Changes) => void };

function columnName(column: Column): string {
  return Array.isArray(column.name) ? column.name[column.name.length - 1] : String(column.name ?? column.id);
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * A small DataTable: renders `data`/`columns`, native sort and paging, `active_cell` on
 * click, and row selection. The derived_* props are reported for the visible rows.
 */
export function DataTable(props: DataTableProps): React.ReactElement {
  const {
    data = [],
    columns = [],
    page_size = 250,
    page_current = 0,
    page_action = "native",
    sort_action = "none",
    sort_mode = "single",
    sort_by = [],
    row_selectable = false,
    selected_rows = [],
    cell_selectable = true,
    setProps,
  } = props;

  const order = sort_action === "native" ? sortedIndices(data, sort_by) : data.map((_, index) => index);
  const pageCount = page_action === "native" ? Math.max(1, Math.ceil(order.length / page_size)) : 1;
  const page = Math.min(page_current, pageCount - 1);
  const visible = page_action === "native" ? pageSlice(order, page, page_size) : order;
  const rowId = (index: number): string | number | undefined => data[index]?.id as string | number | undefined;

  const derived = (nextOrder: number[], nextVisible: number[]): Changes => ({
    derived_virtual_indices: nextOrder,
    derived_virtual_data: nextOrder.map((index) => data[index]),
    derived_viewport_indices: nextVisible,
    derived_viewport_data: nextVisible.map((index) => data[index]),
  });

  const sortColumn = (columnId: string): void => {
    const sortBy = nextSort(sort_by, columnId, sort_mode === "multi");
    const nextOrder = sortedIndices(data, sortBy);
    setProps({ sort_by: sortBy, ...derived(nextOrder, pageSlice(nextOrder, page, page_size)) });
  };

  const goToPage = (target: number): void => {
    setProps({ page_current: target, ...derived(order, pageSlice(order, target, page_size)) });
  };

  const toggleRow = (index: number): void => {
    const rows =
      row_selectable === "single"
        ? [index]
        : selected_rows.includes(index)
          ? selected_rows.filter((row) => row !== index)
          : [...selected_rows, index];
    setProps({ selected_rows: rows, selected_row_ids: rows.map(rowId).filter((id) => id !== undefined) });
  };

  const activate = (row: number, column: number): void => {
    if (!cell_selectable) {
      return;
    }
    const cell: Cell = { row, column, column_id: columns[column].id };
    const id = rowId(visible[row]);
    if (id !== undefined) {
      cell.row_id = id;
    }
    setProps({ active_cell: cell, selected_cells: [cell], start_cell: cell, end_cell: cell });
  };

  const isActive = (row: number, column: number): boolean =>
    props.active_cell?.row === row && props.active_cell?.column === column;

  return (
    <div id={props.id} className="dash-table-container" style={props.style_table}>
      <table className="dash-table">
        <thead>
          <tr>
            {row_selectable ? <th className="dash-select-header" /> : null}
            {columns.map((column) => {
              const sort = sort_by.find((entry) => entry.column_id === column.id);
              return (
                <th key={column.id} className="dash-header" data-dash-column={column.id} style={{ ...props.style_cell, ...props.style_header }}>
                  {sort_action !== "none" ? (
                    <span className="column-header--sort" role="button" onClick={() => sortColumn(column.id)}>
                      {sort ? (sort.direction === "asc" ? "▲" : "▼") : "⇕"}
                    </span>
                  ) : null}
                  <span className="column-header-name">{columnName(column)}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {visible.map((dataIndex, row) => (
            <tr key={dataIndex}>
              {row_selectable ? (
                <td className="dash-select-cell">
                  <input
                    type={row_selectable === "single" ? "radio" : "checkbox"}
                    checked={selected_rows.includes(dataIndex)}
                    onChange={() => toggleRow(dataIndex)}
                  />
                </td>
              ) : null}
              {columns.map((column, columnIndex) => (
                <td
                  key={column.id}
                  className={`dash-cell${isActive(row, columnIndex) ? " focused" : ""}`}
                  data-dash-column={column.id}
                  data-dash-row={row}
                  style={{ ...props.style_cell, ...props.style_data }}
                  onClick={() => activate(row, columnIndex)}
                >
                  <div className="dash-cell-value">{cellText(data[dataIndex][column.id])}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {page_action === "native" && pageCount > 1 ? (
        <div className="previous-next-container">
          <button type="button" className="previous-page" disabled={page === 0} onClick={() => goToPage(page - 1)}>
            ‹
          </button>
          <span className="current-page">{page + 1}</span> / <span className="last-page">{pageCount}</span>
          <button type="button" className="next-page" disabled={page >= pageCount - 1} onClick={() => goToPage(page + 1)}>
            ›
          </button>
        </div>
      ) : null}
    </div>
  );
}
