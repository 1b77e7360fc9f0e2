/**
 * Deciding which callback instances run and in what order. A change triggers the
 * instances that read it; every instance downstream of those joins the queue untriggered
 * and waits until nothing queued or running feeds it. When it is free it runs once if a
 * change reached it, and is dropped otherwise, so a chain settles in one pass.
 */
import { parseId, parsePropAddress, propAddress, stringifyId } from "../ids";
import { pathKey } from "../layout/paths";
import type { CallbackSummary, DashStore, LoadingEntry } from "../store";
import type { DashId, DependencySpec, PropUpdates } from "../types";
import { resolveInstance, type CallbackGraph, type Instance, type ResolvedInstance } from "./graph";
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
  rerun: boolean;
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
    for (const cb of graph.callbacks) {
      if (cb.spec.prevent_initial_call === true) continue;
      for (const instance of graph.instancesOf(cb, store.getState().paths)) {
        const resolved = resolveInstance(instance, store.getState().paths);
        if (resolved && hasAnyInput(resolved)) this.enqueue(instance, []);
      }
    }
    this.schedulePump();
  }

  /** Reacts to applied changes: triggered callbacks, new components' initial calls, cancels. */
  changed(change: AppliedChange, exclude?: string): void {
    const { graph } = this.host;
    const addresses = new Set(change.props.map((p) => propAddress(p.id, p.property)));
    this.cancelByInputs(addresses);
    for (const { id, property } of change.props) {
      for (const instance of graph.triggeredBy(id, property)) {
        if (instance.key !== exclude) this.enqueue(instance, [propAddress(id, property)]);
      }
    }
    if (change.added.length || change.removed.length) this.layoutChanged(change.added, change.removed, exclude);
    if (change.removed.length) this.releaseJobsOffPage();
    this.schedulePump();
  }

  /**
   * Components appeared or disappeared. Callbacks whose ALL/ALLSMALLER inputs gained or
   * lost a member fire (as upstream, even with prevent_initial_call), triggered by every
   * current member; other instances involving a new component get their initial call.
   */
  private layoutChanged(added: DashId[], removed: DashId[], exclude?: string): void {
    const { graph, store } = this.host;
    const paths = store.getState().paths;
    const addedSids = new Set(added.map(stringifyId));
    const cbs = new Set([...added, ...removed].flatMap((id) => graph.touching(id)));
    for (const cb of cbs) {
      const listInputs = cb.spec.inputs.filter((dep) => isMulti(dep.id));
      const listChanged = [...added, ...removed].some((id) => listInputs.some((dep) => idMatches(id, dep.id)));
      for (const instance of graph.instancesOf(cb, paths)) {
        const resolved = resolveInstance(instance, paths);
        if (!resolved || instance.key === exclude) continue;
        if (listChanged) {
          const members = resolved.inputs.filter(Array.isArray).flat();
          this.enqueue(instance, members.map((dep) => propAddress(dep.id, dep.property)));
          continue;
        }
        const involved = [...resolved.inputAddresses, ...resolved.outputAddresses].some((address) =>
          addedSids.has(parsePropAddress(address).sid),
        );
        if (involved && cb.spec.prevent_initial_call !== true && hasAnyInput(resolved)) this.enqueue(instance, []);
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

  private enqueue(instance: Instance, changed: string[]): void {
    let job = this.jobs.get(instance.key);
    if (!job) {
      job = { instance, triggered: false, changed: new Set(), running: false, rerun: false };
      this.jobs.set(instance.key, job);
    }
    changed.forEach((address) => job!.changed.add(address));
    if (job.running) {
      job.rerun = true;
      // A newer trigger supersedes a running background job: cancel it, then rerun.
      if (job.instance.cb.spec.background) this.cancel(job);
    } else {
      job.triggered = true;
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
      for (const instance of this.host.graph.triggeredBy(parseId(sid), property)) {
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

  private pump(): void {
    const paths = this.host.store.getState().paths;
    const resolvedOf = new Map<Job, ResolvedInstance>();
    for (const [key, job] of this.jobs) {
      const resolved = resolveInstance(job.instance, paths);
      if (resolved) resolvedOf.set(job, resolved);
      else if (!job.running) this.jobs.delete(key);
    }
    const blocked = (job: Job): boolean => {
      const inputs = new Set(resolvedOf.get(job)!.inputAddresses);
      for (const other of this.jobs.values()) {
        if (other === job) continue;
        const outputs = resolvedOf.get(other)?.outputAddresses ?? [];
        if (outputs.some((address) => inputs.has(address))) return true;
      }
      return false;
    };
    // Untriggered jobs that nothing feeds any more will never run: drop them until stable.
    let dropped = true;
    while (dropped) {
      dropped = false;
      for (const [key, job] of this.jobs) {
        if (!job.running && !job.triggered && !blocked(job)) {
          this.jobs.delete(key);
          dropped = true;
        }
      }
    }
    const ready = [...this.jobs.values()].filter((job) => !job.running && job.triggered && !blocked(job));
    const anyRunning = [...this.jobs.values()].some((job) => job.running);
    if (!ready.length && !anyRunning) {
      // Only a cycle can block every queued job: break it at the first triggered one.
      const first = [...this.jobs.values()].find((job) => job.triggered);
      if (first) ready.push(first);
    }
    for (const job of ready) this.start(job, resolvedOf.get(job)!);
    this.publish();
  }

  private start(job: Job, resolved: ResolvedInstance): void {
    job.running = true;
    job.triggered = false;
    job.leftPage = false;
    job.cancelOnTicket = false;
    const changed = [...job.changed];
    job.changed.clear();
    const payload = buildPayload(job.instance, resolved, this.host.store, changed);
    this.setLoading(job, resolved);
    this.applyRunning(job, "on");
    const run = job.instance.cb.spec.clientside_function
      ? this.host.runClientside(job.instance, resolved, payload)
      : this.host.runServer(payload);
    run
      .then((result) => this.handleResult(job, result))
      .catch((err: Error) => this.host.reportError({ message: err.message }, job.instance))
      .finally(() => this.finish(job));
  }

  private async handleResult(job: Job, result: DispatchResult): Promise<void> {
    switch (result.kind) {
      case "update":
        this.applyUpdates(job, result.sideUpdate);
        this.applyUpdates(job, result.response);
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

function hasAnyInput(resolved: ResolvedInstance): boolean {
  return resolved.inputs.some((entry) => !Array.isArray(entry) || entry.length > 0);
}
