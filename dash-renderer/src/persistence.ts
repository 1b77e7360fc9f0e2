/**
 * Persistence of user-edited props (`persistence`, `persisted_props`, `persistence_type`):
 * a user edit is stored with the layout value it replaced; when the layout later offers
 * that same original value under the same `persistence` value, the edit is restored.
 */
import { stringifyId } from "./ids";
import { walkComponents, type ChildrenPropsConfig } from "./layout/paths";
import { resolveComponent } from "./registry";
import { deepEqual } from "./store";
import type { LayoutNode } from "./types";

interface Stored {
  persistence: unknown;
  original: unknown;
  value: unknown;
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

/** `persisted_props` and `persistence_type` with the component's defaults applied. */
function settings(node: LayoutNode): { props: string[]; type: string } | null {
  const { persistence, id } = node.props;
  if (!persistence || id === undefined || id === null) return null;
  const cls = resolveComponent(node);
  const defaults = cls?.dashPersistence ?? (cls?.defaultProps as { persisted_props?: string[]; persistence_type?: string });
  const props = (node.props.persisted_props as string[] | undefined) ?? defaults?.persisted_props ?? [];
  const type = (node.props.persistence_type as string | undefined) ?? defaults?.persistence_type ?? "local";
  return { props, type };
}

function storageKey(node: LayoutNode, prop: string): string {
  return `${PREFIX}${stringifyId(node.props.id)}.${prop}`;
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

/** Restores stored edits into every persisted component of a fresh layout chunk (in place). */
export function applyPersistence(value: unknown, childrenProps: ChildrenPropsConfig): void {
  walkComponents(value, [], childrenProps, (node) => {
    const config = settings(node);
    if (!config) return;
    const store = backend(config.type);
    for (const prop of config.props) {
      const key = storageKey(node, prop);
      const stored = read(store, key);
      if (!stored) continue;
      if (stored.persistence === node.props.persistence && deepEqual(stored.original, node.props[prop])) {
        node.props[prop] = stored.value;
      } else {
        store.removeItem(key);
      }
    }
  });
}

/** Records user edits of persisted props before they are applied. */
export function recordEdits(node: LayoutNode, props: Record<string, unknown>): void {
  const config = settings(node);
  if (!config) return;
  const store = backend(config.type);
  for (const prop of config.props) {
    if (!(prop in props)) continue;
    const key = storageKey(node, prop);
    const stored = read(store, key);
    const original = stored && stored.persistence === node.props.persistence ? stored.original : node.props[prop];
    store.setItem(key, JSON.stringify({ persistence: node.props.persistence, original, value: props[prop] }));
  }
}

/** A callback wrote these props: stored user edits of them no longer apply. */
export function forgetEdits(node: LayoutNode, props: Record<string, unknown>): void {
  const config = settings(node);
  if (!config) return;
  const store = backend(config.type);
  for (const prop of config.props) {
    if (prop in props) store.removeItem(storageKey(node, prop));
  }
}
