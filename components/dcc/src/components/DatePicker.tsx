import React, { useEffect, useRef, useState } from "react";
import { DashProps } from "../types";
import {
  addMonths,
  compareDates,
  formatDate,
  isBlocked,
  monthGrid,
  parseIso,
  parseTyped,
  SimpleDate,
  today,
  toIso,
  weekdayHeader,
  addDays,
} from "../utils/dates";

interface CalendarOptions {
  min_date_allowed?: string;
  max_date_allowed?: string;
  disabled_days?: string[];
  initial_visible_month?: string;
  display_format?: string;
  month_format?: string;
  first_day_of_week?: number;
  show_outside_days?: boolean;
  stay_open_on_select?: boolean;
  number_of_months_shown?: number;
  calendar_orientation?: "vertical" | "horizontal";
  clearable?: boolean;
  reopen_calendar_on_clear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  day_size?: number;
  is_RTL?: boolean;
  with_portal?: boolean;
  with_full_screen_portal?: boolean;
}

interface SingleOwnProps extends CalendarOptions {
  date?: string | null;
}

interface RangeOwnProps extends CalendarOptions {
  start_date?: string | null;
  end_date?: string | null;
  minimum_nights?: number;
  updatemode?: "singledate" | "bothdates";
  start_date_placeholder_text?: string;
  end_date_placeholder_text?: string;
  start_date_id?: string;
  end_date_id?: string;
}

const DEFAULT_FORMAT = "YYYY-MM-DD";

interface CalendarProps {
  options: CalendarOptions;
  visible: SimpleDate;
  onVisible: (month: SimpleDate) => void;
  isSelected: (date: SimpleDate) => boolean;
  inRange: (date: SimpleDate) => boolean;
  isExtraBlocked: (date: SimpleDate) => boolean;
  onPick: (date: SimpleDate) => void;
}

