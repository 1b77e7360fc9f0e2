/** The dispatch request body for one callback instance (docs/protocol.md "Dispatch"). */
import type { DashStore } from "../store";
import type { DashId } from "../types";
import type { Instance, Resolved, ResolvedInstance } from "./graph";

export interface DepWithValue {
  id: DashId;
  property: string;
  value?: unknown;
}

export type PayloadEntry = DepWithValue | DepWithValue[];

export interface CallbackPayload {
  callback_id?: string;
  output: string;
  outputs: PayloadEntry | PayloadEntry[];
  inputs: PayloadEntry[];
  state: PayloadEntry[];
  changedPropIds: string[];
}

function withValues(entries: Resolved[], store: DashStore): PayloadEntry[] {
  return entries.map((entry) => {
    const one = (dep: Exclude<Resolved, unknown[]>): DepWithValue => ({
      id: dep.id,
      property: dep.property,
      value: dep.path ? store.getIn([...dep.path, "props", dep.property]) : undefined,
    });
    return Array.isArray(entry) ? entry.map(one) : one(entry);
  });
}

function withoutValues(entries: Resolved[]): PayloadEntry[] {
  const one = (dep: Exclude<Resolved, unknown[]>): DepWithValue => ({ id: dep.id, property: dep.property });
  return entries.map((entry) => (Array.isArray(entry) ? entry.map(one) : one(entry)));
}

export function buildPayload(
  instance: Instance,
  resolved: ResolvedInstance,
  store: DashStore,
  changedPropIds: string[],
): CallbackPayload {
  const outputs = withoutValues(resolved.outputs);
  return {
    callback_id: instance.cb.spec.callback_id,
    output: instance.cb.spec.output,
    outputs: instance.cb.multiOutput ? outputs : outputs[0] ?? [],
    inputs: withValues(resolved.inputs, store),
    state: withValues(resolved.state, store),
    changedPropIds,
  };
}

/** The argument a function receives for one dependency entry (a list for ALL). */
export function argValue(entry: PayloadEntry): unknown {
  return Array.isArray(entry) ? entry.map((dep) => dep.value) : entry.value;
}
