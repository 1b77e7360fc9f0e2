/** Shapes shared across the renderer: layout nodes, ids, callback specs. */

/** A wildcard value inside a pattern id: `["ALL"]`, `["MATCH"]`, `["ALLSMALLER"]`. */
export type Wildcard = "ALL" | "MATCH" | "ALLSMALLER";

export type IdValue = string | number | boolean | [Wildcard];

/** A component id: a string or a dict of string keys. */
export type DashId = string | { [key: string]: IdValue };

/** A serialized component as the server sends it. */
export interface LayoutNode {
  type: string;
  namespace: string;
  props: { [prop: string]: unknown };
}

/** A path into the layout: keys and list indices from the root. */
export type Path = (string | number)[];

export interface DependencySpec {
  id: DashId;
  property: string;
  allow_duplicate?: boolean;
}

export interface RunningSpec extends DependencySpec {
  on: unknown;
  off: unknown;
}

export interface BackgroundSpec {
  interval?: number;
  progress?: DependencySpec[] | null;
  progress_default?: unknown[] | null;
  cancel?: DependencySpec[] | null;
  /** Sent only when false: the job keeps running when its outputs leave the page. */
  cancel_on_navigation?: boolean;
}

/** One entry of `_dash-dependencies`. */
export interface CallbackSpec {
  callback_id?: string;
  output: string;
  outputs?: DependencySpec[];
  inputs: DependencySpec[];
  state: DependencySpec[];
  clientside_function?: { namespace: string; function_name: string } | null;
  prevent_initial_call?: boolean | string;
  no_output?: boolean;
  hidden?: boolean;
  /** `persistent=True`: the callback leaves the document title alone while it runs. */
  persistent?: boolean;
  running?: RunningSpec[] | null;
  background?: BackgroundSpec | null;
}

/** Page configuration read from `#_dash-config`. */
export interface DashConfig {
  url_base_pathname?: string | null;
  requests_pathname_prefix: string;
  ui?: boolean;
  props_check?: boolean;
  debug?: boolean;
  suppress_callback_exceptions?: boolean;
  update_title?: string | null;
  children_props?: { [namespace: string]: { [type: string]: string[] | null } };
  [key: string]: unknown;
}

/** Updates keyed by stringified id then prop, as in a dispatch response. */
export type PropUpdates = { [sid: string]: { [prop: string]: unknown } };

export function isLayoutNode(value: unknown): value is LayoutNode {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as LayoutNode).type === "string" &&
    typeof (value as LayoutNode).namespace === "string" &&
    typeof (value as LayoutNode).props === "object"
  );
}
