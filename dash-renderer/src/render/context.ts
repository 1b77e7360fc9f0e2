/**
 * `DashContext`: what a rendered component can ask the renderer (its path, loading state
 * and react-redux style access to the store), plus the app context internal to rendering.
 */
import React, { createContext, useContext, useRef, useSyncExternalStore } from "react";
import type { DashApp } from "../app";
import { pathKey } from "../layout/paths";
import type { Action, DashState, DashStore, LoadingEntry } from "../store";
import type { Path } from "../types";

export interface LoadingOptions {
  extraPath?: Path;
  rawPath?: Path;
  filterFunc?: (entry: LoadingEntry) => boolean;
}

export interface DashContextValue {
  componentPath: Path;
  isLoading: (options?: LoadingOptions) => boolean;
  useLoading: (options?: LoadingOptions) => boolean;
  useSelector: <T>(selector: (state: DashState) => T, equalityFn?: (a: T, b: T) => boolean) => T;
  useStore: () => DashStore;
  useDispatch: () => (action: Action) => Action;
}

export const AppContext = createContext<DashApp | null>(null);

export const DashContext = createContext<DashContextValue | null>(null);

/** The app the tree renders; throws outside the renderer's root. */
export function useApp(): DashApp {
  const app = useContext(AppContext);
  if (!app) throw new Error("Dash components must render inside the Dash renderer.");
  return app;
}

/** react-redux style `useSelector` bound to `store`. */
export function useStoreSelector<T>(
  store: DashStore,
  selector: (state: DashState) => T,
  equalityFn: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ state: DashState; value: T } | null>(null);
  const snapshot = (): T => {
    const state = store.getState();
    const last = cache.current;
    if (last && last.state === state) return last.value;
    const value = selector(state);
    if (last && equalityFn(last.value, value)) {
      cache.current = { state, value: last.value };
      return last.value;
    }
    cache.current = { state, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}

function loadingKey(componentPath: Path, options: LoadingOptions = {}): string {
  return pathKey(options.rawPath ?? [...componentPath, ...(options.extraPath ?? [])]);
}

function isLoadingIn(entries: LoadingEntry[] | undefined, options: LoadingOptions = {}): boolean {
  if (!entries?.length) return false;
  return options.filterFunc ? entries.some(options.filterFunc) : true;
}

/** Builds the context value of the component at `componentPath`. */
export function makeDashContext(store: DashStore, componentPath: Path): DashContextValue {
  return {
    componentPath,
    isLoading: (options) => isLoadingIn(store.getState().loading[loadingKey(componentPath, options)], options),
    useLoading: (options) => {
      const key = loadingKey(componentPath, options);
      const entries = useSyncExternalStore(
        React.useCallback((listener: () => void) => store.subscribeLoading(key, listener), [key]),
        () => store.getState().loading[key],
      );
      return isLoadingIn(entries, options);
    },
    useSelector: (selector, equalityFn) => useStoreSelector(store, selector, equalityFn),
    useStore: () => store,
    useDispatch: () => store.dispatch,
  };
}

/** `useDashContext()`: the nearest component's context; `{}` (with an error) outside one. */
export function useDashContext(): DashContextValue | Record<string, never> {
  const value = useContext(DashContext);
  if (!value) {
    console.error("useDashContext must be used inside a component rendered by Dash.");
    return {};
  }
  return value;
}
