// Loads plotly.js on demand, once per page, from the server (it is never bundled).
import { requestsPathnamePrefix } from "./config";

/** A plotly.js graph div, with the event API plotly adds to it. */
export interface PlotlyDiv extends HTMLDivElement {
  on(event: string, handler: (data: unknown) => void): void;
  removeAllListeners?(event: string): void;
  _fullLayout?: unknown;
}

/** The part of the plotly.js API Graph uses. */
export interface PlotlyApi {
  react(gd: HTMLElement, figure: { data: unknown[]; layout: object; frames?: unknown[]; config: object }): Promise<unknown>;
  animate(gd: HTMLElement, frame: object, options: object): Promise<unknown>;
  extendTraces(gd: HTMLElement, update: object, indices: number[], maxPoints?: unknown): Promise<unknown>;
  prependTraces(gd: HTMLElement, update: object, indices: number[], maxPoints?: unknown): Promise<unknown>;
  purge(gd: HTMLElement): void;
  Plots: { resize(gd: HTMLElement): Promise<unknown> };
}

declare global {
  interface Window {
    Plotly?: PlotlyApi;
  }
}

const PLOTLY_PATH = "_dash-component-suites/plotly/package_data/plotly.min.js";
let pending: Promise<PlotlyApi> | null = null;

/** Resolve with window.Plotly, injecting plotly.min.js the first time it is needed. */
export function loadPlotly(): Promise<PlotlyApi> {
  if (window.Plotly) {
    return Promise.resolve(window.Plotly);
  }
  if (!pending) {
    pending = new Promise<PlotlyApi>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = requestsPathnamePrefix() + PLOTLY_PATH;
      script.onload = () =>
        window.Plotly ? resolve(window.Plotly) : reject(new Error(`${script.src} did not define window.Plotly`));
      script.onerror = () => {
        pending = null; // let a later Graph retry
        reject(new Error(`could not load plotly.js from ${script.src}`));
      };
      document.head.appendChild(script);
    });
  }
  return pending;
}
