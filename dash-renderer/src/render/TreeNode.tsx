/**
 * One rendered component. Each subscribes to its own layout path, so a prop change
 * re-renders that component only; children props become child TreeNode elements that
 * carry `componentPath` and `_dashprivate_layout`.
 */
import React, { memo, useCallback, useMemo, useSyncExternalStore } from "react";
import type { DashApp } from "../app";
import { stringifyId } from "../ids";
import { childrenPropSteps, expandSteps } from "../layout/childrenProps";
import { getIn, pathKey, setIn } from "../layout/paths";
import { resolveComponent } from "../registry";
import { deepEqual } from "../store";
import { isLayoutNode, type LayoutNode, type Path } from "../types";
import { DashContext, makeDashContext, useApp } from "./context";
import { ComponentErrorBoundary, ErrorBox } from "./ErrorBoundary";

interface TreeNodeProps {
  componentPath: Path;
  _dashprivate_layout?: unknown;
  /** Props a parent added to this element (`React.cloneElement(child, {...})`). */
  [extra: string]: unknown;
}

/** Renders a children value: components become TreeNodes, lists map item by item. */
export function renderValue(value: unknown, path: Path, key?: string): React.ReactNode {
  if (isLayoutNode(value)) {
    return <TreeNode key={key} componentPath={path} _dashprivate_layout={value} />;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => renderValue(item, [...path, i], String(i)));
  }
  if (typeof value === "object" && value !== null) {
    // A plain object is not renderable as a child; show it rather than crash React.
    return JSON.stringify(value);
  }
  return value as React.ReactNode;
}

/** The component's props with every children prop replaced by rendered elements. */
function renderedProps(app: DashApp, node: LayoutNode, path: Path): Record<string, unknown> {
  let props: Record<string, unknown> = node.props;
  const specs = app.store.childrenProps[node.namespace]?.[node.type];
  for (const steps of childrenPropSteps(specs)) {
    for (const location of expandSteps(node.props, steps)) {
      const rendered = renderValue(getIn(node.props, location), [...path, "props", ...location]);
      props = setIn(props, location, rendered) as Record<string, unknown>;
    }
  }
  return props;
}

function describe(node: LayoutNode): string {
  const id = node.props.id;
  return `${node.namespace}.${node.type}${id === undefined ? "" : ` (id ${stringifyId(id)})`}`;
}

function TreeNodeImpl({ componentPath, _dashprivate_layout: _layout, ...extras }: TreeNodeProps): React.ReactElement | null {
  const app = useApp();
  const key = pathKey(componentPath);
  const subscribe = useCallback((listener: () => void) => app.store.subscribePath(componentPath, listener), [key]);
  const node = useSyncExternalStore(subscribe, () => app.store.getIn(componentPath));
  const setProps = useCallback(
    (props: Record<string, unknown>) => app.setPropsAt(componentPath, props, "internal"),
    [key],
  );
  const context = useMemo(() => makeDashContext(app.store, componentPath), [key]);
  const renderType = app.store.changeSource(componentPath) ?? "parent";

  if (!isLayoutNode(node)) return (node ?? null) as React.ReactElement | null;
  const Component = resolveComponent(node);
  if (!Component) {
    return <ErrorBox title={`Unknown component type "${node.type}" in namespace "${node.namespace}"`} detail="Is its component library imported by the app?" />;
  }
  // Only props + setProps (+ dashRenderType), as upstream: libraries such as AG Grid pass
  // their props on and warn about unknown keys. The path is in DashContext.
  const props: Record<string, unknown> = { ...renderedProps(app, node, componentPath), ...extras, setProps };
  // React keeps `key` for itself; a `key` prop in the layout would only trigger a warning.
  delete props.key;
  if (node.props.id !== undefined) props.id = stringifyId(node.props.id);
  if (Component.dashRenderType) props.dashRenderType = renderType;
  return (
    <ComponentErrorBoundary
      label={describe(node)}
      resetKey={node}
      onError={(message, stack) => app.errors.add({ kind: "frontEnd", title: message, stack })}
    >
      <DashContext.Provider value={context}>
        <Component {...props} />
      </DashContext.Provider>
    </ComponentErrorBoundary>
  );
}

/**
 * A parent's re-render passes each child its layout value; a child whose value is equal in
 * content (same object, or a rewritten children prop / Patch giving the same component
 * again) and whose parent-added props are the same does not re-render, as upstream.
 */
export const TreeNode = memo(TreeNodeImpl, (a, b) => {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k === "componentPath" || k === "_dashprivate_layout" || a[k] === b[k]) &&
    pathKey(a.componentPath) === pathKey(b.componentPath) &&
    deepEqual(a._dashprivate_layout, b._dashprivate_layout)
  );
});
