import type React from "react";

/** A dev-tools panel floating above the debug menu (error list, callback graph). */
export function floatingPanel(width: string): React.CSSProperties {
  return {
    position: "fixed",
    right: 12,
    bottom: 48,
    width,
    maxHeight: "70vh",
    overflow: "auto",
    background: "white",
    border: "1px solid #ddd",
    boxShadow: "0 4px 16px rgba(0,0,0,0.2)",
    padding: 8,
  };
}
