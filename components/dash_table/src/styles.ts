// The style_* props: a cell's style is its matching rules merged in order, later winning.
import type { CSSProperties } from "react";
import { matchesFilter, parseFilter } from "./filter";
import type { Row } from "./sort";

export type StyleObject = Record<string, unknown>;

export interface StyleCondition {
  column_id?: string | string[];
  column_type?: string;
  column_editable?: boolean;
  filter_query?: string;
  row_index?: number | number[] | "odd" | "even";
  header_index?: number | number[] | "odd" | "even";
  state?: "active" | "selected";
}

export type ConditionalStyle = StyleObject & { if?: StyleCondition };

/** What a condition can ask about the cell being styled; rows and states only for data cells. */
export interface StyleTarget {
  columnId: string;
  columnType: string;
  columnEditable: boolean;
  rowIndex?: number;
  headerIndex?: number;
  row?: Row;
  active?: boolean;
  selected?: boolean;
}

export interface StyleRule {
  applies: (target: StyleTarget) => boolean;
  style: CSSProperties;
}

/** CSS names in either form, as upstream accepts them: `background-color` -> `backgroundColor`. */
export function camelCaseStyle(style: StyleObject): CSSProperties {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(style)) {
    if (name === "if") continue;
    result[name.startsWith("--") ? name : name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return result as CSSProperties;
}

function indexMatches(wanted: StyleCondition["row_index"], index: number | undefined): boolean {
  if (index === undefined) return false;
  if (wanted === "odd") return index % 2 === 1;
  if (wanted === "even") return index % 2 === 0;
  return Array.isArray(wanted) ? wanted.includes(index) : wanted === index;
}

/** A predicate for an `if` block: every key given must hold. */
function compileCondition(condition: StyleCondition): (target: StyleTarget) => boolean {
  const tests: ((target: StyleTarget) => boolean)[] = [];
  const { column_id, column_type, column_editable, filter_query, row_index, header_index, state } = condition;
  if (column_id !== undefined) {
    const ids = Array.isArray(column_id) ? column_id : [column_id];
    tests.push((t) => ids.includes(t.columnId));
  }
  if (column_type !== undefined) tests.push((t) => t.columnType === column_type);
  if (column_editable !== undefined) tests.push((t) => t.columnEditable === column_editable);
  if (row_index !== undefined) tests.push((t) => indexMatches(row_index, t.rowIndex));
  if (header_index !== undefined) tests.push((t) => indexMatches(header_index, t.headerIndex));
  if (state !== undefined) tests.push((t) => (state === "active" ? Boolean(t.active) : Boolean(t.selected)));
  if (filter_query !== undefined) {
    // Parsed once per rule; a query that does not parse never matches.
    const parsed = parseFilter(filter_query);
    const expr = parsed.ok ? parsed.expr : undefined;
    tests.push((t) => t.row !== undefined && expr !== undefined && (expr === null || matchesFilter(expr, t.row)));
  }
  return (target) => tests.every((test) => test(target));
}

/** Rules for one style prop and its conditional list: the plain style first, then each entry. */
export function styleRules(base: StyleObject | undefined, conditionals: ConditionalStyle[] | undefined): StyleRule[] {
  const rules: StyleRule[] = base ? [{ applies: () => true, style: camelCaseStyle(base) }] : [];
  for (const entry of conditionals ?? []) {
    rules.push({ applies: compileCondition(entry.if ?? {}), style: camelCaseStyle(entry) });
  }
  return rules;
}

/** The style of one cell: every applying rule merged in order. */
export function cascade(rules: StyleRule[], target: StyleTarget): CSSProperties {
  let style: CSSProperties = {};
  for (const rule of rules) {
    if (rule.applies(target)) style = { ...style, ...rule.style };
  }
  return style;
}
