import { describe, expect, it } from "vitest";
import { childrenPropSteps, expandSteps, parseChildrenPropPath } from "../src/layout/childrenProps";
import { emptyIndex, getIn, indexSubtree, setIn, unindexSubtree, walkComponents } from "../src/layout/paths";
import type { LayoutNode } from "../src/types";

const node = (type: string, props: Record<string, unknown>): LayoutNode => ({ type, namespace: "lib", props });

describe("parseChildrenPropPath", () => {
  it("parses every path form", () => {
    expect(parseChildrenPropPath("a")).toEqual([{ kind: "key", key: "a" }]);
    expect(parseChildrenPropPath("a.b.c")).toEqual([
      { kind: "key", key: "a" },
      { kind: "key", key: "b" },
      { kind: "key", key: "c" },
    ]);
    expect(parseChildrenPropPath("a[].b")).toEqual([{ kind: "key", key: "a" }, { kind: "list" }, { kind: "key", key: "b" }]);
    expect(parseChildrenPropPath("a{}")).toEqual([{ kind: "key", key: "a" }, { kind: "values" }]);
  });
  it("parses a list of dicts of components (`a[]{}`)", () => {
    const steps = parseChildrenPropPath("a[]{}");
    expect(steps).toEqual([{ kind: "key", key: "a" }, { kind: "list" }, { kind: "values" }]);
    expect(expandSteps({ a: [{ x: 1, y: 2 }, { z: 3 }] }, steps)).toEqual([
      ["a", 0, "x"],
      ["a", 0, "y"],
      ["a", 1, "z"],
    ]);
  });
});

describe("expandSteps", () => {
  const props = {
    a: { b: "x" },
    items: [{ label: "one" }, { other: 1 }, { label: "three" }],
    byKey: { k1: { tip: "t1" }, k2: { tip: "t2" } },
  };
  it("finds nested, list and dict-value locations", () => {
    expect(expandSteps(props, parseChildrenPropPath("a.b"))).toEqual([["a", "b"]]);
    expect(expandSteps(props, parseChildrenPropPath("items[].label"))).toEqual([
      ["items", 0, "label"],
      ["items", 2, "label"],
    ]);
    expect(expandSteps(props, parseChildrenPropPath("byKey{}.tip"))).toEqual([
      ["byKey", "k1", "tip"],
      ["byKey", "k2", "tip"],
    ]);
    expect(expandSteps(props, parseChildrenPropPath("missing[]"))).toEqual([]);
  });
  it("always includes children first", () => {
    expect(childrenPropSteps(["label"]).map((steps) => steps[0])).toEqual([
      { kind: "key", key: "children" },
      { kind: "key", key: "label" },
    ]);
  });
});

describe("layout index", () => {
  const layout = node("Div", {
    id: "root",
    children: [
      node("Tabs", { id: "tabs", items: [{ label: node("Span", { id: "lbl" }) }] }),
      node("Div", { id: { type: "row", index: 1 }, children: node("Span", { id: "deep" }) }),
    ],
  });
  const childrenProps = { lib: { Tabs: ["items[].label"] } };

  it("indexes string and dict ids with their paths, including children props", () => {
    const index = emptyIndex();
    indexSubtree(index, layout, [], childrenProps);
    expect(index.strs.root).toEqual([]);
    expect(index.strs.lbl).toEqual(["props", "children", 0, "props", "items", 0, "label"]);
    expect(index.strs.deep).toEqual(["props", "children", 1, "props", "children"]);
    expect(index.objs["index,type"]).toEqual([{ id: { type: "row", index: 1 }, values: [1, "row"], path: ["props", "children", 1] }]);
    expect(getIn(layout, index.strs.lbl)).toEqual(node("Span", { id: "lbl" }));
  });

  it("removes a subtree's ids", () => {
    const index = emptyIndex();
    indexSubtree(index, layout, [], childrenProps);
    const path = ["props", "children", 1];
    unindexSubtree(index, getIn(layout, path), path, childrenProps);
    expect(index.strs.deep).toBeUndefined();
    expect(index.objs["index,type"]).toBeUndefined();
    expect(index.strs.root).toEqual([]);
  });

  it("walks lists of components at the root", () => {
    const seen: unknown[] = [];
    walkComponents([node("A", {}), node("B", {})], [], {}, (n, path) => seen.push([n.type, path]));
    expect(seen).toEqual([
      ["A", [0]],
      ["B", [1]],
    ]);
  });

  it("setIn copies only along the path", () => {
    const before = { a: { b: 1 }, c: { d: 2 } };
    const after = setIn(before, ["a", "b"], 5) as typeof before;
    expect(after.a.b).toBe(5);
    expect(before.a.b).toBe(1);
    expect(after.c).toBe(before.c);
  });
});
