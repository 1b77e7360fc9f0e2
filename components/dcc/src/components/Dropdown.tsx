import React, { useEffect, useMemo, useRef, useState } from "react";
import { renderLabel, useComponentPath } from "../dashApi";
import { DashProps, OptionValue } from "../types";
import { joinClasses } from "../utils/classes";
import { asValueList, filterOptions, normalizeOptions, Option } from "../utils/options";
import { visibleWindow } from "../utils/virtualList";
import { ChevronIcon, CrossIcon, SearchIcon } from "./icons";
import { OptionsList } from "./OptionsList";

interface DropdownLabels {
  select_all?: string;
  deselect_all?: string;
  selected_count?: string;
  search?: string;
  clear_search?: string;
  clear_selection?: string;
  no_options_found?: string;
}

interface DropdownOwnProps {
  options?: unknown;
  value?: OptionValue | OptionValue[] | null;
  multi?: boolean;
  clearable?: boolean;
  searchable?: boolean;
  search_value?: string;
  placeholder?: string;
  disabled?: boolean;
  closeOnSelect?: boolean;
  optionHeight?: number | "auto";
  maxHeight?: number;
  labels?: DropdownLabels;
}

type DropdownProps = DashProps<DropdownOwnProps>;

const DEFAULT_LABELS: Required<DropdownLabels> = {
  select_all: "Select All",
  deselect_all: "Deselect All",
  selected_count: "{num_selected} selected",
  search: "Search",
  clear_search: "Clear search",
  clear_selection: "Clear selection",
  no_options_found: "No options found",
};
// Row height used to window long option lists when optionHeight is "auto".
const AUTO_OPTION_HEIGHT = 34;

// Focusable inputs of the menu's options, in display order.
const OPTION_INPUTS = ".dash-options-list-option-checkbox:not(:disabled)";

/**
 * A select box (single or multi, searchable). The DOM is Dash 4's: a wrapper holding a
 * focus target, the trigger button (`#id.dash-dropdown`) and, while open, the menu
 * (`.dash-dropdown-content`) with its search box, Select/Deselect All and the options list.
 * Long option lists render only the rows in view.
 */
