/**
 * Deciding which callback instances run and in what order. A change triggers the
 * instances that read it; every instance downstream of those joins the queue untriggered
 * and waits until nothing queued or running feeds it. When it is free it runs once if a
 * change reached it, and is dropped otherwise, so a chain settles in one pass.
 */
import { showsDevErrors } from "../config";
import { parseId, parsePropAddress, propAddress, stringifyId } from "../ids";
import { pathKey, type PathsIndex } from "../layout/paths";
import type { CallbackSummary, DashStore, LoadingEntry } from "../store";
import type { CallbackSpec, DashId, DependencySpec, PropUpdates } from "../types";
import {
  presentAddresses,
  resolveInstance,
  resolveParts,
  type CallbackGraph,
  type Instance,
  type ResolvedInstance,
} from "./graph";
import { InitialGroup } from "./initialGroup";
import { missingReference } from "./missing";
import { idMatches, isMulti, resolveDependency } from "./patterns";
import { buildPayload, type CallbackPayload } from "./payload";
import type { CallbackError, DispatchResult } from "./network";
import { isTerminal, type JobEvent, type PollPace } from "./jobs";
import { cancelsOnNavigation, leftPage, onPageOnly } from "./navigation";

/** What the scheduler needs from the rest of the renderer. */
export interface SchedulerHost {
  store: DashStore;
  graph: CallbackGraph;
  /** Applies updates; the returned addresses are the props that changed. */
  apply(updates: PropUpdates, source: "callback" | "running"): AppliedChange;
  runServer(payload: CallbackPayload): Promise<DispatchResult>;
  runClientside(instance: Instance, resolved: ResolvedInstance, payload: CallbackPayload): Promise<DispatchResult>;
  followJob(token: string, after: number, pace: PollPace, onEvents: (events: JobEvent[]) => void, signal: AbortSignal): Promise<JobEvent | null>;
  cancelJob(token: string, beacon?: boolean): void;
  reportError(error: CallbackError, instance: Instance): void;
  /** A `running` output names a component the page does not have. */
  reportMissingRunning(dep: DependencySpec, instance: Instance): void;
}

/** Props that changed and components that appeared or disappeared in one application. */
export interface AppliedChange {
  props: { id: DashId; property: string }[];
  added: DashId[];
  removed: DashId[];
}

interface Job {
  instance: Instance;
  triggered: boolean;
  changed: Set<string>;
  running: boolean;
  /** A background job triggered again while running: cancelled, then run once more. */
  rerun: boolean;
  /** The run in flight whose answer counts; a newer trigger replaces it. */
  run?: object;
  /** The batch of initial calls it belongs to, while queued. */
  group?: InitialGroup;
  token?: string;
  abort?: AbortController;
  /** Cancelled (cancel input, newer trigger) before its ticket came: cancel it on arrival. */
  cancelOnTicket?: boolean;
  /** Its outputs left the page while it ran: its updates apply only to what is on the page. */
  leftPage?: boolean;
}

