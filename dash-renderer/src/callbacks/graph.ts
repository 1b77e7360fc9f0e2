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
  isMulti,
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
  private readonly list: GraphCallback[] = [];
  private readonly exactInputs = new Map<string, GraphCallback[]>();
  private readonly patternInputs = new Map<string, { cb: GraphCallback; dep: DependencySpec }[]>();

  constructor(specs: CallbackSpec[]) {
    this.add(specs);
  }

  get callbacks(): GraphCallback[] {
    return this.list;
  }

  /**
   * Adds callbacks: the app's, then those registered while it runs
   * (`_allow_dynamic_callbacks`). A spec whose callback_id is known already is skipped.
   */
  add(specs: CallbackSpec[]): void {
    const known = new Set(this.list.map((cb) => cb.spec.callback_id).filter(Boolean));
    for (const spec of specs) {
      if (spec.callback_id && known.has(spec.callback_id)) continue;
      const cb: GraphCallback = {
        index: this.list.length,
        spec,
        outputs: specOutputs(spec),
        multiOutput: spec.output.startsWith(".."),
      };
      this.list.push(cb);
      this.indexInputs(cb);
    }
  }

  private indexInputs(cb: GraphCallback): void {
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

  /**
   * Instances having `id.property` among their inputs. A plain input of a MATCH callback
   * triggers every instance the layout has, not one of them.
   */
  triggeredBy(id: DashId, property: string, paths: PathsIndex): Instance[] {
    const found = new Map<string, Instance>();
    for (const cb of this.exactInputs.get(propAddress(id, property)) ?? []) {
      for (const instance of this.instancesOf(cb, paths)) found.set(instance.key, instance);
    }
    if (typeof id === "object") {
      for (const { cb, dep } of this.patternInputs.get(`${property}|${idKeys(id)}`) ?? []) {
        if (matchKeys(dep.id).length) {
          if (!idMatches(id, dep.id)) continue;
          const instance = makeInstance(cb, matchValuesOf(id, dep.id));
          found.set(instance.key, instance);
          continue;
        }
        // An ALL/ALLSMALLER input: every instance whose own MATCH values admit this
        // member (ALLSMALLER: the instances with a greater value) runs again.
        for (const instance of this.instancesOf(cb, paths)) {
          if (idMatches(id, dep.id, instance.match)) found.set(instance.key, instance);
        }
      }
    }
    return [...found.values()];
  }

  /**
   * Instances of `cb` that exist in the layout now, one per MATCH value set. The values
   * come from the outputs (the first single MATCH output, else every ALL+MATCH output),
   * and only for a callback whose outputs hold no MATCH from its inputs, then its state.
   */
  instancesOf(cb: GraphCallback, paths: PathsIndex): Instance[] {
    const withMatch = (deps: DependencySpec[]) => deps.filter((dep) => matchKeys(dep.id).length > 0);
    const outputs = withMatch(cb.outputs);
    const single = outputs.find((dep) => !isMulti(dep.id));
    const drivers = single
      ? [single]
      : [outputs, withMatch(cb.spec.inputs), withMatch(cb.spec.state)].find((deps) => deps.length) ?? [];
    if (!drivers.length) return [makeInstance(cb, null)];
    const seen = new Map<string, Instance>();
    for (const driver of drivers) {
      for (const entry of paths.objs[idKeys(driver.id as Record<string, unknown>)] ?? []) {
        if (!idMatches(entry.id, driver.id)) continue;
        const instance = makeInstance(cb, matchValuesOf(entry.id, driver.id));
        seen.set(instance.key, instance);
      }
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

/** The `id.property` addresses of resolved dependencies, ALL lists flattened. */
export function addresses(resolved: Resolved[]): string[] {
  return resolved.flatMap((entry) =>
    (Array.isArray(entry) ? entry : [entry]).map((dep) => propAddress(dep.id, dep.property)),
  );
}

/** Addresses of the dependencies of a group that are on the page (absent ones are null). */
export function presentAddresses(group: (Resolved | null)[]): string[] {
  return addresses(group.filter((entry): entry is Resolved => entry !== null));
}

/** An `allow_optional` input or state: absent from the layout, it is sent without a value. */
function isOptional(dep: DependencySpec): boolean {
  return Boolean((dep as DependencySpec & { allow_optional?: boolean }).allow_optional);
}

/** Each dependency group of an instance resolved in the layout; null marks an absent required one. */
export interface InstanceParts {
  outputs: (Resolved | null)[];
  inputs: (Resolved | null)[];
  state: (Resolved | null)[];
}

export function resolveParts(instance: Instance, paths: PathsIndex): InstanceParts {
  const resolveAll = (deps: DependencySpec[]): (Resolved | null)[] =>
    deps.map((dep) => {
      const found = resolveDependency(dep, paths, instance.match);
      return found === null && isOptional(dep) ? { id: dep.id, property: dep.property, path: null } : found;
    });
  return {
    outputs: resolveAll(instance.cb.outputs),
    inputs: resolveAll(instance.cb.spec.inputs),
    state: resolveAll(instance.cb.spec.state),
  };
}

/** Whether some declared output names a component on the page (an instance without exists nowhere). */
export function hasOutputOnPage(instance: Instance, parts: InstanceParts): boolean {
  return !instance.cb.outputs.length || parts.outputs.some((entry) => entry !== null && [entry].flat().length > 0);
}

/**
 * What an instance's dependencies name now, or null when it cannot run: a required
 * dependency is absent, or it has outputs and none of them is on the page.
 */
export function resolveInstance(instance: Instance, paths: PathsIndex): ResolvedInstance | null {
  const parts = resolveParts(instance, paths);
  const complete = (group: (Resolved | null)[]): group is Resolved[] => !group.includes(null);
  const { outputs, inputs, state } = parts;
  if (!complete(outputs) || !complete(inputs) || !complete(state) || !hasOutputOnPage(instance, parts)) return null;
  return { outputs, inputs, state, outputAddresses: addresses(outputs), inputAddresses: addresses(inputs) };
}
