import React, { useEffect, useMemo, useRef, useState } from "react";
import {
  activeAfterDelete,
  arrowTarget,
  Cell,
  cellText,
  deleteRow,
  editedValue,
  isEditable,
  selectionAfterDelete,
  setCell,
} from "./edit";
import {
  buildFilterQuery,
  CaseMode,
  columnClause,
  ColumnType,
  columnTexts,
  FilterColumn,
  filterIndices,
  parseFilter,
  ParseResult,
  queryStructure,
} from "./filter";
import { nextSort, pageSlice, Row, SortBy, sortedIndices } from "./sort";
import {
  flagAt,
  HeaderFlag,
  headerRowCount,
  nameAt,
  renameColumn,
  toggleHidden,
  withoutColumnData,
} from "./columns";
import { FilterInput } from "./FilterInput";
import { ColumnAction, columnActions, ColumnActions, SpreadsheetMenu } from "./header";
import { camelCaseStyle, cascade, ConditionalStyle, StyleObject, styleRules, StyleTarget } from "./styles";

interface FilterOptions {
  case?: CaseMode;
  placeholder_text?: string;
}

interface Column {
  id: string;
  name: string | string[];
  type?: ColumnType;
  editable?: boolean;
  filter_options?: FilterOptions;
  renamable?: HeaderFlag;
  hideable?: HeaderFlag;
  deletable?: HeaderFlag;
  clearable?: HeaderFlag;
}

type FilterAction = "native" | "custom" | "none" | { type: "native" | "custom"; operator?: "and" | "or" };

interface DataTableOwnProps {
  id?: string;
  data?: Row[];
  columns?: Column[];
  hidden_columns?: string[];
  editable?: boolean;
  row_deletable?: boolean;
  page_size?: number;
  page_current?: number;
  page_action?: "native" | "custom" | "none";
  sort_action?: "native" | "custom" | "none";
  sort_mode?: "single" | "multi";
  sort_by?: SortBy[];
  filter_action?: FilterAction;
  filter_query?: string;
  filter_options?: FilterOptions;
  row_selectable?: "single" | "multi" | false;
  selected_rows?: number[];
  active_cell?: Cell | null;
  selected_cells?: Cell[];
  cell_selectable?: boolean;
  style_table?: StyleObject;
  style_cell?: StyleObject;
  style_header?: StyleObject;
  style_data?: StyleObject;
  style_filter?: StyleObject;
  style_cell_conditional?: ConditionalStyle[];
  style_data_conditional?: ConditionalStyle[];
  style_header_conditional?: ConditionalStyle[];
  style_filter_conditional?: ConditionalStyle[];
}

type Changes = Partial<DataTableOwnProps> & Record<string, unknown>;
type DataTableProps = DataTableOwnProps & { setProps: (changes: Changes) => void };

/** The cell being edited: where it is and the text typed so far. */
interface Editing {
  dataIndex: number;
  row: number;
  column: number;
  text: string;
}

// Shared defaults, so memoised values do not see a new empty array on every render.
const NO_ROWS: Row[] = [];
const NO_COLUMNS: Column[] = [];
const NO_IDS: string[] = [];
const NO_SORT: SortBy[] = [];
const NO_INDICES: number[] = [];
const NO_CELLS: Cell[] = [];
const NO_OPTIONS: FilterOptions = {};

function idsOf(data: Row[], indices: number[]): unknown[] {
  return indices.map((index) => data[index]?.id);
}

/** The derived_* props for the rows after filtering and sorting (virtual) and paging (viewport). */
function derivedProps(data: Row[], virtual: number[], viewport: number[], selected: number[], filter: ParseResult): Changes {
  const selectedIn = (indices: number[]): number[] => selected.filter((index) => indices.includes(index));
  return {
    derived_filter_query_structure: filter.ok && filter.expr ? queryStructure(filter.expr) : null,
    derived_virtual_indices: virtual,
    derived_virtual_data: virtual.map((index) => data[index]),
    derived_virtual_row_ids: idsOf(data, virtual),
    derived_virtual_selected_rows: selectedIn(virtual).map((index) => virtual.indexOf(index)),
    derived_virtual_selected_row_ids: idsOf(data, selectedIn(virtual)),
    derived_viewport_indices: viewport,
    derived_viewport_data: viewport.map((index) => data[index]),
    derived_viewport_row_ids: idsOf(data, viewport),
    derived_viewport_selected_rows: selectedIn(viewport).map((index) => viewport.indexOf(index)),
    derived_viewport_selected_row_ids: idsOf(data, selectedIn(viewport)),
  };
}

