/** The page globals the renderer reads and writes. */
import type { DashStore } from "./store";

export type DashWindow = Window & {
  DashRenderer?: unknown;
  store?: DashStore;
  dash_stores?: DashStore[];
  dash_component_api?: Record<string, unknown>;
  __dashprivate_childrenProps?: unknown;
};

export function dashWindow(): DashWindow {
  return window as DashWindow;
}
