/**
 * What the callback graph view shows: each callback's last run (status, duration) and,
 * for background callbacks, the job's state. Keyed by the callback's output string.
 */

export type JobState = "queued" | "running" | "cancelled" | "failed" | "done";

export interface CallbackRecord {
  status: "running" | "done" | "prevented" | "failed" | "cancelled";
  /** Duration of the last finished run, in ms (a background run counts until its job ends). */
  durationMs?: number;
  job?: JobState;
  runs: number;
}

type Listener = () => void;

export class CallbackMonitor {
  private records: Record<string, CallbackRecord> = {};
  private readonly started = new Map<string, number>();
  private readonly listeners = new Set<Listener>();

  /** A run of the callback `output` began. */
  start(output: string): void {
    this.started.set(output, performance.now());
    const previous = this.records[output];
    this.set(output, { status: "running", durationMs: previous?.durationMs, runs: (previous?.runs ?? 0) + 1 });
  }

  /** The run ended (for a background callback: its job ended). */
  finish(output: string, status: CallbackRecord["status"]): void {
    const began = this.started.get(output);
    this.started.delete(output);
    const durationMs = began === undefined ? undefined : Math.round(performance.now() - began);
    this.set(output, { ...this.records[output], status, durationMs, runs: this.records[output]?.runs ?? 1 });
  }

  /** The callback's background job moved to `state`. */
  jobState(output: string, state: JobState): void {
    this.set(output, { ...(this.records[output] ?? { status: "running", runs: 1 }), job: state });
  }

  /** Outputs of callbacks whose background job has not ended. */
  activeJobs(): string[] {
    return Object.entries(this.records)
      .filter(([, record]) => record.job === "queued" || record.job === "running")
      .map(([output]) => output);
  }

  getRecords = (): Record<string, CallbackRecord> => this.records;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(output: string, record: CallbackRecord): void {
    this.records = { ...this.records, [output]: record };
    this.listeners.forEach((listener) => listener());
  }
}
