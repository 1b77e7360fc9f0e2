import React, { useEffect, useRef, useState } from "react";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";

interface InputOwnProps {
  value?: string | number | null;
  type?: string;
  debounce?: boolean | number;
  n_submit?: number;
  n_submit_timestamp?: number;
  n_blur?: number;
  n_blur_timestamp?: number;
  placeholder?: string | number;
  inputMode?: string;
  autoComplete?: string;
  readOnly?: boolean | string;
  required?: boolean | string;
  autoFocus?: boolean | string;
  disabled?: boolean | string;
  list?: string;
  multiple?: boolean;
  spellCheck?: boolean | string;
  name?: string;
  min?: string | number;
  max?: string | number;
  step?: string | number;
  minLength?: string | number;
  maxLength?: string | number;
  pattern?: string;
  size?: string;
}

type InputProps = DashProps<InputOwnProps>;

function display(value: InputOwnProps["value"]): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The value to report for the element's text, or `undefined` when the text is not a value yet. */
export function parseInputValue(
  type: string,
  element: { value: string; validity?: { badInput?: boolean; rangeOverflow?: boolean; rangeUnderflow?: boolean } },
):
  | string
  | number
  | null
  | undefined {
  if (type !== "number" && type !== "range") {
    return element.value;
  }
  if (element.validity?.badInput) {
    return undefined; // e.g. "1e" while typing: wait for a number
  }
  if (element.value === "" || element.validity?.rangeOverflow || element.validity?.rangeUnderflow) {
    return null; // empty, or outside min/max
  }
  const number = Number(element.value);
  return Number.isNaN(number) ? undefined : number;
}

function flag(value: boolean | string | undefined): boolean | undefined {
  return value === undefined ? undefined : Boolean(value) && value !== "false";
}

/** A text/number/... input; `debounce` delays `value` until Enter/blur (true) or a pause in seconds (number). */
export function Input(props: InputProps): React.ReactElement {
  const { id, className, style, setProps, type = "text", debounce = false, n_submit = 0, n_blur = 0 } = props;
  const [text, setText] = useState(display(props.value));
  const sent = useRef(props.value);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    // A callback changed the value: show it unless it is what this input already holds.
    if (props.value !== sent.current) {
      sent.current = props.value;
      setText(display(props.value));
    }
  }, [props.value]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const pendingValue = (element: HTMLInputElement): Partial<InputOwnProps> => {
    const value = parseInputValue(type, element);
    if (value === undefined || value === sent.current) {
      return {};
    }
    sent.current = value;
    return { value };
  };

  const onChange = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const element = event.target;
    setText(element.value);
    window.clearTimeout(timer.current);
    if (debounce === false || debounce === 0) {
      const changes = pendingValue(element);
      if ("value" in changes) {
        setProps(changes);
      }
    } else if (typeof debounce === "number") {
      timer.current = window.setTimeout(() => {
        const changes = pendingValue(element);
        if ("value" in changes) {
          setProps(changes);
        }
      }, debounce * 1000);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Enter") {
      window.clearTimeout(timer.current);
      setProps({ ...pendingValue(event.currentTarget), n_submit: n_submit + 1, n_submit_timestamp: Date.now() });
    }
  };

  const onBlur = (event: React.FocusEvent<HTMLInputElement>): void => {
    window.clearTimeout(timer.current);
    const changes = debounce === false || debounce === 0 ? {} : pendingValue(event.currentTarget);
    setProps({ ...changes, n_blur: n_blur + 1, n_blur_timestamp: Date.now() });
  };

  const isNumber = type === "number";
  const stepBy = (direction: 1 | -1): void => {
    const next = stepValue(text, direction, props.step, props.min, props.max);
    setText(String(next));
    sent.current = next;
    setProps({ value: next });
  };
  const current = Number(text);
  const atMin = props.min !== undefined && text !== "" && current <= Number(props.min);
  const atMax = props.max !== undefined && text !== "" && current >= Number(props.max);
  const disabled = flag(props.disabled);

  // Dash 4 wraps the element in a container (which takes className and style); number
  // inputs get their own − / + stepper buttons.
  return (
    <div className={joinClasses("dash-input-container", "dash-input", className)} style={style}>
      <input
        id={id}
        className="dash-input-element"
        type={type}
        value={text}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        placeholder={props.placeholder === undefined ? undefined : String(props.placeholder)}
        inputMode={(props.inputMode ?? "verbatim") as React.HTMLAttributes<HTMLInputElement>["inputMode"]}
        autoComplete={props.autoComplete ?? "off"}
        readOnly={flag(props.readOnly)}
        required={flag(props.required)}
        autoFocus={flag(props.autoFocus)}
        disabled={disabled}
        list={props.list}
        multiple={props.multiple}
        spellCheck={flag(props.spellCheck)}
        name={props.name}
        min={props.min}
        max={props.max}
        step={props.step ?? "any"}
        minLength={props.minLength === undefined ? undefined : Number(props.minLength)}
        maxLength={props.maxLength === undefined ? undefined : Number(props.maxLength)}
        pattern={props.pattern}
        size={props.size === undefined ? undefined : Number(props.size)}
      />
      {isNumber ? (
        <>
          <button
            type="button"
            className="dash-input-stepper dash-stepper-decrement"
            aria-controls={id}
            aria-label="Decrease value"
            disabled={disabled || atMin || undefined}
            onClick={() => stepBy(-1)}
          >
            −
          </button>
          <button
            type="button"
            className="dash-input-stepper dash-stepper-increment"
            aria-controls={id}
            aria-label="Increase value"
            disabled={disabled || atMax || undefined}
            onClick={() => stepBy(1)}
          >
            +
          </button>
        </>
      ) : null}
    </div>
  );
}

/** The value one step up or down from `text` (a number input's stepper), kept within min/max. */
export function stepValue(
  text: string,
  direction: 1 | -1,
  step: string | number | undefined,
  min: string | number | undefined,
  max: string | number | undefined,
): number {
  const size = step === undefined || step === "any" || !Number(step) ? 1 : Number(step);
  const start = text === "" || Number.isNaN(Number(text)) ? 0 : Number(text);
  // Round away the float noise of e.g. 0.1 + 0.2.
  let next = Number((start + direction * size).toPrecision(12));
  if (max !== undefined && max !== "" && next > Number(max)) {
    next = Number(max);
  }
  if (min !== undefined && min !== "" && next < Number(min)) {
    next = Number(min);
  }
  return next;
}
