import React, { useEffect, useRef, useState } from "react";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";
import { autoMarks, Mark, Marks, percent, resolveScale, Scale, snap, tooltipText } from "../utils/slider";

interface Tooltip {
  always_visible?: boolean;
  placement?: string;
  template?: string;
  style?: React.CSSProperties;
  /** Name of a function in window.dccFunctions that maps the value before display. */
  transform?: string;
}

interface SliderCommonProps {
  min?: number;
  max?: number;
  step?: number | null;
  marks?: Marks | null;
  disabled?: boolean;
  dots?: boolean;
  included?: boolean;
  reverse?: boolean;
  tooltip?: Tooltip;
  updatemode?: "mouseup" | "drag";
  vertical?: boolean;
  verticalHeight?: number;
  allow_direct_input?: boolean;
}

interface SliderOwnProps extends SliderCommonProps {
  value?: number | null;
  drag_value?: number | null;
}

interface RangeSliderOwnProps extends SliderCommonProps {
  value?: number[] | null;
  drag_value?: number[] | null;
  allowCross?: boolean;
  pushable?: number | boolean;
  count?: number;
}

declare global {
  interface Window {
    dccFunctions?: Record<string, (value: number) => unknown>;
  }
}

interface CoreProps extends SliderCommonProps {
  id?: string;
  className?: string;
  style?: React.CSSProperties;
  values: number[];
  /** RangeSlider (its handles are labelled Minimum/Maximum and it has a lower-bound box). */
  isRange?: boolean;
  allowCross?: boolean;
  pushable?: number | boolean;
  /** Report values: `final` is false while a handle is being dragged. */
  report: (values: number[], final: boolean) => void;
}

function markLabel(mark: Mark): { label: string; style?: React.CSSProperties } {
  return typeof mark === "string" ? { label: mark } : { label: mark.label ?? "", style: mark.style };
}

function displayValue(value: number, tooltip: Tooltip | undefined): string {
  const transform = tooltip?.transform ? window.dccFunctions?.[tooltip.transform] : undefined;
  return tooltipText(Number(transform ? transform(value) : value), tooltip?.template);
}

/** Keep handle `index` between its neighbours (plus `pushable` distance) unless crossing is allowed. */
function constrain(values: number[], index: number, next: number, allowCross: boolean, pushable: number): number[] {
  const out = [...values];
  let value = next;
  if (!allowCross) {
    if (index > 0) {
      value = Math.max(value, out[index - 1] + pushable);
    }
    if (index < out.length - 1) {
      value = Math.min(value, out[index + 1] - pushable);
    }
  }
  out[index] = value;
  return out;
}

