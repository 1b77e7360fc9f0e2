/** The dispatch request (`POST _dash-update-component`) and its answers; no React here. */
import { routeUrl } from "../config";
import type { DashConfig, PropUpdates } from "../types";
import type { JobEvent, PollPace } from "./jobs";

/** Hooks passed to `new DashRenderer(hooks)`. */
export interface RequestHooks {
  request_pre?: (payload: unknown) => void;
  request_post?: (payload: unknown, response: unknown) => void;
}

export interface CallbackError {
  message: string;
  type?: string;
  traceback?: string;
  status?: number;
}

export type DispatchResult =
  | { kind: "update"; response: PropUpdates; sideUpdate: PropUpdates }
  | { kind: "prevented" }
  | { kind: "job"; token: string; pace: PollPace; events: JobEvent[] }
  | { kind: "error"; error: CallbackError };

/** Sends one callback request and classifies the answer. Never throws. */
export async function dispatchCallback(
  config: DashConfig,
  payload: unknown,
  hooks: RequestHooks,
): Promise<DispatchResult> {
  hooks.request_pre?.(payload);
  let response: Response;
  try {
    response = await fetch(routeUrl(config, "_dash-update-component"), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(payload),
    });
  } catch (err) {
    return { kind: "error", error: { message: `Callback request failed: ${(err as Error).message}` } };
  }
  if (response.status === 204) return { kind: "prevented" };
  const body = await readJson(response);
  if (response.status === 202) {
    const job = (body as { job?: { token: string; interval?: number; hold?: number } }).job;
    const events = (body as { events?: JobEvent[] }).events ?? [];
    if (job?.token) {
      return { kind: "job", token: job.token, pace: { interval: job.interval ?? 1000, serverHold: job.hold }, events };
    }
  }
  if (response.status === 200 && body && typeof body === "object") {
    const data = body as { response?: PropUpdates; sideUpdate?: PropUpdates };
    // As upstream: the hook receives the outputs dict, not the whole answer.
    hooks.request_post?.(payload, data.response ?? {});
    return { kind: "update", response: data.response ?? {}, sideUpdate: data.sideUpdate ?? {} };
  }
  const error = (body as { error?: CallbackError } | null)?.error;
  return {
    kind: "error",
    error: {
      message: error?.message ?? `Callback error: HTTP ${response.status} ${response.statusText}`,
      type: error?.type,
      traceback: error?.traceback,
      status: response.status,
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 500) } };
  }
}

/** GETs a JSON route of the app (layout, dependencies), throwing on failure. */
export async function fetchJson(config: DashConfig, route: string): Promise<unknown> {
  const response = await fetch(routeUrl(config, route), {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`GET ${route} failed: HTTP ${response.status}`);
  return response.json();
}
