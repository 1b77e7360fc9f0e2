/** The on-page dev tools: an error count button and the list of errors with tracebacks. */
import React, { useState, useSyncExternalStore } from "react";
import type { ErrorStore } from "./errorStore";

const styles: Record<string, React.CSSProperties> = {
  menu: {
    position: "fixed",
    right: 12,
    bottom: 12,
    zIndex: 10000,
    font: "13px system-ui, sans-serif",
  },
  button: {
    background: "#b00020",
    color: "white",
    border: "none",
    borderRadius: 14,
    padding: "4px 12px",
    cursor: "pointer",
  },
  list: {
    position: "fixed",
    right: 12,
    bottom: 48,
    width: "min(720px, 90vw)",
    maxHeight: "70vh",
    overflow: "auto",
    background: "white",
    border: "1px solid #ddd",
    boxShadow: "0 4px 16px rgba(0,0,0,0.2)",
    padding: 8,
  },
  error: { borderBottom: "1px solid #eee", padding: "6px 0" },
  title: { color: "#b00020", fontWeight: 600 },
  traceback: { whiteSpace: "pre-wrap", fontSize: 12, background: "#f7f7f7", padding: 6, margin: "4px 0 0" },
};

/** Renders nothing until an error exists; then a `.dash-debug-menu` with the count. */
export function DevTools({ errors }: { errors: ErrorStore }): React.ReactElement | null {
  const list = useSyncExternalStore(errors.subscribe, errors.getErrors);
  const [open, setOpen] = useState(true);
  if (!list.length) return null;
  return (
    <div className="dash-debug-menu" style={styles.menu}>
      {open && (
        <div className="dash-fe-errors" style={styles.list}>
          {list.map((error, i) => (
            <div className="dash-fe-error__wrapper" key={i} style={styles.error}>
              <div className="dash-fe-error__title" style={styles.title}>
                {error.message}
              </div>
              <div className="dash-fe-error__source">{error.source}</div>
              {error.traceback && (
                <pre className="dash-be-error__traceback" style={styles.traceback}>
                  {error.traceback}
                </pre>
              )}
            </div>
          ))}
        </div>
      )}
      <button type="button" className="dash-debug-menu__button" style={styles.button} onClick={() => setOpen(!open)}>
        Errors <span className="test-devtools-error-count">{list.length}</span>
      </button>
    </div>
  );
}
