/**
 * The running app: wires the store, the callback graph and scheduler, persistence and
 * errors together, and is what rendered components and the public APIs call into.
 */
import type { DispatchResult, Requests } from "./callbacks/network";
import { CallbackGraph, type Instance } from "./callbacks/graph";
import { bindSetProps, runClientside } from "./callbacks/clientside";
import { cancelJob, followJob } from "./callbacks/jobs";
import { applyPatch, isPatch } from "./callbacks/patch";
import { Scheduler, type AppliedChange } from "./callbacks/scheduler";
import { showsDevErrors } from "./config";
import { DevToolsSession } from "./devtools/session";
import { UndoHistory } from "./devtools/undoHistory";
import { ErrorStore } from "./errors/errorStore";
import { childrenHeads } from "./layout/childrenProps";
import { parseId, propAddress, stringifyId } from "./ids";
import type { Located } from "./layout/paths";
import { publishGraphTime } from "./api";
import { applyPersistence, persistenceForCallback, recordEdits } from "./persistence";
import { DashStore, type ChangeSource } from "./store";
import { isLayoutNode, type LayoutNode, type CallbackSpec, type DashConfig, type DashId, type DependencySpec, type Path, type PropUpdates } from "./types";

export class DashApp {
  readonly graph: CallbackGraph;
  readonly scheduler: Scheduler;
  readonly errors = new ErrorStore();
  /** Debug mode only: prop checks, set_props checks, the callback graph's run records. */
  readonly devtools: DevToolsSession | null;
  /** `show_undo_redo=True` only: the user's edits, for the undo/redo buttons. */
  readonly history: UndoHistory | null;

  constructor(
    readonly store: DashStore,
    readonly config: DashConfig,
    specs: CallbackSpec[],
    requests: Requests,
  ) {
    store.setCallbacks(specs);
    this.history = config.show_undo_redo ? new UndoHistory() : null;
    const publishErrors = (): void => store.publish("error", this.errors.view());
    this.errors.subscribe(publishErrors);
    publishErrors();
    const debugging = showsDevErrors(config) || Boolean(config.props_check || config.validate_callbacks);
    this.devtools = debugging ? new DevToolsSession(this.errors, store.childrenProps, Boolean(config.props_check)) : null;
    const track = (output: string, run: Promise<DispatchResult>): Promise<DispatchResult> =>
      this.devtools ? this.devtools.trackRun(output, run, (sid) => this.nodeOf(sid)) : run;
    const devtools = this.devtools;
    if (devtools) {
      const publishProfile = (): void => store.publish("profile", devtools.profile());
      devtools.monitor.subscribe(publishProfile);
      publishProfile();
    }
    const started = performance.now();
    const graph = new CallbackGraph(specs);
    const invalid = Boolean(config.validate_callbacks) && (this.devtools?.validateDeclarations(graph.callbacks) ?? false);
    this.graph = invalid ? new CallbackGraph([]) : graph;
    publishGraphTime(performance.now() - started);
    bindSetProps((id, props) => this.setPropsById(id, props, "clientsideApi"));
    this.scheduler = new Scheduler({
      store,
      graph: this.graph,
      apply: (updates, source) => this.applyUpdates(updates, "callback", source === "callback"),
      runServer: (payload) => track(payload.output, requests.dispatch(payload)),
      runClientside: (instance, resolved, payload) => track(payload.output, runClientside(instance.cb, resolved.outputs, payload)),
      followJob: (token, after, pace, onEvents, signal) =>
        this.devtools
          ? this.devtools.trackJob(token, onEvents, (sid) => this.nodeOf(sid), (handle, fetchImpl) =>
              followJob(config, token, { after, pace, onEvents: handle, signal, fetchImpl }),
            )
          : followJob(config, token, { after, pace, onEvents, signal }),
      cancelJob: (token, beacon) => cancelJob(config, token, beacon),
      reportError: (error, instance) => this.reportCallbackError(error.message, error.traceback, instance),
      reportMissingRunning: (dep, instance) => this.reportMissingRunning(dep, instance),
    });
    store.onAction("ON_PROP_CHANGE", (payload) => {
      const { itempath, props } = payload as { itempath: Path; props: Record<string, unknown> };
      this.setPropsAt(itempath, props, "internal");
    });
  }

