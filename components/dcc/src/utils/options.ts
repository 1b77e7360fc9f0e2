// Normalises the option forms Dropdown, Checklist and RadioItems accept.
import type React from "react";
import type { OptionValue } from "../types";

/** One option after normalisation. */
export interface Option {
  label: React.ReactNode;
  value: OptionValue;
  disabled?: boolean;
  title?: string;
  /** Text matched by Dropdown's search (defaults to the label's text). */
  search: string;
  /** Where the label sits inside the component's props, for labels that are components. */
  labelPath?: (string | number)[];
}

function isScalar(value: unknown): value is OptionValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function fromObject(item: Record<string, unknown>, index: number): Option {
  const value = item.value as OptionValue;
  const label = (item.label ?? String(value)) as React.ReactNode;
  const search = typeof item.search === "string" ? item.search : isScalar(label) ? String(label) : String(value);
  return {
    label,
    value,
    disabled: Boolean(item.disabled),
    title: typeof item.title === "string" ? item.title : undefined,
    search,
    labelPath: ["options", index, "label"],
  };
}

/**
 * Accepts a list of scalars, a list of `{label, value, disabled?, title?, search?}`, or a
 * dict of value -> label, and returns the options in display order.
 */
export function normalizeOptions(options: unknown): Option[] {
  if (Array.isArray(options)) {
    return options.map((item, index) =>
      isScalar(item)
        ? { label: String(item), value: item, search: String(item) }
        : fromObject((item ?? {}) as Record<string, unknown>, index),
    );
  }
  if (options && typeof options === "object") {
    return Object.entries(options as Record<string, unknown>).map(([value, label]) => ({
      label: (label ?? value) as React.ReactNode,
      value,
      search: isScalar(label) ? String(label) : value,
    }));
  }
  return [];
}

/** Options whose search text contains `query` (case-insensitive); all when the query is empty. */
export function filterOptions(options: Option[], query: string): Option[] {
  const needle = query.trim().toLowerCase();
  if (!needle) {
    return options;
  }
  return options.filter((option) => option.search.toLowerCase().includes(needle));
}

/** The value as a list (Dropdown multi / Checklist values may arrive as null or a scalar). */
export function asValueList(value: unknown): OptionValue[] {
  if (value === null || value === undefined) {
    return [];
  }
  return Array.isArray(value) ? (value as OptionValue[]) : [value as OptionValue];
}
