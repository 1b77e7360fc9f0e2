/**
 * Hot reload in debug mode: poll `_reload-hash` (config `hot_reload.interval`, ms). When
 * the hash changes, changed CSS assets are swapped in place (new `<link>` href); any
 * other change (a server restart, a JS asset, a deleted file) reloads the page. Polling
 * stops after `max_retry` consecutive failures, so a stopped server is not polled forever.
 */
import { routeUrl } from "./config";
import type { DashConfig } from "./types";

interface HotReloadSettings {
  interval?: number;
  max_retry?: number;
}

interface ChangedFile {
  url: string;
  modified: number;
  is_css: boolean;
}

interface ReloadState {
  reloadHash: string;
  hard: boolean;
  files: ChangedFile[];
}

export interface ReloadHooks {
  /**
   * The page is about to reload (e.g. to remember background jobs in flight);
   * `restarted`: the server process changed (a new hash with no file change).
   */
  beforeReload?: (restarted: boolean) => void;
  /** A poll failed after a success: the server may be restarting. */
  serverLost?: () => void;
  /** Each poll's outcome: whether the server answered (the debug menu's status light). */
  connected?: (up: boolean) => void;
  reload?: () => void;
}

/** Points every stylesheet `<link>` whose path is `file.url` at the new version. */
export function swapStylesheet(file: ChangedFile, doc: Document = document): boolean {
  let swapped = false;
  doc.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]").forEach((link) => {
    const url = new URL(link.href, doc.baseURI);
    if (url.pathname !== new URL(file.url, doc.baseURI).pathname) return;
    url.searchParams.set("m", String(file.modified));
    link.href = url.toString();
    swapped = true;
  });
  return swapped;
}

/** Files whose `modified` differs from what the page saw at its first poll. */
function newChanges(files: ChangedFile[], seen: Map<string, number>): ChangedFile[] {
  return files.filter((file) => seen.get(file.url) !== file.modified);
}

export function watchForReload(config: DashConfig, hooks: ReloadHooks = {}): void {
  const settings = config.hot_reload as HotReloadSettings | null | undefined;
  if (!settings) return;
  const interval = settings.interval ?? 3000;
  const maxRetry = settings.max_retry ?? 8;
  const reload = hooks.reload ?? (() => window.location.reload());
  let known: string | null = null;
  const seen = new Map<string, number>();
  let failures = 0;

  const apply = (state: ReloadState): boolean => {
    const changes = newChanges(state.files, seen);
    state.files.forEach((file) => seen.set(file.url, file.modified));
    if (known === null || state.reloadHash === known) return true;
    const soft = !state.hard && changes.length > 0 && changes.every((file) => file.is_css);
    // A new CSS file has no <link> yet: only a reload adds it.
    if (soft && changes.every((file) => swapStylesheet(file))) return true;
    hooks.beforeReload?.(changes.length === 0);
    reload();
    return false;
  };

  const poll = async (): Promise<void> => {
    try {
      const response = await fetch(routeUrl(config, "_reload-hash"), { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const state = (await response.json()) as ReloadState;
      failures = 0;
      hooks.connected?.(true);
      if (!apply(state)) return;
      known = state.reloadHash;
    } catch (err) {
      hooks.connected?.(false);
      if (failures === 0 && known !== null) hooks.serverLost?.();
      failures += 1;
      if (failures > maxRetry) {
        console.warn(`dash: hot reload stopped after ${failures} failed polls (${(err as Error).message})`);
        return;
      }
    }
    setTimeout(poll, interval);
  };
  void poll();
}