/** Month grids with previous/next navigation; days are buttons carrying their ISO date. */
function Calendar({ options, visible, onVisible, isSelected, inRange, isExtraBlocked, onPick }: CalendarProps): React.ReactElement {
  const min = parseIso(options.min_date_allowed);
  const max = parseIso(options.max_date_allowed);
  const disabled = (options.disabled_days ?? []).map((day) => parseIso(day)).filter(Boolean).map((day) => toIso(day as SimpleDate));
  const firstDay = options.first_day_of_week ?? 0;
  const size = options.day_size ?? 34;
  const months = Array.from({ length: Math.max(1, options.number_of_months_shown ?? 1) }, (_, i) => addMonths(visible, i));
  return (
    <div
      className={`dash-datepicker-calendar${options.calendar_orientation === "vertical" ? " dash-datepicker-calendar--vertical" : ""}`}
      dir={options.is_RTL ? "rtl" : undefined}
      onMouseDown={(event) => event.preventDefault() /* keep focus in the input */}
    >
      <div className="dash-datepicker-nav">
        <button type="button" className="dash-datepicker-prev" aria-label="previous month" onClick={() => onVisible(addMonths(visible, -1))}>
          ‹
        </button>
        <button type="button" className="dash-datepicker-next" aria-label="next month" onClick={() => onVisible(addMonths(visible, 1))}>
          ›
        </button>
      </div>
      <div className="dash-datepicker-months">
        {months.map((month) => (
          <table key={`${month.year}-${month.month}`} className="dash-datepicker-month">
            <caption className="dash-datepicker-caption">{formatDate(month, options.month_format ?? "MMMM YYYY")}</caption>
            <thead>
              <tr>
                {weekdayHeader(firstDay).map((name) => (
                  <th key={name}>{name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(month.year, month.month, firstDay).map((week, row) => (
                <tr key={row}>
                  {week.map((day, column) => (
                    <td key={column} style={{ width: size, height: size }}>
                      {day ? (
                        <button
                          type="button"
                          className={[
                            "dash-datepicker-day",
                            isSelected(day) ? "dash-datepicker-day--selected" : "",
                            inRange(day) ? "dash-datepicker-day--in-range" : "",
                          ]
                            .filter(Boolean)
                            .join(" ")}
                          data-date={toIso(day)}
                          aria-label={toIso(day)}
                          disabled={isBlocked(day, min, max, disabled) || isExtraBlocked(day)}
                          onClick={() => onPick(day)}
                        >
                          {day.day}
                        </button>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}

/** Closes a popup when the user presses the mouse outside `ref`. */
function useOutsideClose(ref: React.RefObject<HTMLElement>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const onDown = (event: MouseEvent): void => {
      if (ref.current && !ref.current.contains(event.target as Node)) {
        close();
      }
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);
}

/** A text box bound to an ISO date: shows it formatted, accepts typed dates on Enter/blur. */
function DateInput(props: {
  id?: string;
  value: string | null | undefined;
  format: string;
  placeholder?: string;
  disabled?: boolean;
  onFocus: () => void;
  onCommit: (date: SimpleDate | null) => void;
}): React.ReactElement {
  const parsed = parseIso(props.value);
  const shown = parsed ? formatDate(parsed, props.format) : "";
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = (): void => {
    if (text === shown) {
      return;
    }
    if (!text.trim()) {
      props.onCommit(null);
      return;
    }
    const typed = parseTyped(text, props.format);
    if (typed) {
      props.onCommit(typed);
    } else {
      setText(shown); // not a date: restore
    }
  };
  return (
    <input
      id={props.id}
      className="dash-datepicker-input"
      type="text"
      autoComplete="off"
      value={text}
      placeholder={props.placeholder}
      disabled={props.disabled}
      onFocus={props.onFocus}
      onClick={props.onFocus}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
    />
  );
}

function initialMonth(...candidates: (string | null | undefined)[]): SimpleDate {
  const first = candidates.map((value) => parseIso(value)).find(Boolean);
  return { ...(first ?? today()), day: 1 };
}

function rootClass(base: string, className: string | undefined, disabled: boolean | undefined): string {
  return [base, disabled ? `${base}--disabled` : "", className ?? ""].filter(Boolean).join(" ");
}

/** One date (`date`, ISO) picked from a calendar or typed. */
export function DatePickerSingle(props: DashProps<SingleOwnProps>): React.ReactElement {
  const { date, setProps, clearable = false, disabled = false } = props;
  const [open, setOpen] = useState(false);
  const [visible, setVisible] = useState(() => initialMonth(props.initial_visible_month, date));
  const root = useRef<HTMLDivElement>(null);
  useOutsideClose(root, open, () => setOpen(false));
  const selected = parseIso(date);
  const format = props.display_format ?? DEFAULT_FORMAT;

  const pick = (day: SimpleDate | null): void => {
    setProps({ date: day ? toIso(day) : null });
    if (day) {
      setVisible({ ...day, day: 1 });
    }
    setOpen(day === null ? Boolean(props.reopen_calendar_on_clear) : Boolean(props.stay_open_on_select));
  };

  return (
    <div id={props.id} ref={root} className={rootClass("dash-datepicker", props.className, disabled)} style={props.style}>
      <DateInput
        value={date}
        format={format}
        placeholder={props.placeholder ?? "Select Date"}
        disabled={disabled}
        onFocus={() => !disabled && setOpen(true)}
        onCommit={pick}
      />
      {clearable && selected && !disabled ? (
        <button type="button" className="dash-datepicker-clear" aria-label="clear date" onClick={() => pick(null)}>
          ×
        </button>
      ) : null}
      {open ? (
        <Calendar
          options={{ ...props, number_of_months_shown: props.number_of_months_shown ?? 1 }}
          visible={visible}
          onVisible={setVisible}
          isSelected={(day) => selected !== null && compareDates(day, selected) === 0}
          inRange={() => false}
          isExtraBlocked={() => false}
          onPick={pick}
        />
      ) : null}
    </div>
  );
}

/** A start and an end date; days between them are highlighted. */
export function DatePickerRange(props: DashProps<RangeOwnProps>): React.ReactElement {
  const { setProps, updatemode = "singledate", clearable = false, disabled = false, minimum_nights = 0 } = props;
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<"start" | "end">("start");
  const [visible, setVisible] = useState(() => initialMonth(props.initial_visible_month, props.start_date, props.end_date));
  // With updatemode="bothdates" the first pick waits here until the second one.
  const [pendingStart, setPendingStart] = useState<string | null | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  useOutsideClose(root, open, () => setOpen(false));
  const format = props.display_format ?? DEFAULT_FORMAT;
  const start = parseIso(pendingStart !== undefined ? pendingStart : props.start_date);
  const end = parseIso(pendingStart !== undefined ? null : props.end_date);

  const report = (changes: { start_date?: string | null; end_date?: string | null }, complete: boolean): void => {
    if (updatemode === "bothdates" && !complete) {
      setPendingStart(changes.start_date);
      return;
    }
    setPendingStart(undefined);
    setProps(changes);
  };

  const pick = (day: SimpleDate): void => {
    if (editing === "start" || !start || compareDates(day, start) < 0) {
      const keepEnd = end !== null && compareDates(addDays(day, minimum_nights), end) <= 0;
      report({ start_date: toIso(day), ...(keepEnd ? {} : { end_date: null }) }, keepEnd);
      setEditing("end");
    } else {
      report({ start_date: toIso(start), end_date: toIso(day) }, true);
      setEditing("start");
      setOpen(Boolean(props.stay_open_on_select));
    }
  };

  const clear = (): void => {
    setPendingStart(undefined);
    setProps({ start_date: null, end_date: null });
    setEditing("start");
    setOpen(Boolean(props.reopen_calendar_on_clear));
  };

  const openFor = (which: "start" | "end") => (): void => {
    if (!disabled) {
      setEditing(which);
      setOpen(true);
    }
  };

  return (
    <div id={props.id} ref={root} className={rootClass("dash-datepicker dash-datepicker-range", props.className, disabled)} style={props.style}>
      <DateInput
        id={props.start_date_id}
        value={start ? toIso(start) : null}
        format={format}
        placeholder={props.start_date_placeholder_text ?? "Start Date"}
        disabled={disabled}
        onFocus={openFor("start")}
        onCommit={(day) => (day ? pick(day) : report({ start_date: null }, true))}
      />
      <span className="dash-datepicker-range-arrow">→</span>
      <DateInput
        id={props.end_date_id}
        value={end ? toIso(end) : null}
        format={format}
        placeholder={props.end_date_placeholder_text ?? "End Date"}
        disabled={disabled}
        onFocus={openFor("end")}
        onCommit={(day) => (day ? pick(day) : report({ end_date: null }, true))}
      />
      {clearable && (start || end) && !disabled ? (
        <button type="button" className="dash-datepicker-clear" aria-label="clear dates" onClick={clear}>
          ×
        </button>
      ) : null}
      {open ? (
        <Calendar
          options={{ ...props, number_of_months_shown: props.number_of_months_shown ?? 2 }}
          visible={visible}
          onVisible={setVisible}
          isSelected={(day) => [start, end].some((edge) => edge !== null && compareDates(day, edge) === 0)}
          inRange={(day) => start !== null && end !== null && compareDates(day, start) > 0 && compareDates(day, end) < 0}
          isExtraBlocked={(day) =>
            editing === "end" && start !== null && compareDates(day, start) > 0 && compareDates(day, addDays(start, minimum_nights)) < 0
          }
          onPick={pick}
        />
      ) : null}
    </div>
  );
}
