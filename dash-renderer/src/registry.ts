/** Looking components up on the page: `window[namespace][type]`. */
import type { ComponentType } from "react";
import type { LayoutNode } from "./types";

/** A component class or function with the static flags the renderer reads. */
export type DashComponent = ComponentType<Record<string, unknown>> & {
  dashRenderType?: boolean;
  dashChildrenUpdate?: boolean;
  dashPersistence?: { persisted_props?: string[]; persistence_type?: string };
  defaultProps?: Record<string, unknown>;
};

/** The component registered for a node, or undefined when its library did not define it. */
export function resolveComponent(node: Pick<LayoutNode, "namespace" | "type">): DashComponent | undefined {
  const library = (window as unknown as Record<string, Record<string, unknown> | undefined>)[node.namespace];
  const component = library?.[node.type];
  return typeof component === "function" || (typeof component === "object" && component !== null)
    ? (component as DashComponent)
    : undefined;
}
