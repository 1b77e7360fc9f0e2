/**
 * The app's HTTP side (`_dash-layout`, `_dash-dependencies`, `_dash-update-component`) and
 * the renderer hooks around it; no React here. A server answering 400/401 with "JWT Expired"
 * gets one retry with a fresh token from `request_refresh_jwt`, sent as a bearer token
 * with every later request.
 */
import { routeUrl } from "../config";
import { parseId, parsePropAddress } from "../ids";
import type { CallbackSpec, DashConfig, PropUpdates } from "../types";
import type { JobEvent, PollPace } from "./jobs";
import type { CallbackPayload } from "./payload";

/** The hooks given to `new DashRenderer(hooks)` (`Dash(hooks=...)` writes them). */
export interface RendererHooks {
  layout_pre?: () => void;
  layout_post?: (layout: unknown) => void;
  request_pre?: (payload: unknown) => void;
  request_post?: (payload: unknown, response: unknown) => void;
  request_refresh_jwt?: (oldToken: string | null) => string | null | undefined | Promise<string | null | undefined>;
}

export interface CallbackError {
  message: string;
  type?: string;
  traceback?: string;
  status?: number;
}

export type DispatchResult =
  /** `callbacks`: specs of callbacks the function registered (`_allow_dynamic_callbacks`). */
  | { kind: "update"; response: PropUpdates; sideUpdate: PropUpdates; callbacks?: CallbackSpec[] }
  | { kind: "prevented" }
  | { kind: "job"; token: string; pace: PollPace; events: JobEvent[] }
  | { kind: "error"; error: CallbackError };

/** The text a server puts in a 400/401 answer when the bearer token has expired. */
export const JWT_EXPIRED_MESSAGE = "JWT Expired";

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

/** One app's requests: the page config, the hooks and the current bearer token. */
export class Requests {
  private token: string | null = null;

  constructor(
    readonly config: DashConfig,
    readonly hooks: RendererHooks = {},
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** Sends a request; an expired-JWT answer refreshes the token and retries once. */
  private async send(route: string, init: RequestInit): Promise<Answer> {
    let answer = await this.sendOnce(route, init);
    const refresh = this.hooks.request_refresh_jwt;
    if (refresh && (answer.status === 400 || answer.status === 401) && answer.text.includes(JWT_EXPIRED_MESSAGE)) {
      const fresh = await refresh(this.token);
      if (fresh) {
        this.token = fresh;
        answer = await this.sendOnce(route, init);
      }
    }
    return answer;
  }

  private async sendOnce(route: string, init: RequestInit): Promise<Answer> {
    const headers: Record<string, string> = { Accept: "application/json", ...(init.headers as Record<string, string>) };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const response = await this.fetchImpl(routeUrl(this.config, route), { ...init, headers, credentials: "same-origin" });
    return { status: response.status, statusText: response.statusText, text: await response.text() };
  }

  /** GETs a JSON route of the app (layout, dependencies), throwing on failure. */
  async getJson(route: string): Promise<unknown> {
    const answer = await this.send(route, { method: "GET" });
    if (answer.status < 200 || answer.status >= 300) throw new Error(`GET ${route} failed: HTTP ${answer.status}`);
    return JSON.parse(answer.text);
  }

  /** The layout, between the `layout_pre` and `layout_post` hooks (which may edit it). */
  async getLayout(): Promise<unknown> {
    this.hooks.layout_pre?.();
    const layout = await this.getJson("_dash-layout");
    this.hooks.layout_post?.(layout);
    return layout;
  }

  /** Sends one callback request and classifies the answer. Never throws. */
  async dispatch(payload: CallbackPayload): Promise<DispatchResult> {
    const view = hookView(payload);
    this.hooks.request_pre?.(view);
    let answer: Answer;
    try {
      answer = await this.send("_dash-update-component", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
    } catch (err) {
      // upstream's wording (the request never got an answer: the server is down or unreachable)
      return { kind: "error", error: { message: "Callback failed: the server did not respond." } };
    }
    if (answer.status === 204) return { kind: "prevented" };
    const body = parseBody(answer.text);
    if (answer.status === 202) {
      const job = (body as { job?: { token: string; interval?: number; hold?: number } }).job;
      const events = (body as { events?: JobEvent[] }).events ?? [];
      if (job?.token) {
        return { kind: "job", token: job.token, pace: { interval: job.interval ?? 1000, serverHold: job.hold }, events };
      }
    }
    if (answer.status === 200 && body && typeof body === "object") {
      const data = body as { response?: PropUpdates; sideUpdate?: PropUpdates; callbacks?: CallbackSpec[] };
      // As upstream: the hook receives the outputs dict, not the whole answer.
      this.hooks.request_post?.(view, data.response ?? {});
      const update = { kind: "update" as const, response: data.response ?? {}, sideUpdate: data.sideUpdate ?? {} };
      return Array.isArray(data.callbacks) ? { ...update, callbacks: data.callbacks } : update;
    }
    const error = (body as { error?: CallbackError } | null)?.error;
    return {
      kind: "error",
      error: {
        message: error?.message ?? `Callback error: HTTP ${answer.status} ${answer.statusText}`,
        type: error?.type,
        traceback: error?.traceback,
        status: answer.status,
      },
    };
  }
}

/**
 * The payload as upstream's hooks see it: no `callback_id`, `state` only when the callback
 * has State, and `parsedChangedPropsIds` (dict ids parsed, string ids left as the address).
 */
export function hookView(payload: CallbackPayload): Record<string, unknown> {
  const { callback_id: _omitted, state, ...rest } = payload;
  const parsedChangedPropsIds = payload.changedPropIds.map((address) => {
    const { sid } = parsePropAddress(address);
    return sid.startsWith("{") ? parseId(sid) : address;
  });
  return { ...rest, ...(state.length ? { state } : {}), parsedChangedPropsIds };
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 500) } };
  }
}
