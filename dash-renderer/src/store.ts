/**
 * The renderer's store: the layout tree, its id index, the loading map and callback
 * bookkeeping. Subscriptions are per component path so a prop change re-renders only
 * that component; global subscribers (react-redux style) hear every change.
 */
import { childrenHeads } from "./layout/childrenProps";
import {
  emptyIndex,
  getIn,
  indexSubtree,
  pathKey,
  setIn,
  unindexSubtree,
  type ChildrenPropsConfig,
  type Located,
  type PathsIndex,
} from "./layout/paths";
import { resolveComponent } from "./registry";
import { isLayoutNode, type CallbackSpec, type DashConfig, type DashId, type Path } from "./types";

/** Where the app's layout sits in the state (`getState().layout.components`). */
export const ROOT_PATH: Path = ["components"];

export interface LoadingEntry {
  id: DashId;
  property: string;
}

/** Summary of one in-flight or queued callback, as `dash.testing` reads it. */
export interface CallbackSummary {
  callback_id?: string;
  output: string;
  changedPropIds: string[];
  status: "queued" | "running" | "job";
}

export interface DashState {
  layout: unknown;
  paths: PathsIndex;
  loading: { [pathKey: string]: LoadingEntry[] };
  pendingCallbacks: CallbackSummary[];
  requestQueue: CallbackSummary[];
  isLoading: boolean;
  config: DashConfig;
  graphs: { callbacks: CallbackSpec[] };
  /** Dev tools views, read-only, in upstream's shape (`error.backEnd[0].error.html`). */
  error?: unknown;
  profile?: unknown;
}

/** Why a component's props changed, as `dashRenderType` reports it. */
export type ChangeSource = "internal" | "callback" | "clientsideApi" | "components" | "parent";

export interface Action {
  type: string;
  payload?: unknown;
}

export interface PropsChange {
  /** Props that differ from before. */
  changed: string[];
  added: Located[];
  removed: Located[];
}

type Listener = () => void;

export class DashStore {
  private state: DashState;
  private readonly listeners = new Set<Listener>();
  private readonly pathListeners = new Map<string, Set<Listener>>();
  private readonly loadingListeners = new Map<string, Set<Listener>>();
  /** Per path: why it last changed, and the node that change produced. */
  private readonly sources = new Map<string, { source: ChangeSource; node: unknown }>();
  private readonly reducers = new Map<string, (payload: unknown) => void>();

  constructor(config: DashConfig, callbacks: CallbackSpec[] = []) {
    this.state = {
      layout: null,
      paths: emptyIndex(),
      loading: {},
      pendingCallbacks: [],
      requestQueue: [],
      isLoading: false,
      config,
      graphs: { callbacks },
    };
  }

  get childrenProps(): ChildrenPropsConfig {
    return this.state.config.children_props ?? {};
  }

  getState = (): DashState => this.state;

  /** Subscribes to every change (react-redux style); returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Subscribes to changes of the component at one path. */
  subscribePath(path: Path, listener: Listener): () => void {
    return subscribeKeyed(this.pathListeners, pathKey(path), listener);
  }

  /** Subscribes to the loading entries of one component path. */
  subscribeLoading(key: string, listener: Listener): () => void {
    return subscribeKeyed(this.loadingListeners, key, listener);
  }

  /** Registers a handler for an action type sent through `dispatch`. */
  onAction(type: string, handler: (payload: unknown) => void): void {
    this.reducers.set(type, handler);
  }

  /** react-redux compatible dispatch: runs the registered handler for `action.type`. */
  dispatch = (action: Action): Action => {
    const handler = this.reducers.get(action.type);
    if (handler) handler(action.payload);
    else console.warn(`dash: unknown store action ${action.type}`);
    return action;
  };

  /** The value at a path in the layout. */
  getIn(path: Path): unknown {
    return getIn(this.state.layout, path);
  }

  /** Why the component at `path` last changed. */
  changeSource(path: Path): ChangeSource | undefined {
    // A node replaced since (an ancestor rewrote it) renders because of its parent.
    const entry = this.sources.get(pathKey(path));
    return entry && entry.node === this.getIn(path) ? entry.source : undefined;
  }

  /**
   * Replaces the whole layout (boot). As upstream, the state holds it as
   * `layout.components`, so every component path starts with "components".
   */
  setLayout(layout: unknown): Located[] {
    const paths = emptyIndex();
    const added = indexSubtree(paths, layout, ROOT_PATH, this.childrenProps);
    this.state = { ...this.state, layout: { components: layout }, paths };
    this.notifyAll();
    return added;
  }

