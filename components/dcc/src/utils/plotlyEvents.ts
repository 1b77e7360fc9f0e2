// Turns plotly.js event payloads into the JSON-safe shapes Dash sends to callbacks.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Point fields that hold plotly internals (huge or circular), never sent to the server.
const SKIPPED_POINT_KEYS = new Set(["data", "fullData", "xaxis", "yaxis", "layer", "fullLayout"]);

function plainCopy(value: unknown, depth: number): Json | undefined {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : null;
  }
  if (depth > 3 || typeof value !== "object") {
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((item) => plainCopy(item, depth + 1) ?? null);
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    return undefined; // DOM nodes, typed arrays' owners, class instances
  }
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const copied = plainCopy(item, depth + 1);
    if (copied !== undefined) {
      out[key] = copied;
    }
  }
  return out;
}

/** A point of a click/hover/selection event, without plotly internals. */
export function cleanPoint(point: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(point)) {
    if (SKIPPED_POINT_KEYS.has(key) || key.startsWith("_")) {
      continue;
    }
    const copied = plainCopy(value, 1);
    if (copied !== undefined) {
      out[key] = copied;
    }
  }
  return out;
}

/** `{points: [...]}` plus, for selections, `range` / `lassoPoints`. */
export function eventData(event: unknown): Record<string, Json> | null {
  if (!event || typeof event !== "object") {
    return null;
  }
  const source = event as { points?: unknown; range?: unknown; lassoPoints?: unknown };
  const points = Array.isArray(source.points) ? source.points : [];
  const out: Record<string, Json> = {
    points: points.map((point) => cleanPoint(point as Record<string, unknown>)),
  };
  for (const key of ["range", "lassoPoints"] as const) {
    const copied = source[key] === undefined ? undefined : plainCopy(source[key], 1);
    if (copied !== undefined) {
      out[key] = copied;
    }
  }
  return out;
}

/** Normalise extendData/prependData: `[update, indices?, maxPoints?]` or a bare update object. */
export function traceUpdate(
  value: unknown,
): { update: Record<string, unknown[]>; indices: number[]; maxPoints?: unknown } | null {
  const [update, indices, maxPoints] = Array.isArray(value) ? value : [value];
  if (!update || typeof update !== "object") {
    return null;
  }
  const arrays = update as Record<string, unknown[]>;
  const firstKey = Object.keys(arrays)[0];
  const traceCount = firstKey && Array.isArray(arrays[firstKey]) ? arrays[firstKey].length : 0;
  return {
    update: arrays,
    indices: Array.isArray(indices) ? (indices as number[]) : Array.from({ length: traceCount }, (_, i) => i),
    maxPoints: maxPoints === null ? undefined : maxPoints,
  };
}
