/**
 * The on-page dev tools (debug mode), with upstream's DOM classes since users' test suites
 * select them: a `.dash-debug-menu__outer` at the bottom right holding the Errors button
 * (`.test-devtools-error-count`), the Callbacks button, the version and the server status
 * light, and a popup above it with the error card or the callback graph. The error card
 * opens by itself when a new error arrives; each error expands on click.
 */
import React, { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { CallbackGraphView } from "../devtools/CallbackGraphView";
import { floatingPanel } from "../devtools/panelStyle";
import { useApp } from "../render/context";
import type { DashError, ErrorStore } from "./errorStore";

const STACK_NOTE =
  "(This error originated from the built-in JavaScript code that runs Dash apps. Click to see the full stack trace or open your browser's console.)";

const styles: Record<string, React.CSSProperties> = {
  outer: { position: "fixed", right: 12, bottom: 12, zIndex: 10000, font: "13px system-ui, sans-serif", display: "flex", alignItems: "center", gap: 6 },
  content: { display: "flex", alignItems: "center", gap: 6, background: "#ffffff", border: "1px solid #d3dbe5", borderRadius: 16, padding: "2px 8px" },
  button: { background: "none", border: "none", cursor: "pointer", padding: "4px 8px", color: "#3d4a5c", font: "inherit" },
  selected: { background: "#e8ecf3", borderRadius: 12 },
  count: { background: "#e02020", color: "white", borderRadius: 8, padding: "0 6px", marginLeft: 4 },
  toggle: { width: 30, height: 30, borderRadius: 15, border: "1px solid #d3dbe5", background: "#ffffff", cursor: "pointer", position: "relative" },
  indicator: { position: "absolute", top: 0, right: 0, width: 8, height: 8, borderRadius: 4, background: "#e02020" },
  card: floatingPanel("min(720px, 90vw)"),
  topbar: { display: "flex", justifyContent: "space-between", fontWeight: 600, paddingBottom: 6 },
  close: { cursor: "pointer", padding: "0 4px" },
  item: { display: "flex", justifyContent: "space-between", cursor: "pointer", padding: "6px 0", borderTop: "1px solid #eee" },
  title: { color: "#b00020", fontWeight: 600 },
  timestamp: { color: "#8a94a6", fontSize: 11 },
  pre: { whiteSpace: "pre-wrap", fontSize: 12, background: "#f3f6fa", padding: 8, margin: "4px 0" },
  info: { whiteSpace: "pre-wrap", fontSize: 12, padding: "4px 0" },
};

const STATUS_LIGHT = { available: "#00cc96", unavailable: "#e02020", cold: "#a2b1c6" };

type Panel = "errors" | "callbacks" | null;

/** One error's expanded detail: preformatted text, or a front-end message and its stack. */
function ErrorDetail({ error }: { error: DashError }): React.ReactElement {
  if (error.html !== undefined) {
    return (
      <div className="dash-backend-error">
        <pre style={styles.pre}>{error.html}</pre>
      </div>
    );
  }
  return (
    <>
      <div className="dash-fe-error__info dash-fe-error__curved" style={styles.info}>
        {error.message ?? error.title}
      </div>
      {error.stack && (
        <div className="dash-fe-error__info" style={styles.info}>
          <details>
            <summary>
              <i>{STACK_NOTE}</i>
            </summary>
            <pre style={styles.pre}>{error.stack}</pre>
          </details>
        </div>
      )}
    </>
  );
}

function ErrorItem({ error }: { error: DashError }): React.ReactElement {
  const [open, setOpen] = useState(false);
  return (
    <div className="dash-error-card__content">
      <div className="dash-fe-error-item test-devtools-error-toggle" style={styles.item} onClick={() => setOpen(!open)}>
        <span className="dash-fe-error-top__group">
          <span className="dash-fe-error__title" style={styles.title}>
            {error.title}
          </span>
        </span>
        <span className="dash-fe-error-top__group">
          <span className="dash-fe-error__timestamp" style={styles.timestamp}>
            {new Date(error.timestamp).toLocaleTimeString()}
          </span>
        </span>
      </div>
      {open && <ErrorDetail error={error} />}
    </div>
  );
}

function ErrorCard({ list, connected, onClose }: { list: DashError[]; connected: boolean; onClose: () => void }): React.ReactElement {
  return (
    <div className="dash-error-card dash-error-card--container" style={styles.card}>
      <div className="dash-error-card__topbar" style={styles.topbar}>
        <div className="dash-error-card__message">{connected ? "Errors" : "Errors\u00a0 🚫 Server Unavailable"}</div>
        <div className="dash-fe-error__icon-x" style={styles.close} onClick={onClose}>
          ×
        </div>
      </div>
      <div className="dash-error-card__list">
        {list.map((error) => (
          <ErrorItem error={error} key={error.id} />
        ))}
      </div>
    </div>
  );
}

/** The debug menu; the error card opens by itself when a new error arrives. */
export function DevTools({ errors }: { errors: ErrorStore }): React.ReactElement {
  const app = useApp();
  const list = useSyncExternalStore(errors.subscribe, errors.getErrors);
  const connected = useSyncExternalStore(errors.subscribe, errors.isConnected);
  const [panel, setPanel] = useState<Panel>(null);
  const [expanded, setExpanded] = useState(true);
  const shown = useRef(0);
  useEffect(() => {
    if (list.length > shown.current) setPanel("errors");
    shown.current = list.length;
  }, [list.length]);
  const toggle = (which: Panel): void => setPanel(panel === which ? null : which);
  const devtools = app.devtools;
  const status = app.config.hot_reload ? (connected ? "available" : "unavailable") : "cold";
  const menuButton = (which: Panel, id: string): { id: string; className: string; style: React.CSSProperties } => ({
    id,
    className: `${panel === which ? "dash-debug-menu__button--selected " : ""}dash-debug-menu__button`,
    style: { ...styles.button, ...(panel === which ? styles.selected : {}) },
  });
  return (
    <div className={`dash-debug-menu dash-debug-menu__outer dash-debug-menu__outer--${expanded ? "expanded" : "collapsed"}`} style={styles.outer}>
      <div className="dash-debug-menu__popup">
        {panel === "errors" && list.length > 0 && <ErrorCard list={list} connected={connected} onClose={() => setPanel(null)} />}
        {panel === "callbacks" && devtools && <CallbackGraphView callbacks={app.graph.callbacks} monitor={devtools.monitor} layout={devtools.graphLayout} />}
      </div>
      {expanded && (
        <div className="dash-debug-menu__content" style={styles.content}>
          <button type="button" {...menuButton("errors", "dash-debug-menu__errors-button")} onClick={() => toggle("errors")}>
            Errors
            {list.length > 0 && (
              <span className="test-devtools-error-count dash-debug-menu__error-count" style={styles.count}>
                {list.length}
              </span>
            )}
          </button>
          {devtools && (
            <button type="button" {...menuButton("callbacks", "dash-debug-menu__callback-graph-button")} onClick={() => toggle("callbacks")}>
              Callbacks
            </button>
          )}
          <div className="dash-debug-menu__divider" />
          <div className="dash-debug-menu__version">
            <span>{`v${String(app.config.dash_version ?? "")}`}</span>
          </div>
          <div className="dash-debug-menu__divider" />
          <div className={`dash-debug-menu__status dash-debug-menu__button--${status}`} style={{ ...styles.button, color: STATUS_LIGHT[status] }}>
            Server
          </div>
        </div>
      )}
      <button
        type="button"
        className={`dash-debug-menu__toggle dash-debug-menu__toggle--${expanded ? "expanded" : "collapsed"}`}
        style={styles.toggle}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? "›" : "‹"}
        {!expanded && list.length > 0 && <div className="dash-debug-menu__error-indicator" style={styles.indicator} />}
      </button>
    </div>
  );
}
