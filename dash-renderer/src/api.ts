/** The public renderer API third-party libraries call: `window.dash_component_api`. */
import { stringifyId } from "./ids";
import { getIn } from "./layout/paths";
import { DashContext, useDashContext } from "./render/context";
import { ExternalWrapper } from "./render/ExternalWrapper";
import { dashWindow } from "./globals";
import type { Path } from "./types";

/** The layout value at a path (array) or of a component id, searching every store. */
export function getLayout(pathOrId: unknown): unknown {
  for (const store of dashWindow().dash_stores ?? []) {
    const state = store.getState();
    const path: Path | undefined = Array.isArray(pathOrId) ? (pathOrId as Path) : state.paths.strs[stringifyId(pathOrId)];
    if (!path) continue;
    const value = getIn(state.layout, path);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * `dash_component_api.callbackGraphTime`: milliseconds the app spent building its callback
 * graph (with `validate_callbacks`, checking the declarations too), as upstream reports it.
 */
export function publishGraphTime(ms: number): void {
  (dashWindow().dash_component_api ??= {}).callbackGraphTime = ms;
}

/** Assigns the API, merged into any object a library created first. */
export function installComponentApi(): void {
  const win = dashWindow();
  win.dash_component_api = Object.assign(win.dash_component_api ?? {}, {
    ExternalWrapper,
    DashContext,
    useDashContext,
    getLayout,
    stringifyId,
  });
}
