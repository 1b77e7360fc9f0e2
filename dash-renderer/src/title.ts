/** The document title shows `update_title` while callbacks run. */
import type { DashStore } from "./store";

export function followTitle(store: DashStore, updateTitle: string | null | undefined): void {
  if (!updateTitle) return;
  let saved: string | null = null;
  store.subscribe(() => {
    const loading = store.getState().isLoading;
    if (loading && saved === null) {
      saved = document.title;
      document.title = updateTitle;
    } else if (!loading && saved !== null) {
      // Keep a title the app set meanwhile; restore ours only if still showing the placeholder.
      if (document.title === updateTitle) document.title = saved;
      saved = null;
    }
  });
}
