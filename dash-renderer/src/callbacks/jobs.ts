/**
 * Following a background job (`GET _dash-jobs/<token>`) and cancelling it; network only.
 * Polls are long-polls: the server holds each until there is news. One that comes back
 * with news is followed at once. Where the server cannot hold a poll for a whole
 * `interval` (gunicorn sync workers hold 0.25 s), a job without news is asked about once
 * per `interval`, each poll sent so that its hold ends when the interval does: the first
 * `interval - hold` ms after the ticket, the next `interval` ms after the previous one.
 */
import { routeUrl } from "../config";
import type { DashConfig, PropUpdates } from "../types";
import type { CallbackError } from "./network";

export type JobEvent =
  | { seq: number; type: "progress"; value: unknown[] }
  | { seq: number; type: "set_props"; props: PropUpdates }
  | { seq: number; type: "result"; response: PropUpdates }
  | { seq: number; type: "error"; error: CallbackError }
  | { seq: number; type: "prevent_update" }
  | { seq: number; type: "cancelled" };

const TERMINAL = new Set(["result", "error", "prevent_update", "cancelled"]);

/** How long the server may hold a poll (it bounds this itself). */
const POLL_WAIT_MS = 10000;
/** Consecutive failed polls before the job is reported as failed. */
export const MAX_POLL_FAILURES = 5;
const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 4000;

/** How polls for a job are paced, from its `202` ticket. */
export interface PollPace {
  /** The callback's `interval` (ms): at most one poll per interval for a job without news. */
  interval: number;
  /** How long (ms) the server holds a poll at most; unknown means long enough. */
  serverHold?: number;
}

export function isTerminal(event: JobEvent): boolean {
  return TERMINAL.has(event.type);
}

export interface FollowOptions {
  /** Sequence number of the last event already applied. */
  after: number;
  pace: PollPace;
  /** Applies a batch of events in order. */
  onEvents: (events: JobEvent[]) => void;
  /** Aborts following (the job itself is cancelled separately). */
  signal: AbortSignal;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Polls until a terminal event arrives (resolves with it), the signal aborts (resolves
 * null) or polls keep failing (rejects with a CallbackError-like Error).
 */
export async function followJob(config: DashConfig, token: string, options: FollowOptions): Promise<JobEvent | null> {
  const doFetch = options.fetchImpl ?? fetch.bind(window);
  const sleep = options.sleep ?? ((ms: number) => abortableSleep(ms, options.signal));
  const { interval, serverHold } = options.pace;
  let after = options.after;
  let failures = 0;
  // No news in the ticket from a server with short holds: the first poll's hold ends
  // when the first interval does.
  if (after === 0 && serverHold !== undefined && serverHold < interval) await sleep(interval - serverHold);
  while (!options.signal.aborted) {
    const url = `${routeUrl(config, `_dash-jobs/${encodeURIComponent(token)}`)}?after=${after}&wait=${POLL_WAIT_MS}`;
    let body: { events?: JobEvent[]; hold?: number; error?: { message?: string } } | null = null;
    let status = 0;
    try {
      const response = await doFetch(url, { credentials: "same-origin", signal: options.signal });
      status = response.status;
      body = (await response.json()) as typeof body;
    } catch (err) {
      if (options.signal.aborted) return null;
      body = { error: { message: (err as Error).message } };
    }
    if (status === 404) throw new Error(body?.error?.message ?? "unknown or expired job");
    if (status !== 200 || !body?.events) {
      failures += 1;
      if (failures >= MAX_POLL_FAILURES) {
        throw new Error(`Lost contact with background job after ${failures} failed polls: ${body?.error?.message ?? `HTTP ${status}`}`);
      }
      await sleep(Math.min(BACKOFF_BASE_MS * 2 ** (failures - 1), BACKOFF_MAX_MS));
      continue;
    }
    failures = 0;
    const fresh = body.events.filter((event) => event.seq > after);
    if (fresh.length) {
      options.onEvents(fresh);
      after = fresh[fresh.length - 1].seq;
      const last = fresh.find(isTerminal);
      if (last) return last;
    } else if (typeof body.hold === "number" && body.hold < interval) {
      await sleep(interval - body.hold);
    }
  }
  return null;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Cancels a job; `beacon` uses `navigator.sendBeacon` (page unload). */
export function cancelJob(config: DashConfig, token: string, beacon = false): void {
  const url = routeUrl(config, `_dash-jobs/${encodeURIComponent(token)}/cancel`);
  if (beacon && typeof navigator.sendBeacon === "function") {
    navigator.sendBeacon(url);
    return;
  }
  fetch(url, { method: "POST", credentials: "same-origin", keepalive: true }).catch((err: Error) =>
    console.warn(`dash: cancelling background job failed: ${err.message}`),
  );
}
