/**
 * Persistence of user-edited props (`persistence`, `persisted_props`, `persistence_type`).
 * A user edit is stored together with the layout value it replaced, under the component
 * id, the persisted prop and the `persistence` value: each `persistence` value keeps its own
 * edits, and a falsy one stores nothing. When a layout later offers that same original
 * value, the edit is restored. A `persisted_props` entry `prop.part` persists only the part
 * the component's `persistenceTransforms[prop][part]` extracts (and puts back).
 */
import { stringifyId } from "./ids";
import { walkComponents, type ChildrenPropsConfig } from "./layout/paths";
import { resolveComponent, type DashComponent, type PersistenceTransform } from "./registry";
import { deepEqual } from "./store";
import type { LayoutNode } from "./types";

/** One stored edit; a key left out (JSON drops undefined) reads back as undefined. */
interface Stored {
  value?: unknown;
  original?: unknown;
}

/** One `persisted_props` entry resolved for a component. */
interface PersistedProp {
  /** The entry as written (`value`, `columns.name`), part of the storage key. */
  spec: string;
  /** The component prop it lives in. */
  prop: string;
  transform: PersistenceTransform;
}

const PREFIX = "_dash_persistence.";
const memory = new Map<string, string>();

type Backend = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const memoryBackend: Backend = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

function backend(type: string): Backend {
  try {
    if (type === "local") return window.localStorage;
    if (type === "session") return window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy mode); fall back to memory.
  }
  return memoryBackend;
}

const identity: PersistenceTransform = { extract: (value) => value, apply: (stored) => stored };

function transformFor(cls: DashComponent | undefined, prop: string, part: string | undefined): PersistenceTransform {
  const byProp = cls?.persistenceTransforms?.[prop];
  const found = part === undefined ? byProp : (byProp as Record<string, PersistenceTransform> | undefined)?.[part];
  return typeof found?.extract === "function" ? (found as PersistenceTransform) : identity;
}

interface Settings {
  props: PersistedProp[];
  store: Backend;
}

/** The component's persisted props and storage (its class defaults applied), or null. */
function settings(node: LayoutNode, persistence: unknown = node.props.persistence): Settings | null {
  const { id } = node.props;
  if (!persistence || id === undefined || id === null) return null;
  const cls = resolveComponent(node);
  const defaults = cls?.dashPersistence ?? (cls?.defaultProps as { persisted_props?: string[]; persistence_type?: string });
  const specs = (node.props.persisted_props as string[] | undefined) ?? defaults?.persisted_props ?? [];
  const type = (node.props.persistence_type as string | undefined) ?? defaults?.persistence_type ?? "local";
  const props = specs.map((spec) => {
    const dot = spec.indexOf(".");
    const prop = dot < 0 ? spec : spec.slice(0, dot);
    return { spec, prop, transform: transformFor(cls, prop, dot < 0 ? undefined : spec.slice(dot + 1)) };
  });
  return { props, store: backend(type) };
}

function storageKey(node: LayoutNode, spec: string, persistence: unknown): string {
  return `${PREFIX}${stringifyId(node.props.id)}.${spec}.${JSON.stringify(persistence)}`;
}

function read(store: Backend, key: string): Stored | null {
  const raw = store.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Stored;
  } catch {
    return null;
  }
}

/**
 * The stored edits under `persistence` put into `props` (a copy when anything changes):
 * an edit applies where the layout's value is the one it replaced; one that no longer
 * matches is dropped.
 */
function restore(node: LayoutNode, props: Record<string, unknown>, persistence: unknown): Record<string, unknown> {
  const config = settings(node, persistence);
  if (!config) return props;
  let result = props;
  for (const { spec, prop, transform } of config.props) {
    const key = storageKey(node, spec, persistence);
    const stored = read(config.store, key);
    if (!stored) continue;
    if (deepEqual(stored.original, transform.extract(result[prop]))) {
      result = { ...result, [prop]: transform.apply(stored.value, result[prop]) };
    } else {
      config.store.removeItem(key);
    }
  }
  return result;
}

/** Restores stored edits into every persisted component of a fresh layout chunk (in place). */
export function applyPersistence(value: unknown, childrenProps: ChildrenPropsConfig): void {
  walkComponents(value, [], childrenProps, (node) => {
    node.props = restore(node, node.props, node.props.persistence);
  });
}

/** Records user edits of persisted props before they are applied. */
export function recordEdits(node: LayoutNode, props: Record<string, unknown>): void {
  const config = settings(node);
  if (!config) return;
  for (const { spec, prop, transform } of config.props) {
    if (!(prop in props)) continue;
    const key = storageKey(node, spec, node.props.persistence);
    const stored = read(config.store, key);
    const original = stored ? stored.original : transform.extract(node.props[prop]);
    const value = transform.extract(props[prop]);
    if (deepEqual(value, original)) config.store.removeItem(key);
    else config.store.setItem(key, JSON.stringify({ value, original } satisfies Stored));
  }
}

/**
 * A callback is writing `props` into `node`; returns the props to apply. A written
 * persisted prop drops the stored edit. A new `persistence` value puts back the original
 * of the old value's edits, then the new value's own edits.
 */
export function persistenceForCallback(node: LayoutNode, props: Record<string, unknown>): Record<string, unknown> {
  const config = settings(node);
  if (!("persistence" in props) || props.persistence === node.props.persistence) {
    for (const { spec, prop } of config?.props ?? []) {
      if (prop in props) config!.store.removeItem(storageKey(node, spec, node.props.persistence));
    }
    return props;
  }
  const result = { ...props };
  for (const { spec, prop, transform } of config?.props ?? []) {
    if (prop in props) continue;
    const stored = read(config!.store, storageKey(node, spec, node.props.persistence));
    if (stored) result[prop] = transform.apply(stored.original, node.props[prop]);
  }
  const after: LayoutNode = { ...node, props: { ...node.props, ...result } };
  const restored = restore(after, after.props, props.persistence);
  for (const { prop } of settings(after)?.props ?? []) {
    if (restored[prop] !== after.props[prop]) result[prop] = restored[prop];
  }
  return result;
}
