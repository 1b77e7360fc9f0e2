import React from "react";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";

interface TooltipOwnProps {
  children?: React.ReactNode;
  bbox?: { x0: number; y0: number; x1: number; y1: number };
  show?: boolean;
  direction?: "top" | "right" | "bottom" | "left";
  border_color?: string;
  background_color?: string;
  loading_text?: string;
  zindex?: number;
  targetable?: boolean;
  loading_state?: { is_loading?: boolean };
}

/**
 * A box pointing at `bbox` (e.g. a Graph's hoverData bbox), in Dash's DOM: a bounding box
 * covering `bbox` in the positioned parent, the `.hover.hover-<direction>` pointer beside it
 * (placed by the stylesheet, coloured through CSS variables) and the content span with the
 * component's id, class and style.
 */
export function Tooltip(props: DashProps<TooltipOwnProps>): React.ReactElement {
  const {
    show = true,
    direction = "right",
    bbox = { x0: 0, y0: 0, x1: 0, y1: 0 },
    border_color = "var(--Dash-Stroke-Weak)",
    background_color = "var(--Dash-Fill-Inverse-Strong)",
    zindex = 1,
    targetable = false,
  } = props;
  const loading = Boolean(props.loading_state?.is_loading);
  const pointerEvents = targetable ? "auto" : "none";
  const box = {
    top: bbox.y0,
    left: bbox.x0,
    width: bbox.x1 - bbox.x0,
    height: bbox.y1 - bbox.y0,
    display: show ? "inline-block" : "none",
    pointerEvents,
    "--Dash-Tooltip-PointerEvents": pointerEvents,
    "--Dash-Tooltip-Border-Color": border_color,
    "--Dash-Tooltip-Background-Color": background_color,
    "--Dash-Tooltip-ZIndex": zindex,
  } as React.CSSProperties;
  return (
    <div className="dcc-tooltip-bounding-box dash-tooltip" style={box}>
      <div className={`hover hover-${direction}`} data-dash-is-loading={loading}>
        <span id={props.id} className={joinClasses("hover-content", props.className)} style={props.style}>
          {loading ? props.loading_text ?? "Loading..." : props.children}
        </span>
      </div>
    </div>
  );
}
