/**
 * The callback graph's nodes, edges and positions, named as upstream names them (users'
 * suites read `store.getState().profile.graphLayout.positions`): a callback is
 * `__dash_callback__.<output>`, a component `<id>`, one of its props `<id>.X<prop>`.
 * Props a callback writes sit in the bottom row, callbacks in the middle, props only
 * read at the top. A position, once given (or moved by dragging), is kept across
 * redraws: `positions` is mutated in place, never replaced.
 */
import type { GraphCallback } from "../callbacks/graph";
import type { DependencySpec } from "../types";
import { describeId } from "./describe";

export interface Point {
  x: number;
  y: number;
}

export type NodeKind = "callback" | "prop";

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** For a callback node: its output string (the monitor's key). */
  output?: string;
}

export interface GraphLayout {
  name: "preset";
  positions: Record<string, Point>;
}

const ROW_Y = [60, 150, 240];
const NODE_GAP = 16;
const MARGIN_X = 20;

export const callbackNodeId = (cb: GraphCallback): string => `__dash_callback__.${cb.spec.output}`;
const componentNodeId = (dep: DependencySpec): string => describeId(dep.id);
const propNodeId = (dep: DependencySpec): string => `${componentNodeId(dep)}.X${dep.property}`;

/** Nodes (callbacks and the props they use) and edges (prop -> callback -> prop). */
export function graphOf(callbacks: GraphCallback[]): { nodes: GraphNode[]; edges: [string, string][]; rows: Map<string, number> } {
  const nodes = new Map<string, GraphNode>();
  const rows = new Map<string, number>();
  const edges: [string, string][] = [];
  const prop = (dep: DependencySpec, row: number): string => {
    const id = propNodeId(dep);
    if (!nodes.has(id)) nodes.set(id, { id, kind: "prop", label: `${componentNodeId(dep)}.${dep.property}` });
    rows.set(id, Math.max(rows.get(id) ?? 0, row));
    return id;
  };
  for (const cb of callbacks) {
    const id = callbackNodeId(cb);
    nodes.set(id, { id, kind: "callback", label: cb.spec.clientside_function ? "clientside" : cb.spec.background ? "background" : "callback", output: cb.spec.output });
    rows.set(id, 1);
    for (const dep of [...cb.spec.inputs, ...cb.spec.state]) edges.push([prop(dep, 0), id]);
    for (const dep of cb.outputs) edges.push([id, prop(dep, 2)]);
  }
  return { nodes: [...nodes.values()], edges, rows };
}

/** A node's width on the canvas: its label at about 6.5px a character, padded. */
export function nodeWidth(node: GraphNode): number {
  return Math.max(60, node.label.length * 6.5 + 16);
}

/**
 * Gives every node without a position one in its row (left to right, in first-seen
 * order, side by side); a component's own node sits at its first prop.
 */
export function placeNodes(layout: GraphLayout, nodes: GraphNode[], rows: Map<string, number>): void {
  const cursor = [MARGIN_X, MARGIN_X, MARGIN_X];
  for (const node of nodes) {
    const row = rows.get(node.id) ?? 1;
    const width = nodeWidth(node);
    if (!layout.positions[node.id]) layout.positions[node.id] = { x: cursor[row] + width / 2, y: ROW_Y[row] };
    cursor[row] += width + NODE_GAP;
    const component = node.kind === "prop" ? node.id.slice(0, node.id.lastIndexOf(".X")) : null;
    if (component !== null && !layout.positions[component]) layout.positions[component] = { ...layout.positions[node.id] };
  }
}
