/**
 * Errors shown by the dev tools, newest first (as upstream lists them).
 *
 * * back-end errors: a Python exception in a callback (title "Callback error updating
 *   <output>", `html` the traceback) or a server that did not answer;
 * * front-end errors: callback validation (`html` the explanation lines), prop type
 *   checks, render and window errors (`stack` the JavaScript stack).
 *
 * `view()` is the read-only shape upstream exposes as `store.getState().error`, which
 * users' test suites read (`error.backEnd[0].error.html`).
 */

export type ErrorKind = "frontEnd" | "backEnd";

export interface DashError {
  kind: ErrorKind;
  title: string;
  /** Preformatted detail: a traceback or validation lines. */
  html?: string;
  /** A front-end error's message (shown above its stack) and stack trace. */
  message?: string;
  stack?: string;
  timestamp: number;
  /** Unique per store: keeps each error's open/closed state as newer ones arrive. */
  id: number;
}

export type NewError = Omit<DashError, "timestamp" | "id">;

interface ViewEntry {
  type: ErrorKind;
  error: { message: string; html?: string };
  timestamp: number;
}

export interface ErrorView {
  frontEnd: ViewEntry[];
  backEnd: ViewEntry[];
  backEndConnected: boolean;
}

type Listener = () => void;

export class ErrorStore {
  private errors: DashError[] = [];
  private connected = true;
  private readonly listeners = new Set<Listener>();

  /** Records an error (newest first) and logs it to the console. */
  add(error: NewError): void {
    const detail = error.html ?? error.stack ?? "";
    console.error(`dash: ${error.title}${detail ? `\n${detail}` : ""}`);
    this.errors = [{ ...error, timestamp: Date.now(), id: this.errors.length }, ...this.errors];
    this.notify();
  }

  /** Whether the server answers (hot reload polls), for the debug menu's status light. */
  setConnected(connected: boolean): void {
    if (connected === this.connected) return;
    this.connected = connected;
    this.notify();
  }

  getErrors = (): DashError[] => this.errors;

  isConnected = (): boolean => this.connected;

  view(): ErrorView {
    const entry = (error: DashError): ViewEntry => ({
      type: error.kind,
      error: { message: error.title, html: error.kind === "backEnd" && error.html ? tracebackHtml(error.html) : error.html },
      timestamp: error.timestamp,
    });
    return {
      frontEnd: this.errors.filter((e) => e.kind === "frontEnd").map(entry),
      backEnd: this.errors.filter((e) => e.kind === "backEnd").map(entry),
      backEndConnected: this.connected,
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** A traceback as a small HTML page (upstream's back-end errors carry a page). */
function tracebackHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html><html><body><pre>${escaped}</pre></body></html>`;
}