  /** Puts the first layout in place and fires the initial callbacks. */
  start(layout: unknown): void {
    applyPersistence(layout, this.store.childrenProps);
    const added = this.store.setLayout(layout);
    this.devtools?.watchWindowErrors();
    this.devtools?.reportInterruptedJobs();
    this.devtools?.checkNodes(added);
    if (this.config.validate_callbacks) {
      this.devtools?.validateLayout(this.graph.callbacks, added, this.config.validation_layout, Boolean(this.config.suppress_callback_exceptions));
    }
    this.scheduler.initialCalls();
  }

  /**
   * `setProps` of the component at `path` (a user edit when `source` is internal, which
   * undo/redo records unless it is an undo or redo itself: `undoable` false).
   */
  setPropsAt(path: Path, props: Record<string, unknown>, source: ChangeSource, undoable = true): void {
    const node = this.store.getIn(path);
    if (!isLayoutNode(node)) return;
    if (source === "internal") recordEdits(node, props);
    const change = this.store.updateProps(path, props, source);
    const id = node.props.id as DashId | undefined;
    if (this.history && undoable && source === "internal" && id !== undefined) this.recordUndoable(this.history, id, node, props, change.changed);
    this.checkChange(path, change);
    this.scheduler.changed(toApplied(node.props.id as DashId | undefined, change.changed, change.added, change.removed));
  }

  /** Records a user edit of props some callback takes as input (as upstream: a focus change is not an edit). */
  private recordUndoable(history: UndoHistory, id: DashId, node: LayoutNode, props: Record<string, unknown>, changed: string[]): void {
    const paths = this.store.getState().paths;
    const watched = changed.filter((prop) => this.graph.triggeredBy(id, prop, paths).length > 0);
    if (!watched.length) return;
    const pick = (source: Record<string, unknown>) => Object.fromEntries(watched.map((prop) => [prop, source[prop]]));
    history.record({ id, before: pick(node.props), after: pick(props) });
  }

  /** Undo (`forward` false) or redo the user's last edit, firing callbacks as the edit did. */
  undoRedo(forward: boolean): void {
    const edit = forward ? this.history?.redo() : this.history?.undo();
    const path = edit && this.findPath(stringifyId(edit.id));
    if (edit && path) this.setPropsAt(path, forward ? edit.after : edit.before, "internal", false);
  }

  /** `dash_clientside.set_props(id, props)`. */
  setPropsById(id: DashId, props: Record<string, unknown>, source: ChangeSource): void {
    const sid = stringifyId(id);
    this.devtools?.checkSetProps({ [sid]: props }, (s) => this.nodeOf(s), "dash_clientside.set_props");
    const path = this.findPath(sid);
    if (!path) {
      if (!this.devtools) console.error(`dash: set_props: no component with id ${sid} in the layout.`);
      return;
    }
    this.setPropsAt(path, props, source);
  }

  /** Inserts an ExternalWrapper's component at `path` and fires callbacks of its components. */
  insertExternal(path: Path, component: unknown): void {
    const change = this.store.insertAt(path, component);
    this.scheduler.changed(toApplied(undefined, [], change.added, change.removed));
  }

