import { useEffect, useRef } from "react";
import { DashProps } from "../types";

interface IntervalOwnProps {
  interval?: number;
  disabled?: boolean;
  n_intervals?: number;
  max_intervals?: number;
}

/** Increments `n_intervals` every `interval` ms until `max_intervals` (-1: forever) or while `disabled`. */
export function Interval(props: DashProps<IntervalOwnProps>): null {
  const { interval = 1000, disabled = false, n_intervals = 0, max_intervals = -1, setProps } = props;
  const count = useRef(n_intervals);
  count.current = n_intervals;
  const report = useRef(setProps);
  report.current = setProps;
  const exhausted = max_intervals >= 0 && n_intervals >= max_intervals;

  useEffect(() => {
    if (disabled || exhausted) {
      return undefined;
    }
    const timer = window.setInterval(() => {
      count.current += 1;
      report.current({ n_intervals: count.current });
    }, interval);
    return () => window.clearInterval(timer);
  }, [interval, disabled, exhausted]);

  return null;
}