export class Scheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly loading = new Map<string, Map<Job, LoadingEntry[]>>();
  private pumpQueued = false;

  constructor(private readonly host: SchedulerHost) {}

  /** Instances to run as initial calls for the whole layout. */
  initialCalls(): void {
    const { graph, store } = this.host;
    const group = new InitialGroup();
    for (const cb of graph.callbacks) {
      if (cb.spec.prevent_initial_call === true) continue;
      for (const instance of graph.instancesOf(cb, store.getState().paths)) this.enqueue(instance, [], group);
    }
    this.schedulePump();
  }

  /** Reacts to applied changes: triggered callbacks, new components' initial calls, cancels. */
  changed(change: AppliedChange, exclude?: string): void {
    const { graph } = this.host;
    const addresses = new Set(change.props.map((p) => propAddress(p.id, p.property)));
    this.cancelByInputs(addresses);
    for (const { id, property } of change.props) {
      for (const instance of graph.triggeredBy(id, property, this.host.store.getState().paths)) {
        if (instance.key !== exclude) this.enqueue(instance, [propAddress(id, property)]);
      }
    }
    if (change.added.length || change.removed.length) this.layoutChanged(change.added, change.removed, exclude);
    if (change.removed.length) this.releaseJobsOffPage();
    this.schedulePump();
  }

  /**
   * Components appeared or disappeared, as upstream Dash treats a new layout chunk: an
   * instance with a new output gets its initial call (unless prevent_initial_call); one
   * whose outputs are not all new is triggered by its inputs that are new (even with
   * prevent_initial_call) and by members its ALL/ALLSMALLER inputs lost.
   */
  private layoutChanged(added: DashId[], removed: DashId[], exclude?: string): void {
    const { graph, store } = this.host;
    const paths = store.getState().paths;
    const addedSids = new Set(added.map(stringifyId));
    const isNew = (address: string) => addedSids.has(parsePropAddress(address).sid);
    const group = new InitialGroup();
    const cbs = new Set([...added, ...removed].flatMap((id) => graph.touching(id)));
    for (const cb of cbs) {
      for (const instance of graph.instancesOf(cb, paths)) {
        if (instance.key === exclude) continue;
        const parts = resolveParts(instance, paths);
        const outputs = presentAddresses(parts.outputs);
        const triggers: string[] = [];
        if (!outputs.every(isNew)) {
          const inputs = presentAddresses(parts.inputs);
          triggers.push(...inputs.filter(isNew));
          for (const dep of cb.spec.inputs.filter((input) => isMulti(input.id))) {
            const lost = removed.filter((id) => idMatches(id, dep.id, instance.match));
            triggers.push(...lost.map((id) => propAddress(id, dep.property)));
          }
        }
        if (outputs.some(isNew) && cb.spec.prevent_initial_call !== true) this.enqueue(instance, triggers, group);
        else if (triggers.length) this.enqueue(instance, triggers);
      }
    }
  }

  /**
   * Running background jobs whose outputs just left the page (the user navigated away)
   * stop showing as loading and are cancelled, unless `cancel_on_navigation=False`.
   */
  private releaseJobsOffPage(): void {
    const paths = this.host.store.getState().paths;
    for (const job of this.jobs.values()) {
      if (!job.running || job.leftPage || !job.instance.cb.spec.background || !leftPage(job.instance, paths)) continue;
      job.leftPage = true;
      // Loading entries are keyed by layout path, where the new page may have other components.
      this.clearLoading(job);
      if (cancelsOnNavigation(job.instance.cb.spec)) this.cancel(job);
    }
  }

  /** Cancels every running background job (page unload). */
  cancelAllJobs(): void {
    for (const job of this.jobs.values()) {
      if (job.token) this.host.cancelJob(job.token, true);
    }
  }

  /** Queues an instance; `group` when it is an initial call of that batch. */
  private enqueue(instance: Instance, changed: string[], group?: InitialGroup): void {
    let job = this.jobs.get(instance.key);
    if (!job) {
      job = { instance, triggered: false, changed: new Set(), running: false, rerun: false };
      this.jobs.set(instance.key, job);
    }
    changed.forEach((address) => job!.changed.add(address));
    if (job.running && job.instance.cb.spec.background) {
      // A newer trigger supersedes a running background job: cancel it, then rerun.
      job.rerun = true;
      this.cancel(job);
    } else if (job.running) {
      // As upstream: the call is made again at once and the answer in flight is ignored.
      this.supersede(job);
    } else {
      job.triggered = true;
      if (group) job.group = group;
    }
    this.addDownstream(job, new Set([instance.key]));
    this.publish();
  }

  /** Adds untriggered jobs for everything fed by `job`'s outputs, transitively. */
  private addDownstream(job: Job, seen: Set<string>): void {
    const resolved = resolveInstance(job.instance, this.host.store.getState().paths);
    if (!resolved) return;
    for (const address of resolved.outputAddresses) {
      const { sid, property } = parsePropAddress(address);
      for (const instance of this.host.graph.triggeredBy(parseId(sid), property, this.host.store.getState().paths)) {
        if (seen.has(instance.key)) continue;
        seen.add(instance.key);
        let next = this.jobs.get(instance.key);
        if (!next) {
          next = { instance, triggered: false, changed: new Set(), running: false, rerun: false };
          this.jobs.set(instance.key, next);
        }
        this.addDownstream(next, seen);
      }
    }
  }

  private schedulePump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    queueMicrotask(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /**
   * Starts every queued job that nothing queued or running feeds. Before that, until
   * nothing changes, drops free jobs that will not run: untriggered ones, ones whose
   * components are absent (reporting the app's mistakes) and initial calls cut off from
   * their batch; the last two settle their outputs in their batch.
   */
  private pump(): void {
    const paths = this.host.store.getState().paths;
    const deps = new Map<Job, JobDeps>();
    for (const job of this.jobs.values()) deps.set(job, depsOf(job.instance, paths));
    const blocked = (job: Job): boolean => {
      const inputs = deps.get(job)!.inputs;
      for (const other of this.jobs.values()) {
        if (other !== job && deps.get(other)!.outputs.some((address) => inputs.has(address))) return true;
      }
      return false;
    };
    const drop = (job: Job): void => {
      this.jobs.delete(job.instance.key);
      if (job.triggered) job.group?.settle(deps.get(job)!.outputs);
      if (job.triggered && !deps.get(job)!.resolved) this.reportMissing(job, paths);
    };
    let dropped = true;
    while (dropped) {
      dropped = false;
      for (const job of this.jobs.values()) {
        if (job.running || blocked(job) || this.willRun(job, deps.get(job)!)) continue;
        drop(job);
        dropped = true;
      }
    }
    const ready = [...this.jobs.values()].filter((job) => !job.running && job.triggered && !blocked(job));
    const anyRunning = [...this.jobs.values()].some((job) => job.running);
    if (!ready.length && !anyRunning) {
      // Only a cycle can block every queued job: break it at the first triggered one.
      const first = [...this.jobs.values()].find((job) => job.triggered);
      if (first && deps.get(first)!.resolved) ready.push(first);
      else if (first) {
        drop(first);
        this.schedulePump();
      }
    }
    for (const job of ready) this.start(job, deps.get(job)!.resolved!);
    this.publish();
  }

  /** Whether a free queued job is to be called (see `pump`). */
  private willRun(job: Job, deps: JobDeps): boolean {
    if (!job.triggered || !deps.resolved) return false;
    const cutOff = job.group && !job.changed.size && job.group.excludes(job.instance.cb.spec, deps.resolved.inputAddresses);
    return !cutOff;
  }

  /** A callback naming a component that is absent: a ReferenceError, as upstream. */
  private reportMissing(job: Job, paths: PathsIndex): void {
    const missing = missingReference(job.instance, paths);
    if (!missing) return;
    if (missing.wildcardIds) console.error(missing.wildcardIds);
    const error = new ReferenceError(missing.message);
    console.error(error);
    if (showsDevErrors(this.host.store.getState().config)) {
      this.host.reportError({ message: missing.message, type: "ReferenceError" }, job.instance);
    }
  }

  /** A running job triggered again: its answer in flight is ignored and it is queued anew. */
  private supersede(job: Job): void {
    job.run = undefined;
    job.running = false;
    job.triggered = true;
    this.clearLoading(job);
  }

  private start(job: Job, resolved: ResolvedInstance): void {
    const run = {};
    const current = () => job.run === run;
    const group = job.group;
    job.run = run;
    job.group = undefined;
    job.running = true;
    job.triggered = false;
    job.leftPage = false;
    job.cancelOnTicket = false;
    const changed = [...job.changed];
    job.changed.clear();
    const payload = buildPayload(job.instance, resolved, this.host.store, changed);
    this.setLoading(job, resolved);
    this.applyRunning(job, "on");
    const call = job.instance.cb.spec.clientside_function
      ? this.host.runClientside(job.instance, resolved, payload)
      : this.host.runServer(payload);
    call
      .then((result) => (current() ? this.handleResult(job, result) : undefined))
      .catch((err: Error) => {
        if (current()) this.host.reportError({ message: err.message }, job.instance);
      })
      .finally(() => {
        group?.settle(resolved.outputAddresses);
        if (current()) this.finish(job);
      });
  }

  private async handleResult(job: Job, result: DispatchResult): Promise<void> {
    switch (result.kind) {
      case "update":
        this.applyUpdates(job, result.sideUpdate);
        this.applyUpdates(job, result.response);
        this.addCallbacks(registeredDuring(result));
        return;
      case "prevented":
        return;
      case "error":
        this.host.reportError(result.error, job.instance);
        return;
      case "job":
        await this.followJob(job, result.token, result.pace, result.events);
    }
  }

  /** Callbacks the server registered while a call ran join the graph (no initial call, as upstream). */
  private addCallbacks(specs: CallbackSpec[]): void {
    if (!specs.length) return;
    const { store, graph } = this.host;
    graph.add(specs);
    store.setCallbacks(graph.callbacks.map((cb) => cb.spec));
  }

  private applyUpdates(job: Job, updates: PropUpdates): void {
    if (!Object.keys(updates).length) return;
    this.changed(this.host.apply(updates, "callback"), job.instance.key);
  }

  private async followJob(job: Job, token: string, pace: PollPace, initial: JobEvent[]): Promise<void> {
    job.token = token;
    job.abort = new AbortController();
    this.publish();
    // Cancelled, or the page changed, while the job was being started: nothing of it applies.
    const cancelled = job.cancelOnTicket || (job.leftPage && cancelsOnNavigation(job.instance.cb.spec));
    if (cancelled) this.cancel(job);
    const apply = (events: JobEvent[]): void => events.forEach((event) => this.applyJobEvent(job, event));
    try {
      if (cancelled) return;
      apply(initial);
      const done = initial.some(isTerminal);
      if (!done) {
        const after = initial.length ? initial[initial.length - 1].seq : 0;
        await this.host.followJob(token, after, pace, apply, job.abort.signal);
      }
    } catch (err) {
      this.reportJobError(job, { message: (err as Error).message });
    } finally {
      job.token = undefined;
      job.abort = undefined;
      this.applyProgressDefaults(job);
    }
  }

  private applyJobEvent(job: Job, event: JobEvent): void {
    switch (event.type) {
      case "progress":
        this.applyProgress(job, event.value);
        return;
      case "set_props":
        this.applyUpdates(job, this.stillShown(job, event.props));
        return;
      case "result":
        this.applyUpdates(job, this.stillShown(job, event.response));
        return;
      case "error":
        this.reportJobError(job, event.error);
        return;
      default:
        return;
    }
  }

  /** A job that left the page updates only components on the page (e.g. if the user came back). */
  private stillShown(job: Job, updates: PropUpdates): PropUpdates {
    return job.leftPage ? onPageOnly(updates, this.host.store.getState().paths) : updates;
  }

  /** A job cancelled because the user navigated away has nobody to report to. */
  private reportJobError(job: Job, error: CallbackError): void {
    if (job.leftPage && cancelsOnNavigation(job.instance.cb.spec)) return;
    this.host.reportError(error, job.instance);
  }

  private applyProgress(job: Job, values: unknown[]): void {
    const deps = job.instance.cb.spec.background?.progress ?? [];
    this.host.apply(this.valuesFor(job, deps, values), "running");
  }

  private applyProgressDefaults(job: Job): void {
    const background = job.instance.cb.spec.background;
    const deps = background?.progress ?? [];
    if (!deps.length) return;
    const defaults = background?.progress_default ?? deps.map(() => null);
    this.host.apply(this.valuesFor(job, deps, defaults), "running");
  }

  /** Cancels running jobs one of whose `cancel` inputs is among `addresses`. */
  private cancelByInputs(addresses: Set<string>): void {
    const paths = this.host.store.getState().paths;
    for (const job of this.jobs.values()) {
      if (!job.running) continue;
      const cancels = job.instance.cb.spec.background?.cancel ?? [];
      const hit = cancels.some((dep) =>
        [resolveDependency(dep, paths, job.instance.match)]
          .flat()
          .some((found) => found && addresses.has(propAddress(found.id, found.property))),
      );
      if (hit) this.cancel(job);
    }
  }

  private cancel(job: Job): void {
    if (!job.token) {
      job.cancelOnTicket = true; // its ticket is still on the way
      return;
    }
    this.host.cancelJob(job.token);
    job.abort?.abort();
  }

  private finish(job: Job): void {
    this.clearLoading(job);
    this.applyRunning(job, "off");
    job.running = false;
    if (job.rerun) {
      job.rerun = false;
      job.triggered = true;
    } else if (this.jobs.get(job.instance.key) === job) {
      this.jobs.delete(job.instance.key);
    }
    this.publish();
    this.schedulePump();
  }

  private applyRunning(job: Job, side: "on" | "off"): void {
    const running = job.instance.cb.spec.running ?? [];
    if (!running.length) return;
    const paths = this.host.store.getState().paths;
    for (const dep of running) {
      if (!resolvesAny(resolveDependency(dep, paths, job.instance.match))) this.host.reportMissingRunning(dep, job.instance);
    }
    this.host.apply(this.valuesFor(job, running, running.map((entry) => entry[side])), "running");
  }

  /** Updates putting `values[i]` on every component `deps[i]` names for this instance. */
  private valuesFor(job: Job, deps: DependencySpec[], values: unknown[]): PropUpdates {
    const paths = this.host.store.getState().paths;
    const updates: PropUpdates = {};
    deps.forEach((dep, i) => {
      for (const found of [resolveDependency(dep, paths, job.instance.match)].flat()) {
        if (found) (updates[stringifyId(found.id)] ??= {})[dep.property] = values[i];
      }
    });
    return updates;
  }

  private setLoading(job: Job, resolved: ResolvedInstance): void {
    for (const entry of resolved.outputs.flat()) {
      if (!entry.path) continue; // outputs are never optional; absent ones do not resolve
      const key = pathKey(entry.path);
      let byJob = this.loading.get(key);
      if (!byJob) this.loading.set(key, (byJob = new Map()));
      byJob.set(job, [...(byJob.get(job) ?? []), { id: entry.id, property: entry.property }]);
      this.host.store.setLoading(key, [...byJob.values()].flat());
    }
  }

  private clearLoading(job: Job): void {
    for (const [key, byJob] of this.loading) {
      if (!byJob.delete(job)) continue;
      if (!byJob.size) this.loading.delete(key);
      this.host.store.setLoading(key, [...byJob.values()].flat());
    }
  }

  private publish(): void {
    const summary = (job: Job, status: CallbackSummary["status"]): CallbackSummary => ({
      callback_id: job.instance.cb.spec.callback_id,
      output: job.instance.cb.spec.output,
      changedPropIds: [...job.changed],
      status,
    });
    const jobs = [...this.jobs.values()];
    this.host.store.setCallbackState(
      jobs.filter((job) => !job.running && job.triggered).map((job) => summary(job, "queued")),
      jobs.filter((job) => job.running).map((job) => summary(job, job.token ? "job" : "running")),
    );
  }
}

/**
 * Specs of callbacks registered while the call ran (`_allow_dynamic_callbacks`): the
 * answer's `callbacks` (docs/protocol.md "Dispatch").
 */
function registeredDuring(result: DispatchResult): CallbackSpec[] {
  return result.kind === "update" ? result.callbacks ?? [] : [];
}

/** What a queued job reads and writes now; `resolved` is null when it cannot run. */
interface JobDeps {
  resolved: ResolvedInstance | null;
  inputs: Set<string>;
  outputs: string[];
}

function depsOf(instance: Instance, paths: PathsIndex): JobDeps {
  const resolved = resolveInstance(instance, paths);
  if (resolved) return { resolved, inputs: new Set(resolved.inputAddresses), outputs: resolved.outputAddresses };
  const parts = resolveParts(instance, paths);
  return { resolved: null, inputs: new Set(presentAddresses(parts.inputs)), outputs: presentAddresses(parts.outputs) };
}

/** Whether a resolved dependency names at least one component (an empty ALL is none). */
function resolvesAny(found: ReturnType<typeof resolveDependency>): boolean {
  return [found].flat().some(Boolean);
}
