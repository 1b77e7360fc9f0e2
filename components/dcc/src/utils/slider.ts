// Pure arithmetic behind Slider and RangeSlider: bounds, steps, snapping, marks.

/** A mark: a label, or a label with its own style. */
export type Mark = string | { label?: string; style?: Record<string, string | number> };
export type Marks = Record<string, Mark>;

export interface Scale {
  min: number;
  max: number;
  /** `null` means values snap to marks only. */
  step: number | null;
}

function markValues(marks: Marks | null | undefined): number[] {
  return marks ? Object.keys(marks).map(Number).filter((value) => !Number.isNaN(value)) : [];
}

function decimals(value: number): number {
  const text = String(value);
  if (text.includes("e-")) {
    return Number(text.split("e-")[1]);
  }
  return text.includes(".") ? text.split(".")[1].length : 0;
}

/** A step that gives roughly 100 positions over the range, rounded to a power of ten (1 for ranges >= 100). */
export function defaultStep(min: number, max: number): number {
  const range = max - min;
  if (!(range > 0)) {
    return 1;
  }
  // Dash steps by 1 unless the whole range is smaller than that.
  return range > 1 ? 1 : Math.min(1, 10 ** Math.floor(Math.log10(range / 100)));
}

/** min/max/step from the props, falling back to the marks and then to 0..100. */
export function resolveScale(
  min: number | undefined | null,
  max: number | undefined | null,
  step: number | undefined | null,
  marks: Marks | null | undefined,
): Scale {
  const fromMarks = markValues(marks);
  const lo = min ?? (fromMarks.length ? Math.min(...fromMarks) : 0);
  const hi = max ?? (fromMarks.length ? Math.max(...fromMarks) : 100);
  const resolvedStep = step === null ? (fromMarks.length ? null : defaultStep(lo, hi)) : step ?? defaultStep(lo, hi);
  return { min: lo, max: Math.max(lo, hi), step: resolvedStep };
}

/** Clamp `value` into the scale and snap it to the step (or the nearest mark). */
export function snap(value: number, scale: Scale, marks: Marks | null | undefined): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  if (scale.step === null || !(scale.step > 0)) {
    const candidates = markValues(marks);
    if (!candidates.length) {
      return clamped;
    }
    return candidates.reduce((best, mark) => (Math.abs(mark - clamped) < Math.abs(best - clamped) ? mark : best));
  }
  const steps = Math.round((clamped - scale.min) / scale.step);
  const snapped = Math.min(scale.max, scale.min + steps * scale.step);
  // Round away binary noise such as 0.30000000000000004.
  return Number(snapped.toFixed(Math.max(decimals(scale.step), decimals(scale.min))));
}

/** Position of `value` along the rail, 0..100. */
export function percent(value: number, scale: Scale): number {
  const range = scale.max - scale.min;
  return range > 0 ? ((value - scale.min) / range) * 100 : 0;
}

/** Marks shown when the author gave none: both ends plus a few evenly spaced values. */
export function autoMarks(scale: Scale): Marks {
  // As Dash 4: a mark every `interval` from min (interval = the step times 1, 2, 5, 10,
  // 20, 50, ... until at most MAX_AUTO_MARKS fit), and one at max.
  const range = scale.max - scale.min;
  const step = scale.step && scale.step > 0 ? scale.step : defaultStep(scale.min, scale.max);
  let interval = step;
  for (let k = 0; range / interval + 1 > MAX_AUTO_MARKS; k += 1) {
    interval = step * [2, 5, 10][k % 3] * 10 ** Math.floor(k / 3);
  }
  const marks: Marks = {};
  const count = Math.floor(range / interval + 1e-9);
  for (let i = 0; i <= count; i += 1) {
    const value = Number((scale.min + i * interval).toPrecision(12));
    marks[String(value)] = String(value);
  }
  marks[String(scale.max)] = String(scale.max);
  return marks;
}

const MAX_AUTO_MARKS = 50;

/** Text of a tooltip: `template` with `{value}` replaced, or the value. */
export function tooltipText(value: number, template: string | undefined): string {
  return template ? template.replace(/\{value\}/g, String(value)) : String(value);
}
