/**
 * The callback graph built from `_dash-dependencies`: which callbacks an input change
 * triggers, which instances exist (one per MATCH value set), and what each instance's
 * dependencies resolve to in the current layout.
 */
import { parseId, parsePropAddress, propAddress, stringifyId } from "../ids";
import { idKeys, type PathsIndex } from "../layout/paths";
import type { CallbackSpec, DashId, DependencySpec } from "../types";
import {
  idMatches,
  isPattern,
  matchKeys,
  matchValuesOf,
  resolveDependency,
  type MatchValues,
  type ResolvedDependency,
} from "./patterns";

export interface GraphCallback {
  index: number;
  spec: CallbackSpec;
  outputs: DependencySpec[];
  /** Whether the request sends `outputs` as a list (several outputs declared). */
  multiOutput: boolean;
}

/** One runnable instance of a callback: the callback plus its MATCH values. */
export interface Instance {
  cb: GraphCallback;
  match: MatchValues | null;
  key: string;
}

export type Resolved = ResolvedDependency | ResolvedDependency[];

export interface ResolvedInstance {
  outputs: Resolved[];
  inputs: Resolved[];
  state: Resolved[];
  outputAddresses: string[];
  inputAddresses: string[];
}

/** Output dependencies of a spec: `outputs` when given, else parsed from `output`. */
export function specOutputs(spec: CallbackSpec): DependencySpec[] {
  if (spec.outputs) return spec.outputs;
  if (spec.no_output) return [];
  const text = spec.output;
  const parts = text.startsWith("..") && text.endsWith("..") ? text.slice(2, -2).split("...") : [text];
  return parts.map((part) => {
    const { sid, property } = parsePropAddress(part);
    return { id: parseId(sid), property };
  });
}

export function makeInstance(cb: GraphCallback, match: MatchValues | null): Instance {
  return { cb, match, key: match ? `${cb.index}:${stringifyId(match)}` : String(cb.index) };
}

export class CallbackGraph {
  readonly callbacks: GraphCallback[];
  private readonly exactInputs = new Map<string, GraphCallback[]>();
  private readonly patternInputs = new Map<string, { cb: GraphCallback; dep: DependencySpec }[]>();

  constructor(specs: CallbackSpec[]) {
    this.callbacks = specs.map((spec, index) => ({
      index,
      spec,
      outputs: specOutputs(spec),
      multiOutput: spec.output.startsWith(".."),
    }));
    for (const cb of this.callbacks) {
      for (const dep of cb.spec.inputs) {
        if (isPattern(dep.id)) {
          const bucket = `${dep.property}|${idKeys(dep.id)}`;
          let list = this.patternInputs.get(bucket);
          if (!list) this.patternInputs.set(bucket, (list = []));
          list.push({ cb, dep });
        } else {
          const address = propAddress(dep.id, dep.property);
          let list = this.exactInputs.get(address);
          if (!list) this.exactInputs.set(address, (list = []));
          if (!list.includes(cb)) list.push(cb);
        }
      }
    }
  }

  /** Instances having `id.property` among their inputs. */
  triggeredBy(id: DashId, property: string): Instance[] {
    const found = new Map<string, Instance>();
    for (const cb of this.exactInputs.get(propAddress(id, property)) ?? []) {
      const instance = makeInstance(cb, null);
      found.set(instance.key, instance);
    }
    if (typeof id === "object") {
      for (const { cb, dep } of this.patternInputs.get(`${property}|${idKeys(id)}`) ?? []) {
        if (!idMatches(id, dep.id)) continue;
        const instance = makeInstance(cb, matchValuesOf(id, dep.id));
        found.set(instance.key, instance);
      }
    }
    return [...found.values()];
  }

  /** Instances of `cb` that exist in the layout now (one per MATCH value set). */
  instancesOf(cb: GraphCallback, paths: PathsIndex): Instance[] {
    const deps = [...cb.outputs, ...cb.spec.inputs, ...cb.spec.state];
    const driver = deps.find((dep) => matchKeys(dep.id).length > 0);
    if (!driver) return [makeInstance(cb, null)];
    const seen = new Map<string, Instance>();
    for (const entry of paths.objs[idKeys(driver.id as Record<string, unknown>)] ?? []) {
      if (!idMatches(entry.id, driver.id)) continue;
      const instance = makeInstance(cb, matchValuesOf(entry.id, driver.id));
      seen.set(instance.key, instance);
    }
    return [...seen.values()];
  }

  /** Callbacks with any dependency that `id` could satisfy (for components added/removed). */
  touching(id: DashId): GraphCallback[] {
    return this.callbacks.filter((cb) =>
      [...cb.outputs, ...cb.spec.inputs, ...cb.spec.state].some((dep) =>
        isPattern(dep.id) ? idMatches(id, dep.id) : stringifyId(dep.id) === stringifyId(id),
      ),
    );
  }
}

function addresses(resolved: Resolved[]): string[] {
  return resolved.flatMap((entry) =>
    (Array.isArray(entry) ? entry : [entry]).map((dep) => propAddress(dep.id, dep.property)),
  );
}

/**
 * What an instance's dependencies name now, or null when a required (non-list)
 * dependency is absent from the layout.
 */
export function resolveInstance(instance: Instance, paths: PathsIndex): ResolvedInstance | null {
  const resolveAll = (deps: DependencySpec[]): Resolved[] | null => {
    const out: Resolved[] = [];
    for (const dep of deps) {
      const resolved = resolveDependency(dep, paths, instance.match);
      if (resolved === null) return null;
      out.push(resolved);
    }
    return out;
  };
  const outputs = resolveAll(instance.cb.outputs);
  const inputs = resolveAll(instance.cb.spec.inputs);
  const state = resolveAll(instance.cb.spec.state);
  if (!outputs || !inputs || !state) return null;
  return { outputs, inputs, state, outputAddresses: addresses(outputs), inputAddresses: addresses(inputs) };
}
