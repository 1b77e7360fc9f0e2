/**
 * Clientside callbacks: `window.dash_clientside` (no_update, PreventUpdate,
 * callback_context, set_props, Patch, clean_url) and running one clientside instance.
 */
import { parseId, parsePropAddress, stringifyId } from "../ids";
import type { DashId, PropUpdates } from "../types";
import type { GraphCallback, Resolved } from "./graph";
import type { DispatchResult } from "./network";
import { PatchBuilder } from "./patch";
import type { CallbackPayload, DepWithValue, PayloadEntry } from "./payload";
import { argValue } from "./payload";

export interface ClientsideNamespace {
  no_update: { description: string };
  PreventUpdate: { description: string };
  callback_context: Record<string, unknown>;
  set_props: (id: DashId, props: Record<string, unknown>) => void;
  clean_url: (url: unknown, fallback?: string) => unknown;
  Patch: typeof PatchBuilder;
  _dashprivate_clientside_funcs?: Record<string, unknown>;
  [namespace: string]: unknown;
}

type SetProps = (id: DashId, props: Record<string, unknown>) => void;

let setPropsHandler: SetProps = () => {
  throw new Error("dash_clientside.set_props called before the Dash app started.");
};

/** Routes `dash_clientside.set_props` to the running app. */
export function bindSetProps(handler: SetProps): void {
  setPropsHandler = handler;
}

/**
 * `window.dash_clientside` with the renderer's helpers merged in. Looked up on every use:
 * page scripts may replace the object (`Object.assign({}, dash_clientside, {...})`).
 */
export function clientsideNamespace(): ClientsideNamespace {
  const win = window as unknown as { dash_clientside?: Record<string, unknown> };
  const ns = (win.dash_clientside ??= {}) as ClientsideNamespace;
  ns.no_update ??= { description: "Return to prevent updating an Output." };
  ns.PreventUpdate ??= { description: "Throw to prevent updating all Outputs." };
  ns.callback_context ??= {};
  ns.set_props ??= (id, props) => setPropsHandler(id, props);
  ns.clean_url ??= cleanUrl;
  ns.Patch ??= PatchBuilder;
  return ns;
}

const UNSAFE_URL = /^\s*javascript\s*:/i;

/** `url` unless it is a `javascript:` URL, in which case `fallback`. */
export function cleanUrl(url: unknown, fallback = "about:blank"): unknown {
  return typeof url === "string" && UNSAFE_URL.test(url) ? fallback : url;
}

function flatten(entries: PayloadEntry[]): DepWithValue[] {
  return entries.flatMap((entry) => (Array.isArray(entry) ? entry : [entry]));
}

/** `{"id.prop": value}`; a prop never set reads null, as on the server. */
function byAddress(entries: PayloadEntry[]): Map<string, unknown> {
  return new Map(flatten(entries).map((dep) => [`${stringifyId(dep.id)}.${dep.property}`, dep.value ?? null]));
}

function contextFor(cb: GraphCallback, payload: CallbackPayload): Record<string, unknown> {
  const inputs = byAddress(payload.inputs);
  const triggered = payload.changedPropIds.map((propId) => ({ prop_id: propId, value: inputs.get(propId) ?? null }));
  return {
    triggered,
    // Undefined (not null) when nothing triggered the call, as upstream.
    triggered_id: triggered.length ? parseId(parsePropAddress(triggered[0].prop_id).sid) : undefined,
    inputs: Object.fromEntries(inputs),
    inputs_list: payload.inputs,
    states: Object.fromEntries(byAddress(payload.state)),
    states_list: payload.state,
    // A callback without outputs has no outputs_list (undefined, as upstream).
    outputs_list: cb.outputs.length ? payload.outputs : undefined,
  };
}

function lookupFunction(ns: ClientsideNamespace, cb: GraphCallback): (...args: unknown[]) => unknown {
  const ref = cb.spec.clientside_function!;
  const fn = (ns[ref.namespace] as Record<string, unknown> | undefined)?.[ref.function_name];
  if (typeof fn !== "function") {
    throw new Error(`No clientside function ${ref.namespace}.${ref.function_name} is defined in window.dash_clientside.`);
  }
  return fn as (...args: unknown[]) => unknown;
}

function toValue(value: unknown): unknown {
  return value instanceof PatchBuilder ? value.build() : value;
}

/** Maps a clientside return value onto the resolved outputs, dropping `no_update`. */
function toUpdates(ns: ClientsideNamespace, cb: GraphCallback, outputs: Resolved[], result: unknown): PropUpdates {
  const updates: PropUpdates = {};
  // Without outputs, whatever the function returns is ignored (it works through set_props).
  if (result === ns.no_update || !outputs.length) return updates;
  const perOutput = cb.multiOutput ? result : [result];
  if (!Array.isArray(perOutput) || perOutput.length !== outputs.length) {
    throw new Error(
      `The clientside function for ${cb.spec.output} returned ${JSON.stringify(result)}; expected ${outputs.length} value(s).`,
    );
  }
  outputs.forEach((entry, i) => {
    const value = perOutput[i];
    if (value === ns.no_update) return;
    const targets = Array.isArray(entry) ? entry : [entry];
    const values = Array.isArray(entry) ? (value as unknown[]) : [value];
    targets.forEach((dep, j) => {
      if (values[j] === ns.no_update) return;
      (updates[stringifyId(dep.id)] ??= {})[dep.property] = toValue(values[j]);
    });
  });
  return updates;
}

/** Runs a clientside callback instance; the answer has the same shape as a server one. */
export async function runClientside(
  cb: GraphCallback,
  outputs: Resolved[],
  payload: CallbackPayload,
): Promise<DispatchResult> {
  const ns = clientsideNamespace();
  const args = [...payload.inputs.map(argValue), ...payload.state.map(argValue)];
  const previous = ns.callback_context;
  try {
    const fn = lookupFunction(ns, cb);
    ns.callback_context = contextFor(cb, payload);
    let result = fn(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") result = await result;
    const response = toUpdates(ns, cb, outputs, result);
    return Object.keys(response).length ? { kind: "update", response, sideUpdate: {} } : { kind: "prevented" };
  } catch (err) {
    if (err === ns.PreventUpdate) return { kind: "prevented" };
    const error = err as Error;
    return { kind: "error", error: { message: `Clientside callback error: ${error?.message ?? String(err)}`, traceback: error?.stack } };
  } finally {
    ns.callback_context = previous;
  }
}
