/** Canonical string forms of component ids and property addresses (docs/protocol.md "Ids"). */
import type { DashId } from "./types";

/**
 * The canonical string of an id: strings unchanged, dicts as JSON with sorted keys and no
 * spaces (wildcard values stay JSON lists such as `["ALL"]`).
 */
export function stringifyId(id: unknown): string {
  if (typeof id !== "object" || id === null) {
    return String(id);
  }
  const obj = id as { [key: string]: unknown };
  const sorted = Object.keys(obj)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(obj[key])}`);
  return `{${sorted.join(",")}}`;
}

/** `"<sid>.<prop>"`, the address of one property. */
export function propAddress(id: DashId, property: string): string {
  return `${stringifyId(id)}.${property}`;
}

/** Splits a property address at its last dot (dict ids may contain dots). */
export function parsePropAddress(address: string): { sid: string; property: string } {
  const dot = address.lastIndexOf(".");
  return { sid: address.slice(0, dot), property: address.slice(dot + 1) };
}

/** The id back from its string form: a dict for JSON object strings, else the string. */
export function parseId(sid: string): DashId {
  if (sid.startsWith("{")) {
    try {
      return JSON.parse(sid) as DashId;
    } catch {
      return sid;
    }
  }
  return sid;
}