function SliderCore(props: CoreProps): React.ReactElement {
  const { disabled = false, vertical = false, reverse = false, included = true, tooltip } = props;
  const scale: Scale = resolveScale(props.min, props.max, props.step, props.marks);
  const marks: Marks = props.marks === undefined ? autoMarks(scale) : props.marks ?? {};
  const pushable = typeof props.pushable === "number" ? props.pushable : 0;
  const [values, setValues] = useState(props.values);
  const [active, setActive] = useState<number | null>(null);
  const dragging = useRef<number | null>(null);
  const rail = useRef<HTMLSpanElement>(null);

  const propsKey = JSON.stringify(props.values);
  useEffect(() => {
    if (dragging.current === null) {
      setValues(props.values);
    }
    // propsKey stands for props.values compared by content, not identity.
  }, [propsKey]);

  const position = (value: number): number => {
    const pct = percent(value, scale);
    return reverse ? 100 - pct : pct;
  };

  const valueAt = (clientX: number, clientY: number): number => {
    const box = rail.current?.getBoundingClientRect();
    if (!box) {
      return scale.min;
    }
    let fraction = vertical ? (box.bottom - clientY) / box.height : (clientX - box.left) / box.width;
    fraction = Math.min(1, Math.max(0, reverse ? 1 - fraction : fraction));
    return snap(scale.min + fraction * (scale.max - scale.min), scale, marks);
  };

  const move = (index: number, raw: number, final: boolean): void => {
    const next = constrain(values, index, snap(raw, scale, marks), Boolean(props.allowCross), pushable);
    const ordered = final && props.allowCross ? [...next].sort((a, b) => a - b) : next;
    setValues(ordered);
    // A click that leaves the handle where it was reports nothing.
    if (!final || JSON.stringify(ordered) !== JSON.stringify(props.values)) {
      props.report(ordered, final);
    }
  };

  const nearestHandle = (value: number): number =>
    values.reduce((best, current, index) => (Math.abs(current - value) < Math.abs(values[best] - value) ? index : best), 0);

  const onPointerDown = (event: React.PointerEvent<HTMLSpanElement>): void => {
    if (disabled || event.button !== 0) {
      return;
    }
    const value = valueAt(event.clientX, event.clientY);
    const handle = (event.target as HTMLElement).dataset.handle;
    const index = handle === undefined ? nearestHandle(value) : Number(handle);
    dragging.current = index;
    setActive(index);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    if (handle === undefined) {
      move(index, value, false);
    }
  };

  const onPointerMove = (event: React.PointerEvent<HTMLSpanElement>): void => {
    if (dragging.current !== null) {
      move(dragging.current, valueAt(event.clientX, event.clientY), false);
    }
  };

  const onPointerUp = (): void => {
    if (dragging.current !== null) {
      const index = dragging.current;
      dragging.current = null;
      setActive(null);
      move(index, values[index], true);
    }
  };

  const onKeyDown = (index: number) => (event: React.KeyboardEvent): void => {
    if (disabled) {
      return;
    }
    const step = scale.step ?? (scale.max - scale.min) / 100;
    const current = values[index];
    const keys: Record<string, number> = {
      ArrowRight: current + step,
      ArrowUp: current + step,
      ArrowLeft: current - step,
      ArrowDown: current - step,
      PageUp: current + step * 10,
      PageDown: current - step * 10,
      Home: scale.min,
      End: scale.max,
    };
    if (event.key in keys) {
      event.preventDefault();
      let target = keys[event.key];
      if (scale.step === null) {
        // Snap-to-marks sliders move from mark to mark.
        const sorted = Object.keys(marks).map(Number).sort((a, b) => a - b);
        const up = target > current;
        target = (up ? sorted.find((mark) => mark > current) : [...sorted].reverse().find((mark) => mark < current)) ?? current;
      }
      move(index, target, true);
    }
  };

  const axis = vertical ? "bottom" : "left";
  const showTooltip = (index: number): boolean => Boolean(tooltip) && (tooltip?.always_visible || active === index);
  const low = values.length > 1 ? Math.min(...values) : scale.min;
  const high = Math.max(...values);
  const trackStart = Math.min(position(low), position(high));
  const trackSize = Math.abs(position(high) - position(low));

  const isRange = props.isRange ?? values.length > 1;
  const orientation = vertical ? "vertical" : "horizontal";
  const outside = (value: number): boolean => (isRange ? value < low || value > high : value > high);
  const markEntries = Object.entries(marks);
  // Dash shows the typed-value boxes for horizontal sliders only: the lower bound's box
  // (range sliders) and the upper one.
  const inputs = props.allow_direct_input !== false && !vertical;
  const inputBounds = (index: number): [number, number] =>
    isRange ? [index === 0 ? scale.min : values[index - 1], index === values.length - 1 ? scale.max : values[index + 1]] : [scale.min, scale.max];

  return (
    <div id={props.id} className={joinClasses("dash-slider-container", props.className)} style={props.style}>
      {inputs
        ? values.map((value, index) => (
            <DirectInput
              key={index}
              className={joinClasses(
                "dash-input-container dash-range-slider-input",
                index === values.length - 1 ? "dash-range-slider-max-input" : "dash-range-slider-min-input",
              )}
              value={value}
              disabled={disabled}
              bounds={inputBounds(index)}
              step={scale.step}
              onCommit={(next) => move(index, next, true)}
            />
          ))
        : null}
      <div className="dash-slider-wrapper" style={vertical ? { height: props.verticalHeight ?? 400 } : undefined}>
        <span
          ref={rail}
          dir={vertical ? undefined : "ltr"}
          data-orientation={orientation}
          aria-disabled={disabled}
          data-disabled={disabled ? "" : undefined}
          className={joinClasses("dash-slider-root", markEntries.length > 0 && "has-marks")}
          data-included={included}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <span data-orientation={orientation} data-disabled={disabled ? "" : undefined} className="dash-slider-track">
            {included ? (
              <span
                data-orientation={orientation}
                data-disabled={disabled ? "" : undefined}
                className="dash-slider-range"
                style={vertical ? { bottom: `${trackStart}%`, height: `${trackSize}%` } : { left: `${trackStart}%`, width: `${trackSize}%` }}
              />
            ) : null}
          </span>
          {markEntries.map(([key, mark]) => {
            const { label, style } = markLabel(mark);
            return (
              <div
                key={key}
                className={joinClasses("dash-slider-mark", props.dots && "with-dots", outside(Number(key)) && "dash-slider-mark-outside-selection")}
                style={{ [axis]: `${position(Number(key))}%`, ...style }}
              >
                {label}
              </div>
            );
          })}
          {props.dots
            ? markEntries.map(([key]) => (
                <div
                  key={key}
                  className={joinClasses("dash-slider-dot", outside(Number(key)) && "dash-slider-dot-outside-selection")}
                  style={{ [axis]: `${position(Number(key))}%` }}
                />
              ))
            : null}
          {values.map((value, index) => (
            <span key={index} style={{ position: "absolute", [axis]: `${position(value)}%` }}>
              <span
                data-handle={index}
                role="slider"
                aria-valuemin={scale.min}
                aria-valuemax={scale.max}
                aria-orientation={orientation}
                data-orientation={orientation}
                data-disabled={disabled ? "" : undefined}
                tabIndex={disabled ? undefined : 0}
                className={`dash-slider-thumb dash-slider-thumb-${index + 1}`}
                aria-label={isRange ? (index === 0 ? "Minimum" : index === values.length - 1 ? "Maximum" : undefined) : undefined}
                aria-valuenow={value}
                onKeyDown={onKeyDown(index)}
                onMouseEnter={() => dragging.current === null && setActive(index)}
                onMouseLeave={() => dragging.current === null && setActive(null)}
              >
                {showTooltip(index) ? (
                  <div
                    className={joinClasses(
                      "dash-slider-tooltip",
                      `dash-slider-tooltip--${tooltip?.placement ?? "top"}`,
                      tooltip?.always_visible && "always-visible",
                    )}
                    style={tooltip?.style}
                  >
                    <div id={props.id === undefined ? undefined : `${props.id}-tooltip-${index + 1}-content`}>{displayValue(value, tooltip)}</div>
                  </div>
                ) : null}
              </span>
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}

function DirectInput(props: {
  className: string;
  value: number;
  disabled: boolean;
  bounds: [number, number];
  step: number | null;
  onCommit: (value: number) => void;
}): React.ReactElement {
  const [text, setText] = useState(String(props.value));
  useEffect(() => setText(String(props.value)), [props.value]);
  const commit = (): void => {
    const number = Number(text);
    if (text.trim() === "" || Number.isNaN(number)) {
      setText(String(props.value));
    } else if (number !== props.value) {
      props.onCommit(number);
    }
  };
  return (
    <input
      type="number"
      className={props.className}
      pattern="^\\d*\\.?\\d*$"
      value={text}
      min={props.bounds[0]}
      max={props.bounds[1]}
      step={props.step ?? "any"}
      disabled={props.disabled}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
    />
  );
}

/** A one-handle slider. `drag_value` follows the handle; `value` too when `updatemode="drag"`. */
export function Slider(props: DashProps<SliderOwnProps>): React.ReactElement {
  const { setProps, updatemode = "mouseup" } = props;
  const scale = resolveScale(props.min, props.max, props.step, props.marks);
  const value = props.value ?? scale.min;
  return (
    <SliderCore
      {...props}
      values={[value]}
      report={([next], final) =>
        setProps(final || updatemode === "drag" ? { value: next, drag_value: next } : { drag_value: next })
      }
    />
  );
}

/** A slider with several handles; `value` is the sorted list of handle values. */
export function RangeSlider(props: DashProps<RangeSliderOwnProps>): React.ReactElement {
  const { setProps, updatemode = "mouseup" } = props;
  const scale = resolveScale(props.min, props.max, props.step, props.marks);
  const values = props.value?.length ? props.value : Array.from({ length: props.count ?? 2 }, (_, i) => (i === 0 ? scale.min : scale.max));
  return (
    <SliderCore
      {...props}
      isRange
      values={values}
      report={(next, final) =>
        setProps(final || updatemode === "drag" ? { value: next, drag_value: next } : { drag_value: next })
      }
    />
  );
}
