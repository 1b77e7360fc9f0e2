import React, { useEffect, useMemo, useRef, useState } from "react";
import { renderLabel, useComponentPath } from "../dashApi";
import { DashProps, OptionValue } from "../types";
import { asValueList, filterOptions, normalizeOptions, Option } from "../utils/options";
import { visibleWindow } from "../utils/virtualList";

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

/** A select box (single or multi, searchable); long option lists render only the rows in view. */
export function Dropdown(props: DropdownProps): React.ReactElement {
  const { id, className, style, setProps, multi = false, clearable = true, searchable = true, disabled = false } = props;
  const labels = { ...DEFAULT_LABELS, ...props.labels };
  const maxHeight = props.maxHeight ?? 200;
  const rowHeight = typeof props.optionHeight === "number" ? props.optionHeight : AUTO_OPTION_HEIGHT;
  const closeOnSelect = props.closeOnSelect ?? !multi;
  const componentPath = useComponentPath();

  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(props.search_value ?? "");
  const [highlight, setHighlight] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

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
    setHighlight(0);
    setScrollTop(0);
    if (menu.current) {
      menu.current.scrollTop = 0;
    }
    setProps({ search_value: text });
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
    } else {
      setProps({ value: option.value });
    }
    if (closeOnSelect) {
      setOpen(false);
    }
  };

  const clear = (event: React.MouseEvent): void => {
    event.stopPropagation();
    setProps({ value: multi ? [] : null });
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (disabled) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = Math.max(0, Math.min(shown.length - 1, highlight + step));
      setHighlight(next);
      scrollIntoView(next);
    } else if (event.key === "Enter" && open && shown[highlight]) {
      event.preventDefault();
      choose(shown[highlight]);
    } else if (event.key === "Escape") {
      setOpen(false);
    } else if (event.key === "Backspace" && multi && !query && selected.length) {
      setProps({ value: selected.slice(0, -1) });
    }
  };

  const scrollIntoView = (index: number): void => {
    const element = menu.current;
    if (!element) {
      return;
    }
    const top = index * rowHeight;
    if (top < element.scrollTop) {
      element.scrollTop = top;
    } else if (top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + rowHeight - element.clientHeight;
    }
  };

  const labelOf = (value: OptionValue): React.ReactNode => {
    const option = options.find((item) => item.value === value);
    return option ? renderLabel(option.label, componentPath, option.labelPath) : String(value);
  };

  const renderValue = (): React.ReactNode => {
    if (!selected.length) {
      return query ? null : <span className="dash-dropdown-placeholder">{props.placeholder ?? ""}</span>;
    }
    if (!multi) {
      return query ? null : <span className="dash-dropdown-value">{labelOf(selected[0])}</span>;
    }
    return selected.map((value) => (
      <span key={String(value)} className="dash-dropdown-value-item">
        {labelOf(value)}
        <span
          className="dash-dropdown-value-remove"
          role="button"
          aria-label="remove"
          onMouseDown={(event) => event.stopPropagation()}
          onClick={(event) => {
            event.stopPropagation();
            setProps({ value: selected.filter((item) => item !== value) });
          }}
        >
          ×
        </span>
      </span>
    ));
  };

  const range = visibleWindow(shown.length, rowHeight, maxHeight, scrollTop);
  const allShownSelected = shown.length > 0 && shown.every((option) => selected.includes(option.value));

  return (
    <div
      id={id}
      ref={root}
      className={["dash-dropdown", open ? "dash-dropdown--open" : "", disabled ? "dash-dropdown--disabled" : "", className ?? ""]
        .filter(Boolean)
        .join(" ")}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div
        className="dash-dropdown-control"
        tabIndex={searchable ? -1 : 0}
        onClick={() => !disabled && setOpen(true)}
      >
        <div className="dash-dropdown-values">
          {renderValue()}
          {searchable && !disabled && (open || query) ? (
            <input
              className="dash-dropdown-search"
              autoFocus
              value={query}
              aria-label={labels.search}
              onChange={(event) => {
                setOpen(true);
                changeQuery(event.target.value);
              }}
            />
          ) : null}
        </div>
        {clearable && !disabled && selected.length ? (
          <span className="dash-dropdown-clear" role="button" title={labels.clear_selection} onClick={clear}>
            ×
          </span>
        ) : null}
        <span
          className="dash-dropdown-arrow"
          role="button"
          onClick={(event) => {
            event.stopPropagation();
            if (!disabled) {
              setOpen(!open);
            }
          }}
        >
          ▾
        </span>
      </div>
      {open ? (
        <div className="dash-dropdown-menu">
          {multi && shown.length ? (
            <div className="dash-dropdown-actions">
              <span
                className="dash-dropdown-action"
                role="button"
                onClick={() =>
                  setProps({
                    value: allShownSelected
                      ? selected.filter((value) => !shown.some((option) => option.value === value))
                      : [...selected, ...shown.filter((o) => !o.disabled && !selected.includes(o.value)).map((o) => o.value)],
                  })
                }
              >
                {allShownSelected ? labels.deselect_all : labels.select_all}
              </span>
            </div>
          ) : null}
          <div
            ref={menu}
            className="dash-dropdown-options"
            role="listbox"
            style={{ maxHeight, overflowY: "auto" }}
            onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          >
            {shown.length === 0 ? <div className="dash-dropdown-empty">{labels.no_options_found}</div> : null}
            <div style={{ height: range.start * rowHeight }} />
            {shown.slice(range.start, range.end).map((option, offset) => {
              const index = range.start + offset;
              const isSelected = selected.includes(option.value);
              return (
                <div
                  key={String(option.value)}
                  role="option"
                  aria-selected={isSelected}
                  title={option.title}
                  className={[
                    "dash-dropdown-option",
                    isSelected ? "dash-dropdown-option--selected" : "",
                    index === highlight ? "dash-dropdown-option--focused" : "",
                    option.disabled ? "dash-dropdown-option--disabled" : "",
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  style={{ minHeight: rowHeight, height: props.optionHeight === "auto" ? undefined : rowHeight }}
                  onMouseEnter={() => setHighlight(index)}
                  onClick={() => choose(option)}
                >
                  {multi ? <input type="checkbox" readOnly checked={isSelected} tabIndex={-1} /> : null}
                  {renderLabel(option.label, componentPath, option.labelPath)}
                </div>
              );
            })}
            <div style={{ height: (shown.length - range.end) * rowHeight }} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
