/**
 * The callback graph view: the graph (GraphCanvas), then one card per callback with its
 * inputs, state and outputs, last run and background job state.
 */
import React, { useSyncExternalStore } from "react";
import type { GraphCallback } from "../callbacks/graph";
import { stringifyId } from "../ids";
import type { DependencySpec } from "../types";
import type { CallbackMonitor, CallbackRecord } from "./callbackMonitor";
import { GraphCanvas } from "./GraphCanvas";
import type { GraphLayout } from "./graphLayout";
import { floatingPanel } from "./panelStyle";

const styles: Record<string, React.CSSProperties> = {
  panel: floatingPanel("min(760px, 92vw)"),
  card: { display: "grid", gridTemplateColumns: "1fr auto 1fr", gap: 8, alignItems: "center", borderBottom: "1px solid #eee", padding: "6px 0" },
  deps: { margin: 0, paddingLeft: 16, fontFamily: "monospace", fontSize: 12 },
  node: { border: "1px solid #7a5af8", borderRadius: 6, padding: "4px 8px", textAlign: "center", fontSize: 12 },
};

function depList(deps: DependencySpec[], className: string): React.ReactElement {
  return (
    <ul className={className} style={styles.deps}>
      {deps.map((dep, i) => (
        <li key={i}>{`${stringifyId(dep.id)}.${dep.property}`}</li>
      ))}
    </ul>
  );
}

function describeRun(record: CallbackRecord | undefined): string {
  if (!record) return "not run";
  const duration = record.durationMs === undefined ? "" : ` in ${record.durationMs} ms`;
  return record.status === "running" ? "running" : `${record.status}${duration}`;
}

/** One card per callback: inputs and state on the left, outputs on the right. */
export function CallbackGraphView({ callbacks, monitor, layout }: { callbacks: GraphCallback[]; monitor: CallbackMonitor; layout: GraphLayout }): React.ReactElement {
  const records = useSyncExternalStore(monitor.subscribe, monitor.getRecords);
  return (
    <div className="dash-callback-dag dash-callback-dag--container" style={styles.panel}>
      <GraphCanvas callbacks={callbacks} records={records} layout={layout} />
      {callbacks.length === 0 && <div>This app has no callbacks.</div>}
      {callbacks.map((cb) => {
        const record = records[cb.spec.output];
        const kind = cb.spec.clientside_function ? "clientside" : cb.spec.background ? "background" : "server";
        return (
          <div className="dash-callback-dag__callback" key={cb.index} data-output={cb.spec.output} style={styles.card}>
            <div>
              {depList(cb.spec.inputs, "dash-callback-dag__inputs")}
              {cb.spec.state.length > 0 && depList(cb.spec.state, "dash-callback-dag__state")}
            </div>
            <div style={styles.node}>
              <div>{kind} callback</div>
              <div className="dash-callback-dag__status">{describeRun(record)}</div>
              {record?.job && <div className="dash-callback-dag__job">{`job ${record.job}`}</div>}
            </div>
            {depList(cb.outputs, "dash-callback-dag__outputs")}
          </div>
        );
      })}
    </div>
  );
}
