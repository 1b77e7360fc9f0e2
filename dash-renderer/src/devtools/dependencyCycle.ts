/**
 * Circular callback dependencies (debug mode): a prop that, through a chain of callbacks,
 * feeds back into itself. A callback may take one of its own outputs as an input (legal
 * since upstream allows it): such an output is its own node, `<prop>__output`, which is
 * how upstream's message names it ("a.children__output -> c.children -> ...").
 */
import type { GraphCallback } from "../callbacks/graph";
import type { NewError } from "../errors/errorStore";
import { describeDep } from "./describe";

const OWN_OUTPUT = "__output";

/** Edges input -> output between prop nodes. */
function edges(callbacks: GraphCallback[]): Map<string, string[]> {
  const io = callbacks.map((cb) => ({ ins: new Set(cb.spec.inputs.map(describeDep)), outs: new Set(cb.outputs.map(describeDep)) }));
  const selfFed = new Set<string>();
  const plainOut = new Set<string>();
  for (const { ins, outs } of io) outs.forEach((prop) => (ins.has(prop) ? selfFed : plainOut).add(prop));
  const graph = new Map<string, string[]>();
  for (const { ins, outs } of io) {
    for (const input of ins) {
      const from = outs.has(input) ? [input] : [...(selfFed.has(input) ? [input + OWN_OUTPUT] : []), ...(!selfFed.has(input) || plainOut.has(input) ? [input] : [])];
      for (const output of outs) {
        const to = ins.has(output) ? output + OWN_OUTPUT : output;
        for (const node of from) graph.set(node, [...(graph.get(node) ?? []), to]);
      }
    }
  }
  return graph;
}

/** The first cycle found, as its nodes with the first repeated at the end; or null. */
export function findCycle(callbacks: GraphCallback[]): string[] | null {
  const graph = edges(callbacks);
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = stack.indexOf(node);
    if (at >= 0) return [...stack.slice(at), node];
    if (done.has(node)) return null;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

export function cycleError(cycle: string[]): NewError {
  return { kind: "frontEnd", title: "Circular Dependencies", html: `Error: Dependency Cycle Found: ${cycle.join(" -> ")}` };
}