export function Dropdown(props: DropdownProps): React.ReactElement {
  const { id, className, style, setProps, multi = false, clearable = true, searchable = true, disabled = false } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const maxHeight = props.maxHeight ?? 200;
  const rowHeight = typeof props.optionHeight === "number" ? props.optionHeight : AUTO_OPTION_HEIGHT;
  const closeOnSelect = props.closeOnSelect ?? !multi;
  const componentPath = useComponentPath();
  const menuId = useMemo(() => `dash-dropdown-menu-${(nextMenu += 1)}`, []);

  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(props.search_value ?? "");
  const [scrollTop, setScrollTop] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const options = useMemo(() => normalizeOptions(props.options), [props.options]);
  const shown = useMemo(() => filterOptions(options, query), [options, query]);
  const selected = asValueList(props.value);

  // New options drop selected values they no longer offer. Not while searching: options
  // computed from search_value by a callback would otherwise wipe the selection.
  const optionsChanged = useRef(false);
  useEffect(() => {
    if (!optionsChanged.current) {
      optionsChanged.current = true;
      return;
    }
    if (query) {
      return;
    }
    const offered = new Set(options.map((option) => option.value));
    const kept = selected.filter((value) => offered.has(value));
    if (kept.length !== selected.length) {
      setProps({ value: multi ? kept : null });
    }
  }, [options]);

  useEffect(() => {
    if (!open) {
      // Closing the menu ends the search.
      if (query) {
        changeQuery("");
      }
      return undefined;
    }
    // Opening focuses the search box of a multi dropdown; a single one focuses its selected
    // option (as Dash does), else the search box, else the first option.
    const inputs = list.current;
    const selectedInput = multi ? null : inputs?.querySelector<HTMLInputElement>(`.selected ${OPTION_INPUTS}`);
    const first = selectedInput ?? search.current ?? inputs?.querySelector<HTMLInputElement>(OPTION_INPUTS);
    first?.focus({ preventScroll: true });
    const close = (event: MouseEvent): void => {
      if (root.current && !root.current.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const changeQuery = (text: string): void => {
    setQuery(text);
    setScrollTop(0);
    if (list.current) {
      list.current.scrollTop = 0;
    }
    setProps({ search_value: text });
  };

  const close = (): void => {
    setOpen(false);
    trigger.current?.focus({ preventScroll: true });
  };

  const choose = (option: Option): void => {
    if (option.disabled) {
      return;
    }
    if (multi) {
      const next = selected.includes(option.value)
        ? selected.filter((value) => value !== option.value)
        : [...selected, option.value];
      setProps({ value: next });
    } else if (option.value !== props.value) {
      setProps({ value: option.value });
    }
    if (closeOnSelect) {
      close();
    }
  };

  const clear = (event: React.MouseEvent): void => {
    event.stopPropagation();
    event.preventDefault();
    setProps({ value: multi ? [] : null });
  };

  /** Moves the focus `step` options up or down from the focused one (or into the list). */
  const moveFocus = (step: number): void => {
    const inputs = Array.from(list.current?.querySelectorAll<HTMLInputElement>(OPTION_INPUTS) ?? []);
    const current = inputs.indexOf(document.activeElement as HTMLInputElement);
    const next = inputs[current < 0 ? 0 : Math.max(0, Math.min(inputs.length - 1, current + step))];
    next?.focus();
  };

  const onMenuKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      moveFocus(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && event.target === search.current) {
      event.preventDefault();
      const first = shown.find((option) => !option.disabled);
      if (first) {
        choose(first);
      }
    }
  };

  const onTriggerKeyDown = (event: React.KeyboardEvent): void => {
    if (!open && (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === "Backspace" && multi && selected.length) {
      setProps({ value: selected.slice(0, -1) });
    }
  };

  const labelOf = (value: OptionValue): React.ReactNode => {
    const option = options.find((item) => item.value === value);
    return renderLabel(option ? option.label : String(value), componentPath, option?.labelPath);
  };

  const range = visibleWindow(shown.length, rowHeight, maxHeight, scrollTop);
  const valueId = id === undefined ? undefined : `${id}-value`;
  const countId = id === undefined ? undefined : `${id}-value-count`;

  return (
    <div ref={root} className="dash-dropdown-wrapper" style={style}>
      <input
        className="dash-dropdown-focus-target"
        tabIndex={disabled ? -1 : 0}
        readOnly
        aria-hidden="true"
        onFocus={() => trigger.current?.focus()}
      />
      <button
        ref={trigger}
        id={id}
        disabled={disabled}
        type="button"
        tabIndex={-1}
        className={joinClasses("dash-dropdown", className)}
        aria-labelledby={id === undefined ? undefined : `${countId} ${valueId}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        data-state={open ? "open" : "closed"}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={onTriggerKeyDown}
      >
        <span className="dash-dropdown-grid-container dash-dropdown-trigger">
          <span id={valueId} className={joinClasses("dash-dropdown-value", !selected.length && "dash-dropdown-placeholder")}>
            {selected.length
              ? selected.map((value) => (
                  <span key={String(value)} className="dash-dropdown-value-item">
                    {labelOf(value)}
                  </span>
                ))
              : props.placeholder ?? ""}
          </span>
          {multi && selected.length > 1 ? (
            <span id={countId} className="dash-dropdown-value-count">
              {labels.selected_count.replace("{num_selected}", String(selected.length))}
            </span>
          ) : null}
          {clearable && !disabled && selected.length ? (
            <a className="dash-dropdown-clear" title={labels.clear_selection} aria-label={labels.clear_selection} onClick={clear}>
              <CrossIcon />
            </a>
          ) : null}
          <ChevronIcon className="dash-dropdown-trigger-icon" />
        </span>
      </button>
      {open ? (
        <div data-radix-popper-content-wrapper="" className="dash-dropdown-popper" onKeyDown={onMenuKeyDown}>
          <div data-side="bottom" data-align="start" data-state="open" role="dialog" id={menuId} className="dash-dropdown-content" tabIndex={-1}>
            {searchable ? (
              <div className="dash-dropdown-grid-container dash-dropdown-search-container">
                <SearchIcon className="dash-dropdown-search-icon" />
                <input
                  ref={search}
                  type="search"
                  className="dash-dropdown-search"
                  placeholder={labels.search}
                  autoComplete="off"
                  value={query}
                  onChange={(event) => changeQuery(event.target.value)}
                />
                {query ? (
                  <button type="button" className="dash-dropdown-clear" aria-label={labels.clear_search} onClick={() => changeQuery("")}>
                    <CrossIcon />
                  </button>
                ) : null}
              </div>
            ) : null}
            {multi ? (
              <div className="dash-dropdown-actions">
                <button
                  type="button"
                  className="dash-dropdown-action-button"
                  onClick={() =>
                    setProps({
                      value: [...selected, ...shown.filter((o) => !o.disabled && !selected.includes(o.value)).map((o) => o.value)],
                    })
                  }
                >
                  {labels.select_all}
                </button>
                <button
                  type="button"
                  className="dash-dropdown-action-button"
                  onClick={() => setProps({ value: selected.filter((value) => !shown.some((option) => option.value === value)) })}
                >
                  {labels.deselect_all}
                </button>
              </div>
            ) : null}
            {shown.length ? (
              <OptionsList
                ref={list}
                className="dash-dropdown-options"
                optionClassName="dash-dropdown-option"
                // Padding stands in for the rows outside the rendered window.
                style={{
                  maxHeight,
                  overflowY: "auto",
                  boxSizing: "border-box",
                  paddingTop: range.start * rowHeight,
                  paddingBottom: (shown.length - range.end) * rowHeight,
                }}
                optionStyle={{ minHeight: rowHeight, height: props.optionHeight === "auto" ? undefined : rowHeight }}
                options={shown.slice(range.start, range.end)}
                firstIndex={range.start}
                kind={multi ? "checkbox" : "radio"}
                isSelected={(value) => selected.includes(value)}
                onSelect={choose}
                onKeyDown={(event, option) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    choose(option);
                  }
                }}
                componentPath={componentPath}
                onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
              />
            ) : (
              <div className="dash-dropdown-options">
                <span className="dash-dropdown-option">{labels.no_options_found}</span>
              </div>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}

let nextMenu = 0;
