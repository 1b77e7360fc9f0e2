import React, { useEffect, useRef, useState } from "react";
import { LoadingEntry, useSubtreeLoading } from "../dashApi";
import { DashProps } from "../types";

type SpinnerType = "graph" | "cube" | "circle" | "dot" | "default";

interface LoadingOwnProps {
  children?: React.ReactNode;
  type?: SpinnerType;
  fullscreen?: boolean;
  debug?: boolean;
  parent_className?: string;
  parent_style?: React.CSSProperties;
  overlay_style?: React.CSSProperties;
  color?: string;
  display?: "auto" | "show" | "hide";
  delay_hide?: number;
  delay_show?: number;
  show_initially?: boolean;
  target_components?: Record<string, string | string[]>;
  custom_spinner?: React.ReactNode;
  loading_state?: { is_loading?: boolean };
}

/** Whether a loading entry concerns one of `targets` (`{id: prop | [props] | "*"}`). */
export function matchesTargets(entry: LoadingEntry, targets: Record<string, string | string[]>): boolean {
  const id = typeof entry.id === "string" ? entry.id : JSON.stringify(sortKeys(entry.id));
  const wanted = targets[id];
  if (wanted === undefined) {
    return false;
  }
  const props = Array.isArray(wanted) ? wanted : [wanted];
  return props.includes("*") || (entry.property !== undefined && props.includes(entry.property));
}

function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Applies `delay_show`/`delay_hide` to a raw loading flag. */
function useDelayedFlag(raw: boolean, delayShow: number, delayHide: number, initially: boolean): boolean {
  const [shown, setShown] = useState(initially);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    window.clearTimeout(timer.current);
    const delay = raw ? delayShow : delayHide;
    if (raw === shown) {
      return undefined;
    }
    if (delay > 0) {
      timer.current = window.setTimeout(() => setShown(raw), delay);
    } else {
      setShown(raw);
    }
    return () => window.clearTimeout(timer.current);
  }, [raw, delayShow, delayHide]);
  return shown;
}

// Element trees of the built-in spinners: [element class, child classes] per type.
const SPINNER_PARTS: Record<SpinnerType, string[]> = {
  default: [1, 2, 3, 4, 5].map((n) => `dash-default-spinner-rect${n}`),
  dot: [1, 2, 3].map((n) => `dash-dot-spinner-bounce${n}`),
  circle: Array.from({ length: 12 }, (_, i) => `dash-sk-circle${i + 1} dash-sk-child`),
  cube: [],
  graph: [],
};
const SPINNER_CLASS: Record<SpinnerType, string> = {
  default: "dash-default-spinner",
  dot: "dash-dot-spinner",
  circle: "dash-sk-circle",
  cube: "dash-cube-container",
  graph: "dash-graph-spinner",
};
const CUBE_SIDES = ["front", "back", "right", "left", "top", "bottom"];

function numbered(prefix: string, names: string[]): React.ReactElement[] {
  return names.map((name) => <div key={name} className={`${prefix} ${prefix}__${name}`} />);
}

/** The inner parts of a spinner; the cube and the chart have nested trees of their own. */
function spinnerParts(type: SpinnerType): React.ReactNode {
  if (type === "cube") {
    return (
      <div className="dash-cube">
        {CUBE_SIDES.map((side) => (
          <div key={side} className={`dash-cube-side dash-cube-side--${side}`} />
        ))}
      </div>
    );
  }
  if (type === "graph") {
    return (
      <>
        <div className="dash-graph-spinner__bottom">{numbered("dash-bar", ["one", "two", "three"])}</div>
        <div className="dash-graph-spinner__background">
          {numbered("dash-dot", ["one", "two", "three", "four"])}
          <div className="dash-graph-spinner__bottom">{numbered("dash-vert", ["one", "two", "three", "four"])}</div>
        </div>
      </>
    );
  }
  return SPINNER_PARTS[type].map((name) => <div key={name} className={name} />);
}

function Spinner({ type, color }: { type: SpinnerType; color: string }): React.ReactElement {
  const kind = SPINNER_CLASS[type] ? type : "default";
  const spinner = (
    <div className={`dash-spinner ${SPINNER_CLASS[kind]}`} style={{ "--dash-spinner-color": color } as React.CSSProperties}>
      {spinnerParts(kind)}
    </div>
  );
  // The chart spinner sits in one more wrapper, as in Dash.
  return kind === "graph" ? <div>{spinner}</div> : spinner;
}

// Where the spinner layer sits while loading: over the (hidden) children, centred.
const OVERLAY_STYLE: React.CSSProperties = {
  visibility: "visible",
  position: "absolute",
  top: 0,
  height: "100%",
  width: "100%",
  display: "flex",
  justifyContent: "center",
  alignItems: "center",
};

/**
 * Shows a spinner over its children while any of them is being updated by a callback.
 * The tree is Dash's: an outer box (parent_className/parent_style), the children's box,
 * and the box carrying the component's id that holds the spinner while loading.
 */
export function Loading(props: DashProps<LoadingOwnProps>): React.ReactElement {
  const {
    type = "default",
    color = "var(--Dash-Fill-Interactive-Strong)",
    display = "auto",
    delay_show = 0,
    delay_hide = 0,
    show_initially = true,
    target_components,
    overlay_style,
    fullscreen = false,
  } = props;
  const subtreeLoading = useSubtreeLoading(target_components ? (entry) => matchesTargets(entry, target_components) : undefined);
  const raw = subtreeLoading || Boolean(props.loading_state?.is_loading);
  const delayed = useDelayedFlag(raw, delay_show, delay_hide, show_initially && raw);
  const loading = display === "show" || (display === "auto" && delayed);

  const spinnerClass = [fullscreen ? "dash-spinner-container" : "", props.className ?? ""].filter(Boolean).join(" ");
  return (
    <div className={props.parent_className} style={{ position: "relative", ...props.parent_style }}>
      <div className={props.parent_className} style={loading ? { visibility: "hidden", ...overlay_style } : {}}>
        {props.children}
      </div>
      <div id={props.id} style={loading ? OVERLAY_STYLE : {}}>
        {loading
          ? props.custom_spinner ?? (
              <div className={spinnerClass} style={props.style}>
                <Spinner type={type} color={color} />
              </div>
            )
          : null}
      </div>
    </div>
  );
}
