/**
 * One implementation behind every dash.html type: renders the matching DOM element,
 * counts clicks into `n_clicks`/`n_clicks_timestamp`, and keeps renderer-only props off
 * the DOM.
 */
import React from "react";
import { safeUrl } from "./url";

type Props = Record<string, unknown> & {
  setProps?: (props: Record<string, unknown>) => void;
  n_clicks?: number;
  disable_n_clicks?: boolean;
  children?: React.ReactNode;
};

/** Type names whose DOM tag differs from the lowercased name (reserved in Python). */
const TAG_OVERRIDES: Record<string, string> = { MapEl: "map", ObjectEl: "object" };

/** Props the renderer or Dash use that must never reach the DOM. */
const DASH_ONLY = new Set([
  "setProps",
  "loading_state",
  "componentPath",
  "n_clicks",
  "n_clicks_timestamp",
  "disable_n_clicks",
  "children",
]);

/** Props holding URLs the browser would navigate to or load. */
const URL_PROPS = new Set(["href", "src", "action", "formAction", "data", "cite", "poster"]);

export function tagFor(type: string): string {
  return TAG_OVERRIDES[type] ?? type.toLowerCase();
}

/**
 * The attributes passed to the DOM element (style, className, data-*, aria-*, ...), with
 * `javascript:` URLs replaced by `about:blank` (url.ts).
 */
export function domProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (DASH_ONLY.has(name) || value === undefined) continue;
    out[name] = URL_PROPS.has(name) ? safeUrl(value) : value;
  }
  return out;
}

/** The props `setProps` receives for one click. */
export function clickUpdate(nClicks: number | undefined, now: number): { n_clicks: number; n_clicks_timestamp: number } {
  return { n_clicks: (nClicks ?? 0) + 1, n_clicks_timestamp: now };
}

interface DashApi {
  useDashContext?: () => { useLoading?: () => boolean };
}

/** Whether the renderer reports this component's outputs as loading. */
function useIsLoading(): boolean {
  const api = (window as unknown as { dash_component_api?: DashApi }).dash_component_api;
  // The API is present for the page's lifetime or never, so the hook order is stable.
  const context = api?.useDashContext?.();
  return context?.useLoading ? context.useLoading() : false;
}

/** The React component for one dash.html type. */
export function makeElement(type: string): React.FC<Props> {
  const tag = tagFor(type);
  const Element: React.FC<Props> = (props) => {
    const loading = useIsLoading();
    const attributes = domProps(props);
    if (!props.disable_n_clicks && props.setProps) {
      const { setProps, n_clicks } = props;
      attributes.onClick = () => setProps(clickUpdate(n_clicks, Date.now()));
    }
    if (loading) attributes["data-dash-is-loading"] = true;
    return React.createElement(tag, attributes, props.children);
  };
  Element.displayName = type;
  return Element;
}
