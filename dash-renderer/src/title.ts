/**
 * The document title shows `update_title` while callbacks run (callbacks declared
 * `persistent=True` excepted). A title set meanwhile (a clientside callback writing
 * `document.title`) is the one restored at the end, and `update_title` comes back while
 * later callbacks of the chain still run.
 */
import type { CallbackSummary, DashStore } from "./store";
import type { CallbackSpec } from "./types";

export function followTitle(
  store: DashStore,
  updateTitle: string | null | undefined,
  doc: { title: string } = document,
): void {
  if (!updateTitle) return;
  let saved: string | null = null;
  store.subscribe(() => {
    if (busy(store)) {
      if (doc.title !== updateTitle) {
        saved = doc.title;
        doc.title = updateTitle;
      }
    } else if (saved !== null) {
      if (doc.title === updateTitle) doc.title = saved;
      saved = null;
    }
  });
}

const persistentOutputs = new WeakMap<CallbackSpec[], Set<string>>();

/** Whether a callback that shows `update_title` is queued or running. */
function busy(store: DashStore): boolean {
  const { pendingCallbacks, requestQueue, graphs } = store.getState();
  if (!pendingCallbacks.length && !requestQueue.length) return false;
  let persistent = persistentOutputs.get(graphs.callbacks);
  if (!persistent) {
    persistent = new Set(graphs.callbacks.filter((spec) => spec.persistent).map((spec) => spec.output));
    persistentOutputs.set(graphs.callbacks, persistent);
  }
  const shows = (summary: CallbackSummary): boolean => !persistent!.has(summary.output);
  return pendingCallbacks.some(shows) || requestQueue.some(shows);
}
