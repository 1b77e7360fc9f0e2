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

function Spinner({ type, color, fullscreen }: { type: SpinnerType; color: string; fullscreen: boolean }): React.ReactElement {
  const parts = type === "dot" || type === "cube" ? 4 : type === "graph" ? 5 : 1;
  return (
    <div className={`dash-spinner dash-${type}-spinner${fullscreen ? " dash-spinner--fullscreen" : ""}`}>
      {Array.from({ length: parts }, (_, i) => (
        <span key={i} className="dash-spinner-part" style={{ backgroundColor: type === "circle" || type === "default" ? undefined : color, borderTopColor: color }} />
      ))}
    </div>
  );
}

/** Shows a spinner over (or instead of) its children while any of them is being updated by a callback. */
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

  const childStyle: React.CSSProperties = loading ? overlay_style ?? { visibility: "hidden" } : {};
  return (
    <div
      id={props.id}
      className={props.parent_className ? `dash-loading-container ${props.parent_className}` : "dash-loading-container"}
      style={{ position: "relative", ...props.parent_style }}
      data-dash-is-loading={loading || undefined}
    >
      <div style={childStyle}>{props.children}</div>
      {loading ? (
        <div className={props.className ? `dash-loading-overlay ${props.className}` : "dash-loading-overlay"} style={props.style}>
          {props.custom_spinner ?? <Spinner type={type} color={color} fullscreen={fullscreen} />}
        </div>
      ) : null}
    </div>
  );
}