  /**
   * Applies callback outputs (Patch-aware). `forget` (a callback's own outputs, not
   * `running` values) lets persistence drop stored edits of written persisted props and
   * follow a new `persistence` value. Returns what changed, for the scheduler.
   */
  applyUpdates(updates: PropUpdates, source: ChangeSource, forget: boolean): AppliedChange {
    const applied: AppliedChange = { props: [], added: [], removed: [] };
    for (const [sid, props] of Object.entries(updates)) {
      const path = this.findPath(sid);
      const node = path && this.store.getIn(path);
      if (!path || !isLayoutNode(node)) {
        console.warn(`dash: callback output for ${sid}, which is not in the layout`);
        continue;
      }
      const heads = childrenHeads(this.store.childrenProps[node.namespace]?.[node.type]);
      let resolved: Record<string, unknown> = {};
      for (const [prop, value] of Object.entries(props)) {
        resolved[prop] = isPatch(value) ? applyPatch(node.props[prop], value) : value;
        // Only children props can bring new (possibly persisted) components.
        if (heads.has(prop)) applyPersistence(resolved[prop], this.store.childrenProps);
      }
      if (forget) resolved = persistenceForCallback(node, resolved);
      const change = this.store.updateProps(path, resolved, source);
      this.checkChange(path, change);
      const part = toApplied(node.props.id as DashId, change.changed, change.added, change.removed);
      applied.props.push(...part.props);
      applied.added.push(...part.added);
      applied.removed.push(...part.removed);
    }
    return applied;
  }

  reportCallbackError(message: string, traceback?: string, instance?: Instance): void {
    const source = instance ? callbackErrorTitle(instance.cb.spec) : "Callback error";
    // A Python exception (debug mode sends its traceback) is a back-end error titled by its callback.
    if (!showsDevErrors(this.config)) console.error(`dash: ${source}: ${message}${traceback ? `\n${traceback}` : ""}`);
    else if (traceback) this.errors.add({ kind: "backEnd", title: source, html: traceback });
    else this.errors.add({ kind: "frontEnd", title: message, message: `${source}: ${message}` });
  }

  /** Debug mode, unless callback exceptions are suppressed: upstream's error for a
   * `running` output naming no component of the page (once per on and per off). */
  private reportMissingRunning(dep: DependencySpec, instance: Instance): void {
    if (!showsDevErrors(this.config) || this.config.suppress_callback_exceptions) return;
    this.errors.add({
      kind: "frontEnd",
      title: "ID running component not found in layout",
      html: [
        "Component defined in running keyword not found in layout.",
        `Component id: ${JSON.stringify(stringifyId(dep.id))}`,
        "This ID was used in the callback(s) for Output(s):",
        instance.cb.outputs.map((output) => propAddress(output.id, output.property)).join(", "),
        "You can suppress this exception by setting",
        "`suppress_callback_exceptions=True`.",
      ].join("\n"),
    });
  }

  /** Dev mode: type-checks changed props and new components (props_check). */
  private checkChange(path: Path, change: { changed: string[]; added: Located[] }): void {
    const node = this.store.getIn(path);
    if (!this.devtools || !isLayoutNode(node)) return;
    this.devtools.checkProps(node, change.changed);
    this.devtools.checkNodes(change.added);
  }

  /** The component with string id `sid`, if it is in the layout. */
  nodeOf(sid: string): LayoutNode | undefined {
    const path = this.findPath(sid);
    const node = path && this.store.getIn(path);
    return isLayoutNode(node) ? node : undefined;
  }

  /** A component's path from its string id (canonicalizing ids the server spelled differently). */
  findPath(sid: string): Path | undefined {
    const strs = this.store.getState().paths.strs;
    return strs[sid] ?? strs[stringifyId(parseId(sid))];
  }
}

function toApplied(id: DashId | undefined, changed: string[], added: Located[], removed: Located[]): AppliedChange {
  return {
    props: id === undefined || id === null ? [] : changed.map((property) => ({ id, property })),
    added: added.map((entry) => entry.node.props.id as DashId),
    removed: removed.map((entry) => entry.node.props.id as DashId),
  };
}

/** Upstream's title of a callback's error: its outputs, or for a callback without
 * outputs, the inputs that fire it. */
function callbackErrorTitle(spec: CallbackSpec): string {
  if (!spec.no_output) return `Callback error updating ${spec.output}`;
  const inputs = spec.inputs.map((dep) => propAddress(dep.id, dep.property)).join(", ");
  return `Callback error with no output from input ${inputs}`;
}
