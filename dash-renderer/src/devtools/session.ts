/**
 * The dev tools of one running app (debug mode only): prop type checks, set_props to
 * unknown ids or props, front-end errors, and background jobs a server restart
 * interrupted. Everything lands in the app's ErrorStore.
 */
import type { DispatchResult } from "../callbacks/network";
import { isTerminal, type JobEvent } from "../callbacks/jobs";
import type { ErrorStore } from "../errors/errorStore";
import type { ReloadHooks } from "../hotReload";
import type { GraphCallback } from "../callbacks/graph";
import { emptyIndex, indexSubtree, type ChildrenPropsConfig, type Located } from "../layout/paths";
import type { LayoutNode, PropUpdates } from "../types";
import { validateCallbacks } from "./callbackValidation";
import { CallbackMonitor, type JobState } from "./callbackMonitor";
import { cycleError, findCycle } from "./dependencyCycle";
import type { GraphLayout } from "./graphLayout";
import { validateToLayout } from "./layoutValidation";
import { checkPropTypes, unknownProps } from "./propsCheck";

type FindNode = (sid: string) => LayoutNode | undefined;

const JOB_END: Record<string, JobState> = { result: "done", prevent_update: "done", error: "failed", cancelled: "cancelled" };

const INTERRUPTED_KEY = "dash-devtools-interrupted-jobs";

// Browser noise that is not an app error.
const BENIGN_ERRORS = [/^ResizeObserver loop/];
const RENDER_ERROR_GRACE_MS = 200;

/** One callback's last runs, in upstream's `profile.callbacks` shape (times in ms; compute is not measured). */
interface CallbackProfile {
  count: number;
  total: number;
  compute: number;
  network: { time: number; upload: number; download: number };
  status: { latest: string };
}

export class DevToolsSession {
  readonly monitor = new CallbackMonitor();
  /** Where the callback graph's nodes are; kept (and mutated) across redraws. */
  readonly graphLayout: GraphLayout = { name: "preset", positions: {} };
  /** Background jobs being followed: token -> callback output. */
  private readonly jobTokens = new Map<string, string>();

  constructor(
    private readonly errors: ErrorStore,
    private readonly childrenProps: ChildrenPropsConfig,
    private readonly propsCheck: boolean,
  ) {}

  /** The read-only `profile` view upstream exposes in the store: run records and the graph layout. */
  profile(): { callbacks: Record<string, CallbackProfile>; graphLayout: GraphLayout } {
    const callbacks: Record<string, CallbackProfile> = {};
    for (const [output, record] of Object.entries(this.monitor.getRecords())) {
      const total = record.durationMs ?? 0;
      callbacks[output] = { count: record.runs, total, compute: 0, network: { time: total, upload: 0, download: 0 }, status: { latest: record.status } };
    }
    return { callbacks, graphLayout: this.graphLayout };
  }

  /** Follows one callback run for the graph view; checks its set_props. */
  trackRun(output: string, run: Promise<DispatchResult>, findNode: FindNode): Promise<DispatchResult> {
    this.monitor.start(output);
    return run.then(
      (result) => {
        switch (result.kind) {
          case "update":
            this.checkSetProps(result.sideUpdate, findNode, `set_props in the callback updating ${output}`);
            this.monitor.finish(output, "done");
            break;
          case "prevented":
            this.monitor.finish(output, "prevented");
            break;
          case "error":
            this.monitor.finish(output, "failed");
            break;
          case "job":
            this.jobTokens.set(result.token, output);
            this.monitor.jobState(output, "queued");
            this.jobEvents(result.token, output, result.events, findNode);
        }
        return result;
      },
      (err: Error) => {
        this.monitor.finish(output, "failed");
        throw err;
      },
    );
  }