  /** Puts `value` at `path` (used by ExternalWrapper), indexing the components in it. */
  insertAt(path: Path, value: unknown): PropsChange {
    const old = this.getIn(path);
    const removed = unindexSubtree(this.state.paths, old, path, this.childrenProps);
    const layout = setIn(this.state.layout, path, value);
    const added = indexSubtree(this.state.paths, value, path, this.childrenProps);
    this.commit(layout, path, "components");
    return { changed: [], added, removed };
  }

  /**
   * Merges `props` into the component at `path`; components inside children props are
   * (re)indexed. A component's own edits count only props whose value changed; values a
   * callback writes always count as changed (as upstream: chained callbacks fire even
   * when an output is rewritten with the same value).
   */
  updateProps(path: Path, props: Record<string, unknown>, source: ChangeSource): PropsChange {
    const force = source === "callback" || source === "clientsideApi";
    const node = this.getIn(path);
    const result: PropsChange = { changed: [], added: [], removed: [] };
    if (!isLayoutNode(node)) return result;
    const heads = childrenHeads(this.childrenProps[node.namespace]?.[node.type]);
    const newProps = { ...node.props };
    for (const [prop, value] of Object.entries(props)) {
      if (!force && deepEqual(node.props[prop], value)) continue;
      result.changed.push(prop);
      if (heads.has(prop)) {
        const before = { ...node, props: { [prop]: node.props[prop] } };
        const after = { ...node, props: { [prop]: value } };
        result.removed.push(...unindexSubtree(this.state.paths, before, path, this.childrenProps));
        result.added.push(...indexSubtree(this.state.paths, after, path, this.childrenProps));
      }
      newProps[prop] = value;
    }
    if (!result.changed.length) return result;
    const layout = setIn(this.state.layout, path, { ...node, props: newProps });
    this.commit(layout, path, source);
    return result;
  }

  /** Adds or removes loading entries for a component path. */
  setLoading(key: string, entries: LoadingEntry[]): void {
    const loading = { ...this.state.loading };
    if (entries.length) loading[key] = entries;
    else delete loading[key];
    this.state = { ...this.state, loading };
    this.loadingListeners.get(key)?.forEach((listener) => listener());
    this.notifyGlobal();
  }

  /** Publishes the scheduler's view of pending work. */
  setCallbackState(pendingCallbacks: CallbackSummary[], requestQueue: CallbackSummary[]): void {
    const isLoading = pendingCallbacks.length > 0 || requestQueue.length > 0;
    this.state = { ...this.state, pendingCallbacks, requestQueue, isLoading };
    this.notifyGlobal();
  }

  /** Publishes a dev tools view (`error`, `profile`) into the state. */
  publish(name: "error" | "profile", value: unknown): void {
    this.state = { ...this.state, [name]: value };
    this.notifyGlobal();
  }

  setCallbacks(callbacks: CallbackSpec[]): void {
    this.state = { ...this.state, graphs: { callbacks } };
  }

  private commit(layout: unknown, path: Path, source: ChangeSource): void {
    const key = pathKey(path);
    this.sources.set(key, { source, node: getIn(layout, path) });
    this.state = { ...this.state, layout, paths: { ...this.state.paths } };
    this.pathListeners.get(key)?.forEach((listener) => listener());
    this.notifyChildrenUpdateAncestors(path);
    this.notifyGlobal();
  }

  /** Components flagged `dashChildrenUpdate` re-render when a descendant changes. */
  private notifyChildrenUpdateAncestors(path: Path): void {
    for (let end = path.length - 1; end >= 0; end--) {
      const prefix = path.slice(0, end);
      const listeners = this.pathListeners.get(pathKey(prefix));
      if (!listeners) continue;
      const ancestor = this.getIn(prefix);
      if (isLayoutNode(ancestor) && resolveComponent(ancestor)?.dashChildrenUpdate) {
        this.sources.set(pathKey(prefix), { source: "components", node: ancestor });
        listeners.forEach((listener) => listener());
      }
    }
  }

  private notifyAll(): void {
    this.pathListeners.forEach((set) => set.forEach((listener) => listener()));
    this.notifyGlobal();
  }

  private notifyGlobal(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function subscribeKeyed(map: Map<string, Set<Listener>>, key: string, listener: Listener): () => void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set!.delete(listener);
    if (!set!.size) map.delete(key);
  };
}

/** Structural equality of JSON-like values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
