/**
 * Dev-mode prop type checking: values are checked against the component's `propTypes`
 * (third-party bundles define them) or, without those, against the type strings our own
 * bundles (html, dcc, dash_table) attach from their metadata as `dashPropTypes` (prop ->
 * type string) and `dashRequired` (required prop names). Components with neither are not
 * checked.
 */
import { stringifyId } from "../ids";
import { childrenHeads } from "../layout/childrenProps";
import type { ChildrenPropsConfig } from "../layout/paths";
import { resolveComponent } from "../registry";
import type { LayoutNode } from "../types";
import { checkTypeString } from "./typeStrings";

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
  /** One line, as upstream titles the error: message, reason and value. */
  title: string;
}

function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The static descriptor our own bundles attach to each component they register. */
interface TypeStringDescriptor {
  dashPropTypes?: Record<string, string>;
  dashRequired?: string[];
}

type CheckedComponent = TypeStringDescriptor & {
  propTypes?: Record<string, Validator>;
  defaultProps?: Record<string, unknown>;
};

/** Type strings, when the component has them and no React propTypes (which win). */
function typeStringsOf(component: CheckedComponent | undefined): Record<string, string> | undefined {
  if (!component || component.propTypes) return undefined;
  const types = component.dashPropTypes;
  return types && typeof types === "object" ? types : undefined;
}

function problemFor(node: LayoutNode, name: string, reason: string, value: unknown): PropTypeProblem {
  const id = node.props.id === undefined ? "" : ` with ID "${stringifyId(node.props.id as never)}"`;
  const message = `Invalid argument \`${name}\` passed into ${node.type}${id}.`;
  const provided = `Value provided: ${describeValue(value)}`;
  return {
    message,
    detail: `${reason}\n${provided}\n(component ${node.namespace}.${node.type})`,
    title: `${message} ${reason} ${provided}`,
  };
}

/** A dict `id` (pattern matching) is valid on every component, whatever its declared type. */
function isDictId(name: string, value: unknown): boolean {
  return name === "id" && typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Problems with `node`'s props (only `props` when given, else every declared prop, so
 * missing required ones count). Children props are skipped: they hold layout, not what
 * the component receives.
 */
export function checkPropTypes(node: LayoutNode, childrenProps: ChildrenPropsConfig, props?: string[]): PropTypeProblem[] {
  const component = resolveComponent(node) as CheckedComponent | undefined;
  const propTypes = component?.propTypes;
  const typeStrings = typeStringsOf(component);
  if (!propTypes && !typeStrings) return [];
  const heads = childrenHeads(childrenProps[node.namespace]?.[node.type]);
  const values = { ...(component?.defaultProps ?? {}), ...node.props };
  const problems: PropTypeProblem[] = [];
  if (typeStrings) {
    const required = new Set(Array.isArray(component?.dashRequired) ? component.dashRequired : []);
    for (const name of props ?? Object.keys(typeStrings)) {
      const typeString = typeStrings[name];
      if (typeof typeString !== "string" || heads.has(name) || name === "children" || name.endsWith("*") || isDictId(name, values[name])) continue;
      const reason = checkTypeString(typeString, values[name], required.has(name), name);
      if (reason) problems.push(problemFor(node, name, reason, values[name]));
    }
    return problems;
  }
  if (!propTypes) return problems;
  for (const name of props ?? Object.keys(propTypes)) {
    const validator = propTypes[name];
    if (typeof validator !== "function" || heads.has(name) || name === "children" || isDictId(name, values[name])) continue;
    let error: Error | null;
    try {
      error = validator(values, name, node.type, "prop", name, PROP_TYPES_SECRET);
    } catch (err) {
      error = err as Error;
    }
    if (error) problems.push(problemFor(node, name, error.message, values[name]));
  }
  return problems;
}

/**
 * Props in `props` the component does not declare (data-* and aria-* are always allowed).
 * Declared: its React propTypes or, without those, its type strings.
 */
export function unknownProps(node: LayoutNode, props: string[]): string[] {
  const component = resolveComponent(node) as CheckedComponent | undefined;
  const declared = component?.propTypes ?? typeStringsOf(component);
  if (!declared) return [];
  return props.filter((name) => !(name in declared) && !/^(data|aria)-/.test(name) && name !== "id");
}
