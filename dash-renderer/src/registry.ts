/** Looking components up on the page: `window[namespace][type]`. */
import type { ComponentType } from "react";
import type { LayoutNode } from "./types";

export interface PersistenceTransform {
  extract: (value: unknown) => unknown;
  apply: (stored: unknown, value: unknown) => unknown;
}

/** A component class or function with the static flags the renderer reads. */
export type DashComponent = ComponentType<Record<string, unknown>> & {
  dashRenderType?: boolean;
  dashChildrenUpdate?: boolean;
  dashPersistence?: { persisted_props?: string[]; persistence_type?: string };
  /**
   * How a persisted prop (`persistenceTransforms[prop]`) or a `prop.part` entry of
   * `persisted_props` (`persistenceTransforms[prop][part]`) is taken out of a value for
   * storage and put back.
   */
  persistenceTransforms?: Record<string, PersistenceTransform | Record<string, PersistenceTransform>>;
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
