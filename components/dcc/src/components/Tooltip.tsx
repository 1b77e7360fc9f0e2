import React from "react";
import { DashProps } from "../types";

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

/** Position of the tooltip's anchor point for a bounding box and direction. */
function anchor(bbox: NonNullable<TooltipOwnProps["bbox"]>, direction: NonNullable<TooltipOwnProps["direction"]>): { left: number; top: number } {
  const midX = (bbox.x0 + bbox.x1) / 2;
  const midY = (bbox.y0 + bbox.y1) / 2;
  switch (direction) {
    case "top":
      return { left: midX, top: bbox.y0 };
    case "bottom":
      return { left: midX, top: bbox.y1 };
    case "left":
      return { left: bbox.x0, top: midY };
    default:
      return { left: bbox.x1, top: midY };
  }
}

const TRANSFORMS: Record<string, string> = {
  top: "translate(-50%, calc(-100% - 8px))",
  bottom: "translate(-50%, 8px)",
  left: "translate(calc(-100% - 8px), -50%)",
  right: "translate(8px, -50%)",
};

/** A box pointing at `bbox` (e.g. a Graph's hoverData bbox), placed in its positioned parent. */
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
  return (
    <div className="dcc-tooltip-bounding-box" style={{ position: "absolute", ...anchor(bbox, direction), zIndex: zindex, pointerEvents: targetable ? "auto" : "none", display: show ? "block" : "none" }}>
      <div
        id={props.id}
        className={`hover hover-${direction}${props.className ? ` ${props.className}` : ""}`}
        style={{
          position: "absolute",
          transform: TRANSFORMS[direction],
          border: `1px solid ${border_color}`,
          background: background_color,
          padding: "6px 8px",
          borderRadius: 4,
          whiteSpace: "nowrap",
          ...props.style,
        }}
      >
        {loading ? props.loading_text ?? "Loading..." : props.children}
      </div>
    </div>
  );
}
