import { describe, expect, it } from "vitest";
import { CallbackGraph, resolveInstance, specOutputs } from "../src/callbacks/graph";
import { idMatches, isMulti, isPattern, matchValuesOf, resolveDependency } from "../src/callbacks/patterns";
import { emptyIndex, indexSubtree } from "../src/layout/paths";
import type { CallbackSpec, LayoutNode } from "../src/types";

const ALL = ["ALL"] as ["ALL"];
const MATCH = ["MATCH"] as ["MATCH"];
const ALLSMALLER = ["ALLSMALLER"] as ["ALLSMALLER"];

const div = (id: unknown, children: unknown = null): LayoutNode => ({ type: "Div", namespace: "h", props: { id, children } });

function indexOf(layout: unknown) {
  const index = emptyIndex();
  indexSubtree(index, layout, [], {});
  return index;
}

describe("idMatches", () => {
  it("matches ALL, MATCH and ALLSMALLER against concrete ids", () => {
    const id = { type: "row", index: 2 };
    expect(idMatches(id, { type: "row", index: ALL })).toBe(true);
    expect(idMatches(id, { type: "col", index: ALL })).toBe(false);
    expect(idMatches(id, { type: "row", index: MATCH }, { index: 2 })).toBe(true);
    expect(idMatches(id, { type: "row", index: MATCH }, { index: 3 })).toBe(false);
    expect(idMatches(id, { type: "row", index: ALLSMALLER }, { index: 3 })).toBe(true);
    expect(idMatches(id, { type: "row", index: ALLSMALLER }, { index: 2 })).toBe(false);
    expect(idMatches(id, { type: "row", index: ALL, extra: ALL })).toBe(false);
    expect(idMatches("a", "a")).toBe(true);
  });
  it("classifies patterns", () => {
    expect(isPattern({ a: ALL })).toBe(true);
    expect(isPattern({ a: 1 })).toBe(false);
    expect(isPattern("a")).toBe(false);
    expect(isMulti({ a: MATCH })).toBe(false);
    expect(isMulti({ a: ALLSMALLER })).toBe(true);
    expect(matchValuesOf({ a: 1, b: "x" }, { a: MATCH, b: ALL })).toEqual({ a: 1 });
  });
});

describe("resolveDependency", () => {
  const layout = div("root", [div({ t: "r", i: 2 }), div({ t: "r", i: 0 }), div({ t: "r", i: 1 }), div("plain")]);
  const paths = indexOf(layout);
  it("lists ALL matches in layout order", () => {
    const found = resolveDependency({ id: { t: "r", i: ALL }, property: "value" }, paths, null) as { id: unknown }[];
    expect(found.map((dep) => dep.id)).toEqual([{ t: "r", i: 2 }, { t: "r", i: 0 }, { t: "r", i: 1 }]);
  });
  it("resolves MATCH to one component and ALLSMALLER below it", () => {
    expect(resolveDependency({ id: { t: "r", i: MATCH }, property: "v" }, paths, { i: 1 })).toMatchObject({ id: { t: "r", i: 1 } });
    const smaller = resolveDependency({ id: { t: "r", i: ALLSMALLER }, property: "v" }, paths, { i: 2 }) as { id: unknown }[];
    expect(smaller.map((dep) => dep.id)).toEqual([{ t: "r", i: 0 }, { t: "r", i: 1 }]);
  });
  it("gives null for an absent plain id and [] for an ALL without matches", () => {
    expect(resolveDependency({ id: "nope", property: "v" }, paths, null)).toBeNull();
    expect(resolveDependency({ id: { z: ALL }, property: "v" }, paths, null)).toEqual([]);
  });
});

const spec = (output: string, inputs: CallbackSpec["inputs"], extra: Partial<CallbackSpec> = {}): CallbackSpec => ({
  output,
  outputs: specOutputs({ output, inputs: [], state: [] }),
  inputs,
  state: [],
  ...extra,
});

describe("CallbackGraph", () => {
  it("parses upstream output strings, single and multi", () => {
    expect(specOutputs({ output: "a.children", inputs: [], state: [] })).toEqual([{ id: "a", property: "children" }]);
    expect(specOutputs({ output: '..a.x...{"i":1}.y..', inputs: [], state: [] })).toEqual([
      { id: "a", property: "x" },
      { id: { i: 1 }, property: "y" },
    ]);
  });

  it("finds exact and pattern callbacks for an input, one instance per MATCH value", () => {
    const graph = new CallbackGraph([
      spec("out.children", [{ id: "in", property: "value" }]),
      spec('{"t":"o","i":["MATCH"]}.children', [{ id: { t: "r", i: MATCH }, property: "value" }], {
        outputs: [{ id: { t: "o", i: MATCH }, property: "children" }],
      }),
      spec("total.children", [{ id: { t: "r", i: ALL }, property: "value" }]),
    ]);
    const empty = indexOf(div("root", []));
    expect(graph.triggeredBy("in", "value", empty).map((i) => i.cb.index)).toEqual([0]);
    expect(graph.triggeredBy("in", "other", empty)).toEqual([]);
    const fromRow = graph.triggeredBy({ t: "r", i: 4 }, "value", empty);
    expect(fromRow.map((i) => [i.cb.index, i.match])).toEqual([
      [1, { i: 4 }],
      [2, null],
    ]);

    const layout = div("root", [div({ t: "r", i: 1 }), div({ t: "o", i: 1 }), div({ t: "r", i: 2 }), div({ t: "o", i: 2 }), div("total")]);
    const paths = indexOf(layout);
    const instances = graph.instancesOf(graph.callbacks[1], paths);
    expect(instances.map((i) => i.match)).toEqual([{ i: 1 }, { i: 2 }]);
    const resolved = resolveInstance(instances[1], paths)!;
    expect(resolved.outputAddresses).toEqual(['{"i":2,"t":"o"}.children']);
    expect(resolved.inputAddresses).toEqual(['{"i":2,"t":"r"}.value']);
    expect(resolveInstance(graph.instancesOf(graph.callbacks[0], paths)[0], paths)).toBeNull();
  });

  it("a member of an ALLSMALLER input triggers the instances with greater MATCH values", () => {
    const graph = new CallbackGraph([
      spec('{"t":"note","i":["MATCH"]}.children', [
        { id: { t: "done", i: ALLSMALLER }, property: "value" },
        { id: { t: "done", i: MATCH }, property: "value" },
      ], { outputs: [{ id: { t: "note", i: MATCH }, property: "children" }] }),
    ]);
    const rows = [0, 1, 2, 3].flatMap((i) => [div({ t: "done", i }), div({ t: "note", i })]);
    const paths = indexOf(div("root", rows));
    const fromSecond = graph.triggeredBy({ t: "done", i: 1 }, "value", paths);
    expect(fromSecond.map((i) => i.match).sort((a, b) => Number(a?.i) - Number(b?.i))).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
  });
});
