import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkPropTypes, unknownProps } from "../src/devtools/propsCheck";
import type { LayoutNode } from "../src/types";

const g = globalThis as unknown as { window?: unknown; test_lib?: Record<string, unknown> };

function Own(): null {
  return null;
}
Object.assign(Own, {
  dashPropTypes: { id: "string", value: "union[string | number]", size: "enum['s', 'l']", children: "node", label: "node", "data-*": "string" },
  dashRequired: ["size"],
});

function Both(): null {
  return null;
}
// React propTypes win over type strings.
Object.assign(Both, {
  propTypes: { value: () => null },
  dashPropTypes: { value: "number" },
});

function Plain(): null {
  return null;
}

const node = (type: string, props: Record<string, unknown>): LayoutNode => ({ namespace: "test_lib", type, props });
const children = { test_lib: { Own: ["label"] } };

beforeEach(() => {
  g.window = globalThis;
  g.test_lib = { Own, Both, Plain };
});
afterEach(() => {
  delete g.test_lib;
  delete g.window;
});

describe("checkPropTypes with type strings", () => {
  it("reports a wrong value with prop, component, id and reason", () => {
    const problems = checkPropTypes(node("Own", { id: "x", value: { a: 1 }, size: "s" }), children);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('Invalid argument `value` passed into Own with ID "x".');
    expect(problems[0].detail).toBe('expected `string` or `number`\nValue provided: {"a":1}\n(component test_lib.Own)');
    expect(problems[0].title).toBe('Invalid argument `value` passed into Own with ID "x". expected `string` or `number` Value provided: {"a":1}');
  });
  it("reports missing required props when every prop is checked, not when only some are", () => {
    expect(checkPropTypes(node("Own", { id: "x" }), children).map((p) => p.message)).toEqual([
      'Invalid argument `size` passed into Own with ID "x".',
    ]);
    expect(checkPropTypes(node("Own", { id: "x", value: 1 }), children, ["value"])).toEqual([]);
  });
  it("accepts a dict (pattern-matching) id whatever the declared id type", () => {
    expect(checkPropTypes(node("Own", { id: { type: "btn", idx: 1 }, size: "s" }), children)).toEqual([]);
    expect(checkPropTypes(node("Own", { id: 3, size: "s" }), children).map((p) => p.message)).toEqual(["Invalid argument `id` passed into Own with ID \"3\"."]);
  });
  it("skips children, children props and wildcard entries", () => {
    expect(checkPropTypes(node("Own", { size: "l", children: { bad: 1 }, label: { bad: 1 }, "data-x": 1 }), children)).toEqual([]);
  });
  it("leaves components with React propTypes to them, and unchecked ones alone", () => {
    expect(checkPropTypes(node("Both", { value: "not a number" }), {})).toEqual([]);
    expect(checkPropTypes(node("Plain", { value: { a: 1 } }), {})).toEqual([]);
  });
});

describe("unknownProps with type strings", () => {
  it("knows the declared names; data-*, aria-* and id stay allowed", () => {
    expect(unknownProps(node("Own", {}), ["value", "bogus", "data-x", "aria-label", "id"])).toEqual(["bogus"]);
    expect(unknownProps(node("Both", {}), ["value", "other"])).toEqual(["other"]);
    expect(unknownProps(node("Plain", {}), ["anything"])).toEqual([]);
  });
});
