/**
 * How callback validation names things, as upstream words its messages: ids as JSON with
 * sorted keys but wildcards bare (`{"a":ALL}.children`), and each callback by the list of
 * its outputs.
 */
import { wildcardOf } from "../callbacks/patterns";
import type { GraphCallback } from "../callbacks/graph";
import type { DependencySpec } from "../types";
import type { NewError } from "../errors/errorStore";

/** A dependency id for messages: strings as they are, dict values JSON or bare wildcards. */
export function describeId(id: unknown): string {
  if (typeof id !== "object" || id === null) return String(id);
  const obj = id as Record<string, unknown>;
  const parts = Object.keys(obj)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${wildcardOf(obj[key]) ?? JSON.stringify(obj[key])}`);
  return `{${parts.join(",")}}`;
}

export function describeDep(dep: DependencySpec): string {
  return `${describeId(dep.id)}.${dep.property}`;
}

/** A front-end error whose detail names the callback by its outputs. */
export function callbackError(cb: GraphCallback, title: string, lines: string[]): NewError {
  const outputs = cb.outputs.length ? cb.outputs.map(describeDep) : [""];
  return { kind: "frontEnd", title, html: ["In the callback for output(s):", ...outputs.map((o) => `  ${o}`), ...lines].join("\n") };
}
