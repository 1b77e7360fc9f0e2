/**
 * Hot reload in debug mode: poll `_reload-hash` (config `hot_reload.interval`) and reload
 * the page when the hash changes (server restarted or an asset changed). Polling stops
 * after `max_retry` consecutive failures, so a stopped server is not polled forever.
 */
import { routeUrl } from "./config";
import type { DashConfig } from "./types";

interface HotReloadSettings {
  interval?: number;
  max_retry?: number;
}

export function watchForReload(config: DashConfig, reload: () => void = () => window.location.reload()): void {
  const settings = config.hot_reload as HotReloadSettings | null | undefined;
  if (!settings) return;
  const interval = settings.interval ?? 3000;
  const maxRetry = settings.max_retry ?? 8;
  let known: string | null = null;
  let failures = 0;
  const poll = async (): Promise<void> => {
    try {
      const response = await fetch(routeUrl(config, "_reload-hash"), { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { reloadHash } = (await response.json()) as { reloadHash: string };
      failures = 0;
      if (known !== null && reloadHash !== known) {
        reload();
        return;
      }
      known = reloadHash;
    } catch (err) {
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
