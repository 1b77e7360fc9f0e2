// Access to the renderer's public API (window.dash_component_api), which may be absent
// when a bundle is used outside the renderer; every accessor degrades to "not loading".
import React from "react";

/** One entry of the renderer's loading map: a prop of a component being updated. */
export interface LoadingEntry {
  id?: unknown;
  property?: string;
}

/** The renderer's loading map: JSON of a component path -> entries being updated there. */
type LoadingMap = Record<string, LoadingEntry[] | undefined>;

interface DashContextValue {
  componentPath?: unknown[];
  useSelector?: <T>(selector: (state: { loading?: LoadingMap }) => T) => T;
}

interface DashComponentApi {
  useDashContext?: () => DashContextValue;
  getLayout?: (path: unknown) => unknown;
  /** Renders a layout object (`{type, namespace, props}`) stored at `componentPath`. */
  ExternalWrapper?: React.ComponentType<{ component: unknown; componentPath: unknown[] }>;
}

declare global {
  interface Window {
    dash_component_api?: DashComponentApi;
  }
}

/** Whether a loading-map key is the component at `path` or one of its descendants. */
export function isWithin(key: string, path: unknown[]): boolean {
  if (!path.length) {
    return true;
  }
  const self = JSON.stringify(path);
  return key === self || key.startsWith(`${self.slice(0, -1)},`);
}

/** Whether `loading` has entries, accepted by `accept` when given, at or under `path`. */
export function subtreeIsLoading(
  loading: LoadingMap | undefined,
  path: unknown[],
  accept?: (entry: LoadingEntry) => boolean,
): boolean {
  return Object.entries(loading ?? {}).some(
    ([key, entries]) => isWithin(key, path) && (entries ?? []).some((entry) => !accept || accept(entry)),
  );
}

/**
 * Whether a callback is updating the current component or anything inside it
 * (restricted to entries accepted by `accept`). A hook: call it unconditionally.
 */
export function useSubtreeLoading(accept?: (entry: LoadingEntry) => boolean): boolean {
  const context = window.dash_component_api?.useDashContext?.();
  if (!context?.useSelector || !Array.isArray(context.componentPath)) {
    return false;
  }
  const path = context.componentPath;
  return context.useSelector((state) => subtreeIsLoading(state.loading, path, accept));
}

/** The current component's layout path, from the renderer's DashContext. A hook. */
export function useComponentPath(): unknown[] | undefined {
  const path = window.dash_component_api?.useDashContext?.()?.componentPath;
  return Array.isArray(path) ? path : undefined;
}

/** The layout object (`{type, namespace, props}`) at a component path, if the renderer exposes it. */
export function layoutAt(path: unknown): unknown {
  return window.dash_component_api?.getLayout?.(path);
}

/** Whether a value is a serialized component rather than text or a React element. */
function isLayoutNode(value: unknown): value is { type: string; namespace: string } {
  return typeof value === "object" && value !== null && !React.isValidElement(value) && "type" in value && "namespace" in value;
}

/**
 * Renders a prop value that may hold a serialized component, or a list of them and text
 * (read from the layout rather than received rendered), through the renderer's
 * ExternalWrapper at `path` (`[...path, index]` for list items).
 */
export function renderLayoutValue(value: unknown, path: unknown[] | undefined): React.ReactNode {
  if (Array.isArray(value)) {
    return value.map((item, index) => (
      <React.Fragment key={index}>{renderLayoutValue(item, path && [...path, index])}</React.Fragment>
    ));
  }
  if (!isLayoutNode(value)) {
    return value as React.ReactNode;
  }
  const Wrapper = window.dash_component_api?.ExternalWrapper;
  return Wrapper && path ? <Wrapper component={value} componentPath={path} /> : null;
}

/**
 * An option's label as Dash renders it: text (or a label left out) in a `<span>`; a
 * component, or a list of them, bare at its place in `componentPath`'s props.
 */
export function renderLabel(
  label: unknown,
  componentPath: unknown[] | undefined,
  labelPath: (string | number)[] | undefined,
): React.ReactNode {
  if (!isLayoutNode(label) && !Array.isArray(label)) {
    return <span>{label as React.ReactNode}</span>;
  }
  return renderLayoutValue(label, componentPath && labelPath ? [...componentPath, "props", ...labelPath] : undefined);
}
