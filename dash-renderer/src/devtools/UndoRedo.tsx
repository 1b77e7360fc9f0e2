/**
 * The undo/redo buttons (`show_undo_redo=True`), in upstream's DOM: `._dash-undo-redo`
 * holding one `<span>` per available action, its label in the last `<div>`.
 */
import React, { useSyncExternalStore } from "react";
import type { UndoHistory } from "./undoHistory";

const styles: Record<string, React.CSSProperties> = {
  bar: { position: "fixed", left: 12, bottom: 12, zIndex: 10000, display: "flex", gap: 12, font: "12px system-ui, sans-serif" },
  action: { cursor: "pointer", textAlign: "center", color: "#506784" },
  icon: { fontSize: 18 },
};

function Action({ icon, label, onClick }: { icon: string; label: string; onClick: () => void }): React.ReactElement {
  return (
    <span style={styles.action} onClick={onClick}>
      <div className={`_dash-icon-${label}`} style={styles.icon}>
        {icon}
      </div>
      <div className="_dash-undo-redo-label">{label}</div>
    </span>
  );
}

export function UndoRedo({ history, onUndo, onRedo }: { history: UndoHistory; onUndo: () => void; onRedo: () => void }): React.ReactElement {
  const { canUndo, canRedo } = useSyncExternalStore(history.subscribe, history.getState);
  return (
    <div className="_dash-undo-redo" style={styles.bar}>
      {canUndo && <Action icon="↺" label="undo" onClick={onUndo} />}
      {canRedo && <Action icon="↻" label="redo" onClick={onRedo} />}
    </div>
  );
}
