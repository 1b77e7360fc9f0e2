/**
 * The on-page dev tools (debug mode): a `.dash-debug-menu` at the bottom right with the
 * error count (opens the list of errors with tracebacks) and a toggle for the callback
 * graph view.
 */
import React, { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { CallbackGraphView } from "../devtools/CallbackGraphView";
import { floatingPanel } from "../devtools/panelStyle";
import { useApp } from "../render/context";
import type { DashError, ErrorStore } from "./errorStore";

const styles: Record<string, React.CSSProperties> = {
  menu: {
    position: "fixed",
    right: 12,
    bottom: 12,
    zIndex: 10000,
    font: "13px system-ui, sans-serif",
    display: "flex",
    gap: 6,
    alignItems: "center",
  },
  button: {
    background: "#5b5b66",
    color: "white",
    border: "none",
    borderRadius: 14,
    padding: "4px 12px",
    cursor: "pointer",
  },
  alert: { background: "#b00020" },
  list: floatingPanel("min(720px, 90vw)"),
  error: { borderBottom: "1px solid #eee", padding: "6px 0" },
  title: { color: "#b00020", fontWeight: 600 },
  traceback: { whiteSpace: "pre-wrap", fontSize: 12, background: "#f7f7f7", padding: 6, margin: "4px 0 0" },
};

type Panel = "errors" | "callbacks" | null;

function ErrorList({ list }: { list: DashError[] }): React.ReactElement {
  return (
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
  );
}

/** The debug menu; the error list opens by itself when a new error arrives. */
export function DevTools({ errors }: { errors: ErrorStore }): React.ReactElement {
  const app = useApp();
  const list = useSyncExternalStore(errors.subscribe, errors.getErrors);
  const [panel, setPanel] = useState<Panel>(null);
  const shown = useRef(0);
  useEffect(() => {
    if (list.length > shown.current) setPanel("errors");
    shown.current = list.length;
  }, [list.length]);
  const toggle = (which: Panel): void => setPanel(panel === which ? null : which);
  const monitor = app.devtools?.monitor;
  return (
    <div className="dash-debug-menu" style={styles.menu}>
      {panel === "errors" && list.length > 0 && <ErrorList list={list} />}
      {panel === "callbacks" && monitor && <CallbackGraphView callbacks={app.graph.callbacks} monitor={monitor} />}
      {monitor && (
        <button type="button" className="dash-debug-menu__button--callbacks" style={styles.button} onClick={() => toggle("callbacks")}>
          Callbacks
        </button>
      )}
      {list.length > 0 && (
        <div className="dash-debug-alert">
          <button
            type="button"
            className="dash-debug-menu__button dash-debug-menu__button--errors"
            style={{ ...styles.button, ...styles.alert }}
            onClick={() => toggle("errors")}
          >
            Errors <span className="test-devtools-error-count">{list.length}</span>
          </button>
        </div>
      )}
    </div>
  );
}