function activeChanges(cell: Cell | null): Changes {
  return { active_cell: cell, selected_cells: cell ? [cell] : [], start_cell: cell, end_cell: cell };
}

interface CellInputProps {
  value: string;
  onChange: (text: string) => void;
  onCommit: (moveDown: boolean) => void;
  onCancel: () => void;
}

/** The input of a cell being edited: focused with the caret at the end; Enter commits, Escape cancels. */
function CellInput({ value, onChange, onCommit, onCancel }: CellInputProps): React.ReactElement {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);
  return (
    <input
      ref={ref}
      type="text"
      className="dash-cell-value"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={() => onCommit(false)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          onCommit(true);
        } else if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    />
  );
}

/**
 * DataTable: renders `data`/`columns` with native or custom filtering, sorting and paging,
 * cell editing, row deletion and selection, `active_cell`, and the style_* props. The
 * derived_* props follow the rows shown.
 */
export function DataTable(props: DataTableProps): React.ReactElement {
  const {
    data = NO_ROWS,
    columns = NO_COLUMNS,
    hidden_columns = NO_IDS,
    editable = false,
    row_deletable = false,
    page_size = 250,
    page_current = 0,
    page_action = "native",
    sort_action = "none",
    sort_mode = "single",
    sort_by = NO_SORT,
    filter_action = "none",
    filter_query = "",
    filter_options = NO_OPTIONS,
    row_selectable = false,
    selected_rows = NO_INDICES,
    selected_cells = NO_CELLS,
    cell_selectable = true,
    setProps,
  } = props;

  const shown = useMemo(() => columns.filter((column) => !hidden_columns.includes(column.id)), [columns, hidden_columns]);
  const filterMode = typeof filter_action === "string" ? filter_action : filter_action.type;
  const filterOperator = typeof filter_action === "object" && filter_action.operator === "or" ? "or" : "and";
  const filterColumns = useMemo<FilterColumn[]>(
    () =>
      shown.map((column) => ({
        id: column.id,
        type: column.type,
        caseMode: column.filter_options?.case ?? filter_options.case ?? "sensitive",
      })),
    [shown, filter_options],
  );
  const filter = useMemo(() => parseFilter(filter_query), [filter_query]);

  // Filter, then sort, then page, as upstream; an invalid query filters nothing out.
  const order = useMemo(() => {
    const kept = filterMode === "native" && filter.ok ? filterIndices(data, filter.expr) : data.map((_, index) => index);
    return sort_action === "native" ? sortedIndices(data, sort_by, kept) : kept;
  }, [data, filterMode, filter, sort_action, sort_by]);
  const pageCount = page_action === "native" ? Math.max(1, Math.ceil(order.length / page_size)) : 1;
  const page = Math.min(page_current, pageCount - 1);
  const visible = useMemo(
    () => (page_action === "native" ? pageSlice(order, page, page_size) : order),
    [order, page_action, page, page_size],
  );

  useEffect(() => {
    setProps(derivedProps(data, order, visible, selected_rows, filter));
  }, [data, order, visible, selected_rows, filter]);

  // The filter boxes show filter_query whenever what they hold would not build it (a callback
  // set it, or the columns arrived after it).
  const [filterTexts, setFilterTexts] = useState(() => columnTexts(filter_query, filterColumns, filterOperator));
  useEffect(() => {
    if (buildFilterQuery(filterColumns, filterTexts, filterOperator) !== filter_query) {
      setFilterTexts(columnTexts(filter_query, filterColumns, filterOperator));
    }
  }, [filter_query, filterColumns, filterOperator]);

  const commitFilter = (): void => {
    const query = buildFilterQuery(filterColumns, filterTexts, filterOperator);
    if (query !== filter_query) {
      setProps({ filter_query: query });
    }
  };

  /** Flips a column's `filter_options.case` and rebuilds filter_query with it, as Dash does. */
  const toggleCase = (columnIndex: number): void => {
    const column = shown[columnIndex];
    const caseMode: CaseMode = filterColumns[columnIndex].caseMode === "sensitive" ? "insensitive" : "sensitive";
    const changes: Changes = {
      columns: columns.map((other) =>
        other === column ? { ...other, filter_options: { ...other.filter_options, case: caseMode } } : other,
      ),
    };
    const flipped = filterColumns.map((entry, index) => (index === columnIndex ? { ...entry, caseMode } : entry));
    const query = buildFilterQuery(flipped, filterTexts, filterOperator);
    if (query !== filter_query) changes.filter_query = query;
    setProps(changes);
  };

  const rules = useMemo(() => {
    const cell = styleRules(props.style_cell, props.style_cell_conditional);
    return {
      data: [...cell, ...styleRules(props.style_data, props.style_data_conditional)],
      header: [...cell, ...styleRules(props.style_header, props.style_header_conditional)],
      filter: [...cell, ...styleRules(props.style_filter, props.style_filter_conditional)],
    };
  }, [
    props.style_cell,
    props.style_cell_conditional,
    props.style_data,
    props.style_data_conditional,
    props.style_header,
    props.style_header_conditional,
    props.style_filter,
    props.style_filter_conditional,
  ]);
  const columnTarget = (column: Column): StyleTarget => ({
    columnId: column.id,
    columnType: column.type ?? "any",
    columnEditable: isEditable(editable, column),
  });

  const [editing, setEditing] = useState<Editing | null>(null);
  // The edit as event handlers see it now: a blur right after Enter/Escape must not commit again.
  const editingRef = useRef<Editing | null>(null);
  const updateEditing = (next: Editing | null): void => {
    editingRef.current = next;
    setEditing(next);
  };
  const container = useRef<HTMLDivElement>(null);
  // The [row, column] that takes focus after the keyboard moved the active cell or ended an edit.
  const refocus = useRef<[number, number] | null>(null);
  useEffect(() => {
    if (refocus.current && !editing) {
      const [row, column] = refocus.current;
      refocus.current = null;
      const rows = container.current?.querySelectorAll("tbody > tr");
      rows?.[row]?.querySelectorAll<HTMLElement>("td.dash-cell")[column]?.focus();
    }
  });

  const cellAt = (row: number, column: number): Cell => {
    const cell: Cell = { row, column, column_id: shown[column].id };
    const id = data[visible[row]]?.id;
    if (id !== undefined) {
      cell.row_id = id as string | number;
    }
    return cell;
  };

  const sortColumn = (columnId: string): void => {
    setProps({ sort_by: nextSort(sort_by, columnId, sort_mode === "multi") });
  };

  const goToPage = (target: number): void => {
    setProps({ page_current: target });
  };

  const toggleRow = (index: number): void => {
    const rows =
      row_selectable === "single"
        ? [index]
        : selected_rows.includes(index)
          ? selected_rows.filter((row) => row !== index)
          : [...selected_rows, index];
    setProps({ selected_rows: rows, selected_row_ids: idsOf(data, rows).filter((id) => id !== undefined) });
  };

  const removeRow = (dataIndex: number, row: number): void => {
    const nextData = deleteRow(data, dataIndex);
    const changes: Changes = { data: nextData, data_previous: data, data_timestamp: Date.now() };
    if (selected_rows.length) {
      const rows = selectionAfterDelete(selected_rows, dataIndex);
      Object.assign(changes, { selected_rows: rows, selected_row_ids: idsOf(nextData, rows).filter((id) => id !== undefined) });
    }
    if (props.active_cell) {
      Object.assign(changes, activeChanges(activeAfterDelete(props.active_cell, row)));
    }
    setProps(changes);
  };

  // Header actions act on the last header row, the one the table shows.
  const headerRow = headerRowCount(columns) - 1;
  const canAct = (column: Column, flag: keyof Pick<Column, "renamable" | "hideable" | "deletable" | "clearable">): boolean =>
    flagAt(column[flag], headerRow, headerRow + 1);

  const renameAt = (column: Column): void => {
    const name = window.prompt("Enter a new column name", nameAt(column, headerRow));
    if (name !== null) {
      setProps({ columns: renameColumn(columns, columns.indexOf(column), headerRow, name) });
    }
  };

  /** Changes that drop column `id`'s values from the data and its clause from the filter. */
  const dropColumnData = (id: string): Changes => {
    const changes: Changes = { data: withoutColumnData(data, id), data_previous: data, data_timestamp: Date.now() };
    const query = buildFilterQuery(filterColumns.filter((column) => column.id !== id), filterTexts, filterOperator);
    if (filterMode !== "none" && query !== filter_query) changes.filter_query = query;
    return changes;
  };

  const deleteAt = (column: Column): void => {
    const changes = dropColumnData(column.id);
    changes.columns = columns.filter((other) => other !== column);
    if (sort_by.some((entry) => entry.column_id === column.id)) {
      changes.sort_by = sort_by.filter((entry) => entry.column_id !== column.id);
    }
    setProps(changes);
  };

  const toggleColumn = (id: string): void => setProps({ hidden_columns: toggleHidden(hidden_columns, id) });

  const headerActions = (column: Column, sort: SortBy | undefined): ColumnAction[] =>
    columnActions(
      {
        sort: sort_action !== "none" ? sort?.direction ?? "none" : undefined,
        renamable: canAct(column, "renamable"),
        clearable: canAct(column, "clearable"),
        deletable: canAct(column, "deletable"),
        hideable: canAct(column, "hideable"),
        lastShown: shown.length <= 1,
      },
      {
        sort: () => sortColumn(column.id),
        edit: () => renameAt(column),
        clear: () => setProps(dropColumnData(column.id)),
        delete: () => deleteAt(column),
        hide: () => toggleColumn(column.id),
      },
    );

  const activate = (row: number, column: number): void => {
    if (cell_selectable) {
      setProps(activeChanges(cellAt(row, column)));
    }
  };

  /** Starts editing a cell with its value, or with `text` when typing replaced it. */
  const startEditing = (row: number, column: number, text?: string): boolean => {
    if (!cell_selectable || !isEditable(editable, shown[column])) {
      return false;
    }
    const dataIndex = visible[row];
    updateEditing({ dataIndex, row, column, text: text ?? cellText(data[dataIndex][shown[column].id]) });
    return true;
  };

  const commitEdit = (moveDown: boolean): void => {
    const edit = editingRef.current;
    if (!edit) {
      return;
    }
    updateEditing(null);
    const column = shown[edit.column];
    const edited = editedValue(edit.text, data[edit.dataIndex]?.[column.id], column.type);
    const cell = cellAt(moveDown ? Math.min(edit.row + 1, visible.length - 1) : edit.row, edit.column);
    if (moveDown) {
      refocus.current = [cell.row, cell.column];
    }
    if (edited) {
      const newData = setCell(data, edit.dataIndex, column.id, edited.value);
      setProps({ data: newData, data_previous: data, data_timestamp: Date.now(), ...activeChanges(cell) });
    } else if (moveDown) {
      setProps(activeChanges(cell));
    }
  };

  const cancelEdit = (): void => {
    refocus.current = editingRef.current && [editingRef.current.row, editingRef.current.column];
    updateEditing(null);
  };

  const onCellKeyDown = (event: React.KeyboardEvent<HTMLTableCellElement>, row: number, column: number): void => {
    // Keys typed into the cell's own input are the input's.
    if (event.target !== event.currentTarget || editingRef.current) {
      return;
    }
    const target = arrowTarget(event.key, row, column, visible.length, shown.length);
    if (target) {
      event.preventDefault();
      refocus.current = target;
      activate(...target);
    } else if (event.key === "Enter") {
      if (startEditing(row, column)) event.preventDefault();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // A printable key replaces the value, as in a spreadsheet.
      if (startEditing(row, column, event.key)) event.preventDefault();
    }
  };

  const isActive = (row: number, column: number): boolean =>
    props.active_cell?.row === row && props.active_cell?.column === column;
  const isSelected = (row: number, column: number): boolean =>
    selected_cells.some((cell) => cell.row === row && cell.column === column);

  const leadingHeaders = (
    <>
      {row_deletable ? <th className="dash-delete-header" /> : null}
      {row_selectable ? <th className="dash-select-header" /> : null}
    </>
  );

  return (
    <div id={props.id} ref={container} className="dash-table-container" style={camelCaseStyle(props.style_table ?? {})}>
      <SpreadsheetMenu
        entries={columns
          .filter((column) => canAct(column, "hideable"))
          .map((column) => ({
            id: column.id,
            label: nameAt(column, headerRow),
            shown: !hidden_columns.includes(column.id),
            locked: shown.length <= 1,
          }))}
        onToggle={toggleColumn}
      />
      <div className="dash-spreadsheet-container dash-spreadsheet">
        <div className="dash-spreadsheet-inner dash-spreadsheet">
          <table className="cell-table dash-table">
            <thead>
              <tr>
                {leadingHeaders}
                {shown.map((column, columnIndex) => {
                  const sort = sort_by.find((entry) => entry.column_id === column.id);
                  // As in Dash: `column-<index>` classes, the header's buttons in `.column-actions`.
                  return (
                    <th
                      key={column.id}
                      className={`dash-header column-${columnIndex}`}
                      data-dash-column={column.id}
                      style={cascade(rules.header, { ...columnTarget(column), headerIndex: 0 })}
                    >
                      <div>
                        <ColumnActions actions={headerActions(column, sort)} />
                        <span className="column-header-name">{nameAt(column, headerRow)}</span>
                      </div>
                    </th>
                  );
                })}
              </tr>
              {filterMode !== "none" ? (
                <tr>
                  {leadingHeaders}
                  {shown.map((column, columnIndex) => {
                    const text = filterTexts[column.id] ?? "";
                    const invalid = !parseFilter(columnClause(filterColumns[columnIndex], text)).ok;
                    return (
                      <th
                        key={column.id}
                        className={`dash-filter column-${columnIndex}${invalid ? " invalid" : ""}`}
                        data-dash-column={column.id}
                        style={cascade(rules.filter, columnTarget(column))}
                      >
                        <FilterInput
                          text={text}
                          placeholder={column.filter_options?.placeholder_text ?? filter_options.placeholder_text ?? "filter data..."}
                          caseMode={filterColumns[columnIndex].caseMode}
                          onText={(value) => setFilterTexts((texts) => ({ ...texts, [column.id]: value }))}
                          onCommit={commitFilter}
                          onToggleCase={() => toggleCase(columnIndex)}
                        />
                      </th>
                    );
                  })}
                </tr>
              ) : null}
            </thead>
            <tbody>
              {visible.map((dataIndex, row) => (
                <tr key={dataIndex}>
                  {row_deletable ? (
                    <td className="dash-delete-cell" role="button" onClick={() => removeRow(dataIndex, row)}>
                      ×
                    </td>
                  ) : null}
                  {row_selectable ? (
                    <td className="dash-select-cell">
                      <input
                        type={row_selectable === "single" ? "radio" : "checkbox"}
                        checked={selected_rows.includes(dataIndex)}
                        onChange={() => toggleRow(dataIndex)}
                      />
                    </td>
                  ) : null}
                  {shown.map((column, columnIndex) => {
                    const active = isActive(row, columnIndex);
                    const target: StyleTarget = {
                      ...columnTarget(column),
                      rowIndex: row,
                      row: data[dataIndex],
                      active,
                      selected: isSelected(row, columnIndex),
                    };
                    const isEditing = editing?.row === row && editing.column === columnIndex;
                    return (
                      <td
                        key={column.id}
                        className={`dash-cell column-${columnIndex}${active ? " focused" : ""}`}
                        data-dash-column={column.id}
                        data-dash-row={row}
                        tabIndex={cell_selectable ? -1 : undefined}
                        style={cascade(rules.data, target)}
                        onClick={() => activate(row, columnIndex)}
                        onDoubleClick={() => startEditing(row, columnIndex)}
                        onKeyDown={(event) => onCellKeyDown(event, row, columnIndex)}
                      >
                        {isEditing ? (
                          <CellInput
                            value={editing.text}
                            onChange={(text) => updateEditing({ ...editing, text })}
                            onCommit={commitEdit}
                            onCancel={cancelEdit}
                          />
                        ) : (
                          <div className={`${active ? "focused" : "unfocused"} selectable dash-cell-value`}>
                            {cellText(data[dataIndex][column.id])}
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
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
