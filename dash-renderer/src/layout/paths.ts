/**
 * The layout index: where each component with an id lives. `strs` maps a string id to
 * its path; `objs` groups dict ids by their sorted key set for pattern matching.
 */
import { stringifyId } from "../ids";
import { isLayoutNode, type DashId, type IdValue, type LayoutNode, type Path } from "../types";
import { childrenPropSteps, expandSteps } from "./childrenProps";

export interface ObjEntry {
  id: { [key: string]: IdValue };
  values: IdValue[];
  path: Path;
}

/** A component and where it sits. */
export interface Located {
  node: LayoutNode;
  path: Path;
}

export interface PathsIndex {
  strs: { [sid: string]: Path };
  objs: { [keys: string]: ObjEntry[] };
}

/** `{namespace: {type: [children-prop specs]}}` from the page config. */
export type ChildrenPropsConfig = { [namespace: string]: { [type: string]: string[] | null } };

/** The sorted key set of a dict id, the bucket name in `objs`. */
export function idKeys(id: { [key: string]: unknown }): string {
  return Object.keys(id).sort().join(",");
}

/** The value at `path` inside `root`, or undefined. */
export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with `value` at `path`; every container along the path is copied once. */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container = (typeof root === "object" && root !== null ? root : typeof head === "number" ? [] : {}) as
    | unknown[]
    | Record<string, unknown>;
  const copy: unknown[] | Record<string, unknown> = Array.isArray(container)
    ? container.slice()
    : { ...container };
  const current = (container as Record<string | number, unknown>)[head];
  (copy as Record<string | number, unknown>)[head] = setIn(current, rest, value);
  return copy;
}

/**
 * Calls `visit` for every component in `value` (a component, a list, or nested lists),
 * descending through each component's children props.
 */
export function walkComponents(
  value: unknown,
  path: Path,
  childrenProps: ChildrenPropsConfig,
  visit: (node: LayoutNode, path: Path) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkComponents(item, [...path, i], childrenProps, visit));
    return;
  }
  if (!isLayoutNode(value)) return;
  visit(value, path);
  const specs = childrenProps[value.namespace]?.[value.type];
  for (const steps of childrenPropSteps(specs)) {
    for (const location of expandSteps(value.props, steps)) {
      walkComponents(getIn(value.props, location), [...path, "props", ...location], childrenProps, visit);
    }
  }
}

export function emptyIndex(): PathsIndex {
  return { strs: {}, objs: {} };
}

/** Adds every component with an id inside `value` (found at `path`) to the index. */
export function indexSubtree(
  index: PathsIndex,
  value: unknown,
  path: Path,
  childrenProps: ChildrenPropsConfig,
): Located[] {
  const added: Located[] = [];
  walkComponents(value, path, childrenProps, (node, nodePath) => {
    const id = node.props.id as DashId | undefined;
    if (id === undefined || id === null) return;
    added.push({ node, path: nodePath });
    if (typeof id === "object") {
      const keys = idKeys(id);
      const values = Object.keys(id)
        .sort()
        .map((key) => id[key]);
      (index.objs[keys] ??= []).push({ id, values, path: nodePath });
    }
    index.strs[stringifyId(id)] = nodePath;
  });
  return added;
}

/** Removes every component with an id inside `value` (found at `path`) from the index. */
export function unindexSubtree(
  index: PathsIndex,
  value: unknown,
  path: Path,
  childrenProps: ChildrenPropsConfig,
): Located[] {
  const removed: Located[] = [];
  const removedPaths = new Map<string, Set<string>>();
  walkComponents(value, path, childrenProps, (node, nodePath) => {
    const id = node.props.id as DashId | undefined;
    if (id === undefined || id === null) return;
    removed.push({ node, path: nodePath });
    const sid = stringifyId(id);
    if (index.strs[sid] && pathKey(index.strs[sid]) === pathKey(nodePath)) delete index.strs[sid];
    if (typeof id === "object") {
      const keys = idKeys(id);
      let set = removedPaths.get(keys);
      if (!set) removedPaths.set(keys, (set = new Set()));
      set.add(pathKey(nodePath));
    }
  });
  for (const [keys, set] of removedPaths) {
    const remaining = (index.objs[keys] ?? []).filter((entry) => !set.has(pathKey(entry.path)));
    if (remaining.length) index.objs[keys] = remaining;
    else delete index.objs[keys];
  }
  return removed;
}

/** A path's string key (JSON), used for subscriptions and the `loading` map. */
export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/** Orders two paths as the layout does (document order). */
export function comparePaths(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === "number" && typeof b[i] === "number") return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}
