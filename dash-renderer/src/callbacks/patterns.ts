/**
 * Pattern-matching ids: wildcard detection, matching a concrete id against a pattern, and
 * resolving a dependency to the components it names in the current layout.
 */
import { stringifyId } from "../ids";
import { comparePaths, idKeys, type PathsIndex } from "../layout/paths";
import type { DashId, DependencySpec, IdValue, Path, Wildcard } from "../types";

/** MATCH values of one callback instance, keyed by id key. */
export type MatchValues = { [key: string]: IdValue };

export interface ResolvedDependency {
  id: DashId;
  property: string;
  /** Null for an absent `allow_optional` dependency. */
  path: Path | null;
}

export function wildcardOf(value: unknown): Wildcard | null {
  return Array.isArray(value) && value.length === 1 && ["ALL", "MATCH", "ALLSMALLER"].includes(value[0])
    ? (value[0] as Wildcard)
    : null;
}

/** Whether a dependency id holds any wildcard. */
export function isPattern(id: DashId): id is { [key: string]: IdValue } {
  return typeof id === "object" && Object.values(id).some((value) => wildcardOf(value) !== null);
}

/** Whether a dependency resolves to a list (ALL or ALLSMALLER somewhere in its id). */
export function isMulti(id: DashId): boolean {
  return (
    typeof id === "object" &&
    Object.values(id).some((value) => {
      const wild = wildcardOf(value);
      return wild === "ALL" || wild === "ALLSMALLER";
    })
  );
}

/** Keys of a pattern whose value is MATCH. */
export function matchKeys(pattern: DashId): string[] {
  if (typeof pattern !== "object") return [];
  return Object.keys(pattern).filter((key) => wildcardOf(pattern[key]) === "MATCH");
}

function lessThan(a: IdValue, b: IdValue): boolean {
  return typeof a === typeof b && (a as number | string) < (b as number | string);
}

/**
 * Whether the concrete `id` matches `pattern`. Without `match`, MATCH accepts any value
 * and ALLSMALLER matches nothing; with it, both compare against the instance's values.
 */
export function idMatches(id: DashId, pattern: DashId, match?: MatchValues | null): boolean {
  if (typeof id !== "object" || typeof pattern !== "object") return id === pattern;
  const keys = Object.keys(pattern);
  if (keys.length !== Object.keys(id).length) return false;
  return keys.every((key) => {
    if (!(key in id)) return false;
    const expected = pattern[key];
    const actual = id[key];
    switch (wildcardOf(expected)) {
      case "ALL":
        return true;
      case "MATCH":
        return !match || !(key in match) || match[key] === actual;
      case "ALLSMALLER":
        return Boolean(match && key in match && lessThan(actual, match[key]));
      default:
        return expected === actual;
    }
  });
}

/** The MATCH values a concrete id gives to a pattern it matches. */
export function matchValuesOf(id: DashId, pattern: DashId): MatchValues | null {
  const keys = matchKeys(pattern);
  if (!keys.length || typeof id !== "object") return null;
  return Object.fromEntries(keys.map((key) => [key, id[key]]));
}

/**
 * The components a dependency names now: a list for ALL/ALLSMALLER (layout order), one
 * entry otherwise, or null when a required component is absent.
 */
export function resolveDependency(
  dep: DependencySpec,
  paths: PathsIndex,
  match: MatchValues | null,
): ResolvedDependency | ResolvedDependency[] | null {
  if (!isPattern(dep.id)) {
    const path = paths.strs[stringifyId(dep.id)];
    return path ? { id: dep.id, property: dep.property, path } : null;
  }
  const found = (paths.objs[idKeys(dep.id)] ?? [])
    .filter((entry) => idMatches(entry.id, dep.id, match))
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((entry) => ({ id: entry.id, property: dep.property, path: entry.path }));
  if (isMulti(dep.id)) return found;
  return found[0] ?? null;
}
