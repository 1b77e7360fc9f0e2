/**
 * Dev-mode prop type checking: values are checked against the component's `propTypes`
 * (third-party bundles define them; components without any are not checked).
 */
import { stringifyId } from "../ids";
import { childrenHeads } from "../layout/childrenProps";
import type { ChildrenPropsConfig } from "../layout/paths";
import { resolveComponent } from "../registry";
import type { LayoutNode } from "../types";

// prop-types only runs a validator called with this argument (otherwise it warns).
const PROP_TYPES_SECRET = "SECRET_DO_NOT_PASS_THIS_OR_YOU_WILL_BE_FIRED";

type Validator = (
  props: Record<string, unknown>,
  propName: string,
  componentName: string,
  location: string,
  propFullName: string,
  secret: string,
) => Error | null;

export interface PropTypeProblem {
  message: string;
  detail: string;
}

function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Problems with `node`'s props (only `props` when given, else every declared prop, so
 * missing required ones count). Children props are skipped: they hold layout, not what
 * the component receives.
 */
export function checkPropTypes(node: LayoutNode, childrenProps: ChildrenPropsConfig, props?: string[]): PropTypeProblem[] {
  const component = resolveComponent(node) as { propTypes?: Record<string, Validator>; defaultProps?: Record<string, unknown> } | undefined;
  const propTypes = component?.propTypes;
  if (!propTypes) return [];
  const heads = childrenHeads(childrenProps[node.namespace]?.[node.type]);
  const values = { ...(component?.defaultProps ?? {}), ...node.props };
  const problems: PropTypeProblem[] = [];
  for (const name of props ?? Object.keys(propTypes)) {
    const validator = propTypes[name];
    if (typeof validator !== "function" || heads.has(name) || name === "children") continue;
    let error: Error | null;
    try {
      error = validator(values, name, node.type, "prop", name, PROP_TYPES_SECRET);
    } catch (err) {
      error = err as Error;
    }
    if (!error) continue;
    const id = node.props.id === undefined ? "" : ` with ID "${stringifyId(node.props.id as never)}"`;
    problems.push({
      message: `Invalid argument \`${name}\` passed into ${node.type}${id}.`,
      detail: `${error.message}\nValue provided: ${describeValue(values[name])}\n(component ${node.namespace}.${node.type})`,
    });
  }
  return problems;
}

/** Props in `props` the component does not declare (data-* and aria-* are always allowed). */
export function unknownProps(node: LayoutNode, props: string[]): string[] {
  const propTypes = (resolveComponent(node) as { propTypes?: Record<string, unknown> } | undefined)?.propTypes;
  if (!propTypes) return [];
  return props.filter((name) => !(name in propTypes) && !/^(data|aria)-/.test(name) && name !== "id");
}
