/**
 * Children-prop paths (`a`, `a.b.c`, `a[]`, `a[].b`, `a{}`, `a{}.b`, `a[]{}`): which props of a
 * component hold components, and where inside them.
 */
import type { Path } from "../types";

/** One step of a children-prop path. */
export type Step = { kind: "key"; key: string } | { kind: "list" } | { kind: "values" };

/** Parses `a[].b` into `[key a, list, key b]`. */
export function parseChildrenPropPath(spec: string): Step[] {
  const steps: Step[] = [];
  for (const part of spec.split(".")) {
    // A name may carry several markers: `a[]{}` is a list of dicts of components.
    const match = /^(.*?)((?:\[\]|\{\})*)$/.exec(part)!;
    steps.push({ kind: "key", key: match[1] });
    for (const marker of match[2].match(/\[\]|\{\}/g) ?? []) {
      steps.push(marker === "[]" ? { kind: "list" } : { kind: "values" });
    }
  }
  return steps;
}

/** Every concrete location (relative to the component's `props`) a parsed path reaches. */
export function expandSteps(props: unknown, steps: Step[]): Path[] {
  let frontier: { value: unknown; path: Path }[] = [{ value: props, path: [] }];
  for (const step of steps) {
    const next: { value: unknown; path: Path }[] = [];
    for (const { value, path } of frontier) {
      if (typeof value !== "object" || value === null) continue;
      if (step.kind === "key") {
        if (Array.isArray(value)) continue;
        const child = (value as Record<string, unknown>)[step.key];
        if (child !== undefined) next.push({ value: child, path: [...path, step.key] });
      } else if (step.kind === "list") {
        if (!Array.isArray(value)) continue;
        value.forEach((item, i) => next.push({ value: item, path: [...path, i] }));
      } else {
        if (Array.isArray(value)) continue;
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
          next.push({ value: item, path: [...path, key] });
        }
      }
    }
    frontier = next;
  }
  return frontier.map((entry) => entry.path);
}

const parsedCache = new Map<string, Step[]>();

/** Parsed steps of every children prop of a component type (`children` always first). */
export function childrenPropSteps(specs: string[] | null | undefined): Step[][] {
  const all = ["children", ...(specs ?? []).filter((spec) => spec !== "children")];
  return all.map((spec) => {
    let steps = parsedCache.get(spec);
    if (!steps) {
      steps = parseChildrenPropPath(spec);
      parsedCache.set(spec, steps);
    }
    return steps;
  });
}

const headsCache = new Map<string, Set<string>>();

/** Top-level prop names that may hold components for a component type. */
export function childrenHeads(specs: string[] | null | undefined): Set<string> {
  const cacheKey = JSON.stringify(specs ?? null);
  let heads = headsCache.get(cacheKey);
  if (!heads) {
    heads = new Set(childrenPropSteps(specs).map((steps) => (steps[0] as { key: string }).key));
    headsCache.set(cacheKey, heads);
  }
  return heads;
}