  /**
   * Follows a background job for the graph view. `follow` runs the real long-poll with
   * the given event handler and fetch (which reads the job's `state` from each answer).
   */
  trackJob(
    token: string,
    onEvents: (events: JobEvent[]) => void,
    findNode: FindNode,
    follow: (onEvents: (events: JobEvent[]) => void, fetchImpl: typeof fetch) => Promise<JobEvent | null>,
  ): Promise<JobEvent | null> {
    const output = this.jobTokens.get(token);
    if (output === undefined) return follow(onEvents, fetch.bind(window));
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      response
        .clone()
        .json()
        .then((body: { state?: string }) => {
          if (body.state === "queued" || body.state === "running") this.monitor.jobState(output, body.state);
        })
        .catch(() => undefined);
      return response;
    };
    const handle = (events: JobEvent[]): void => {
      this.jobEvents(token, output, events, findNode);
      onEvents(events);
    };
    return follow(handle, fetchImpl).then(
      (last) => {
        if (last === null) this.endJob(token, output, "cancelled");
        return last;
      },
      (err: Error) => {
        this.endJob(token, output, "failed");
        throw err;
      },
    );
  }

  private jobEvents(token: string, output: string, events: JobEvent[], findNode: FindNode): void {
    for (const event of events) {
      if (event.type === "set_props") this.checkSetProps(event.props, findNode, `set_props in the background callback updating ${output}`);
      if (event.type === "progress" || event.type === "set_props") this.monitor.jobState(output, "running");
      if (isTerminal(event)) this.endJob(token, output, JOB_END[event.type]);
    }
  }

  private endJob(token: string, output: string, state: JobState): void {
    if (!this.jobTokens.delete(token)) return;
    this.monitor.jobState(output, state);
    this.monitor.finish(output, state === "done" ? "done" : state === "cancelled" ? "cancelled" : "failed");
  }

  /** Reports uncaught errors and unhandled promise rejections of the page. */
  watchWindowErrors(target: Window = window): void {
    target.addEventListener("error", (event: ErrorEvent) => {
      if (BENIGN_ERRORS.some((re) => re.test(event.message))) return;
      const stack = (event.error as Error | undefined)?.stack;
      // React's development build re-throws render errors to the window (once per render
      // attempt) before the component's error boundary reports them: wait, and skip
      // errors of the same type and message as one a boundary reported.
      const head = stack?.split("\n")[0];
      target.setTimeout(() => {
        if (head && this.errors.getErrors().some((error) => error.stack?.split("\n")[0] === head)) return;
        this.errors.add({ kind: "frontEnd", title: event.message, stack });
      }, RENDER_ERROR_GRACE_MS);
    });
    target.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) => {
      const reason = event.reason as Error | undefined;
      this.errors.add({ kind: "frontEnd", title: reason?.message ?? String(event.reason), stack: reason?.stack });
    });
  }

  /**
   * Callback declarations (`validate_callbacks`): ids, properties, wildcards, outputs
   * written twice, dependency cycles. Returns whether any was found: as upstream, such an
   * app runs no callback at all (a cycle would otherwise loop forever).
   */
  validateDeclarations(callbacks: GraphCallback[]): boolean {
    const cycle = findCycle(callbacks);
    const problems = [...validateCallbacks(callbacks), ...(cycle ? [cycleError(cycle)] : [])];
    problems.forEach((problem) => this.errors.add(problem));
    return problems.length > 0;
  }

  /**
   * Callback ids and props against `validationLayout` (the app's `validation_layout`) or
   * else the first layout's components; ids are not looked up with `suppress_callback_exceptions`.
   */
  validateLayout(callbacks: GraphCallback[], layout: Located[], validationLayout: unknown, suppress: boolean): void {
    const located = validationLayout ? indexSubtree(emptyIndex(), validationLayout, [], this.childrenProps) : layout;
    validateToLayout(callbacks, located, !suppress).forEach((problem) => this.errors.add(problem));
  }

  /** Checks every prop of new components (props_check). */
  checkNodes(located: Located[]): void {
    if (!this.propsCheck) return;
    for (const { node } of located) this.report(node);
  }

  /** Checks the given props of a component (props_check). */
  checkProps(node: LayoutNode, props: string[]): void {
    if (this.propsCheck) this.report(node, props);
  }

  /**
   * `set_props` (a server callback's side updates, a background job's set_props event, a
   * clientside call) naming an id not on the page or a prop its component does not have.
   */
  checkSetProps(updates: PropUpdates, findNode: FindNode, origin: string): void {
    for (const [sid, props] of Object.entries(updates)) {
      const node = findNode(sid);
      if (!node) {
        this.errors.add({ kind: "frontEnd", title: `set_props: no component with id ${sid} in the layout.`, message: origin });
        continue;
      }
      const unknown = unknownProps(node, Object.keys(props));
      if (unknown.length) {
        this.errors.add({
          kind: "frontEnd",
          title: `set_props: ${node.namespace}.${node.type} (id ${sid}) has no prop ${unknown.map((p) => `"${p}"`).join(", ")}.`,
          message: origin,
        });
      }
    }
  }

  /**
   * Hot reload hooks: background jobs in flight when the server went away (or when the
   * page reloads) are remembered and reported by the reloaded page, not lost silently.
   */
  reloadHooks(storage: Storage = sessionStorage): ReloadHooks {
    let lost: string[] | null = null;
    return {
      serverLost: () => {
        lost = this.monitor.activeJobs();
      },
      connected: (up) => this.errors.setConnected(up),
      beforeReload: (restarted) => {
        const reason = restarted || lost !== null ? "a server restart" : "a hot reload of the page";
        const outputs = [...new Set([...(lost ?? []), ...this.monitor.activeJobs()])];
        if (outputs.length) storage.setItem(INTERRUPTED_KEY, JSON.stringify({ reason, outputs }));
      },
    };
  }

  /** Reports (once) jobs a server restart interrupted before this page loaded. */
  reportInterruptedJobs(storage: Storage = sessionStorage): void {
    const saved = storage.getItem(INTERRUPTED_KEY);
    if (!saved) return;
    storage.removeItem(INTERRUPTED_KEY);
    const { reason, outputs } = JSON.parse(saved) as { reason: string; outputs: string[] };
    for (const output of outputs) {
      this.errors.add({
        kind: "frontEnd",
        title: `Background job interrupted by ${reason}; trigger the callback again.`,
        message: `Callback error updating ${output}`,
      });
    }
  }

  private report(node: LayoutNode, props?: string[]): void {
    for (const problem of checkPropTypes(node, this.childrenProps, props)) {
      this.errors.add({
        kind: "frontEnd",
        title: problem.title,
        message: `${problem.message}\n${problem.detail}`,
      });
    }
  }
}
