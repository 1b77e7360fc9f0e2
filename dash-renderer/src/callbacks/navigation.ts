/**
 * Background jobs across page changes (Dash Pages, dcc.Location): whether a job's
 * components are still on the page, and which of its updates can still be applied.
 */
import { parseId, stringifyId } from "../ids";
import type { PathsIndex } from "../layout/paths";
import type { CallbackSpec, PropUpdates } from "../types";
import type { Instance } from "./graph";
import { resolveDependency } from "./patterns";

/** Whether the callback's jobs are cancelled when its outputs leave the page (the default). */
export function cancelsOnNavigation(spec: CallbackSpec): boolean {
  return spec.background?.cancel_on_navigation !== false;
}

/**
 * Whether none of the instance's outputs is in the layout any more (for a callback
 * without outputs: none of its inputs), e.g. because the user went to another page.
 */
export function leftPage(instance: Instance, paths: PathsIndex): boolean {
  const deps = instance.cb.outputs.length ? instance.cb.outputs : instance.cb.spec.inputs;
  return deps.every((dep) => [resolveDependency(dep, paths, instance.match)].flat().every((found) => !found));
}

/** Whether the component with string id `sid` is in the layout (ids the server spelled differently included). */
export function isOnPage(sid: string, paths: PathsIndex): boolean {
  return Boolean(paths.strs[sid] ?? paths.strs[stringifyId(parseId(sid))]);
}

/** `updates` restricted to components that are in the layout. */
export function onPageOnly(updates: PropUpdates, paths: PathsIndex): PropUpdates {
  return Object.fromEntries(Object.entries(updates).filter(([sid]) => isOnPage(sid, paths)));
}
