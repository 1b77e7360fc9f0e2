/** The page configuration (`#_dash-config`) and URLs built from it. */
import type { DashConfig } from "./types";

/** Reads and parses `<script id="_dash-config">`; a missing element gives defaults. */
export function readConfig(doc: Document = document): DashConfig {
  const element = doc.getElementById("_dash-config");
  const parsed = element?.textContent ? (JSON.parse(element.textContent) as Partial<DashConfig>) : {};
  return { requests_pathname_prefix: "/", ...parsed };
}

/** The URL of a route (`_dash-layout`, ...) under the requests prefix. */
export function routeUrl(config: DashConfig, route: string): string {
  const prefix = config.requests_pathname_prefix || "/";
  return `${prefix.endsWith("/") ? prefix : `${prefix}/`}${route}`;
}

/**
 * Whether the on-page dev tools are wanted: `dev_tools_ui`, which follows `debug` unless
 * turned off (`dev_tools_ui=False` / `DASH_UI=false` hides them in debug mode too).
 */
export function showsDevErrors(config: DashConfig): boolean {
  return Boolean(config.ui);
}
