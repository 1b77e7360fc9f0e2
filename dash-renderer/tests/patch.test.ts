import { describe, expect, it } from "vitest";
import { applyPatch, isPatch, PatchBuilder, type PatchValue } from "../src/callbacks/patch";

const patch = (operations: PatchValue["operations"]): PatchValue => ({ __dash_patch_update: "__dash_patch_update", operations });

describe("applyPatch", () => {
  it("applies list operations in order without mutating the input", () => {
    const value = [1, 2, 3];
    const result = applyPatch(
      value,
      patch([
        { operation: "Append", location: [], params: { value: 4 } },
        { operation: "Prepend", location: [], params: { value: 0 } },
        { operation: "Insert", location: [], params: { index: 2, value: 9 } },
        { operation: "Extend", location: [], params: { value: [7, 8] } },
        { operation: "Remove", location: [], params: { value: 3 } },
        { operation: "Delete", location: [-1], params: {} },
      ]),
    );
    expect(result).toEqual([0, 1, 9, 2, 4, 7]);
    expect(value).toEqual([1, 2, 3]);
  });

  it("applies dict and arithmetic operations at nested locations", () => {
    const value = { layout: { title: "t", n: 10 }, data: [{ x: [1] }] };
    const result = applyPatch(
      value,
      patch([
        { operation: "Assign", location: ["layout", "title"], params: { value: "new" } },
        { operation: "Merge", location: ["layout"], params: { value: { color: "red" } } },
        { operation: "Add", location: ["layout", "n"], params: { value: 5 } },
        { operation: "Mul", location: ["layout", "n"], params: { value: 2 } },
        { operation: "Sub", location: ["layout", "n"], params: { value: 1 } },
        { operation: "Div", location: ["layout", "n"], params: { value: 29 } },
        { operation: "Append", location: ["data", 0, "x"], params: { value: 2 } },
        { operation: "Assign", location: ["created", "deep"], params: { value: 1 } },
        { operation: "Delete", location: ["layout", "color"], params: {} },
      ]),
    );
    expect(result).toEqual({ layout: { title: "new", n: 1 }, data: [{ x: [1, 2] }], created: { deep: 1 } });
  });

  it("clears and reverses", () => {
    expect(applyPatch({ a: [1, 2], b: { c: 1 } }, patch([
      { operation: "Reverse", location: ["a"], params: {} },
      { operation: "Clear", location: ["b"], params: {} },
    ]))).toEqual({ a: [2, 1], b: {} });
  });

  it("rejects unknown operations", () => {
    expect(() => applyPatch([], patch([{ operation: "Explode", location: [], params: {} }]))).toThrow(/Explode/);
  });
});

describe("PatchBuilder", () => {
  it("builds the wire form the server also uses", () => {
    const built = new PatchBuilder().append([], 1).assign(["a"], 2).add(["n"], 3).build();
    expect(isPatch(built)).toBe(true);
    expect(built.operations.map((op) => op.operation)).toEqual(["Append", "Assign", "Add"]);
    expect(applyPatch({ n: 1 }, new PatchBuilder().add(["n"], 3).build())).toEqual({ n: 4 });
  });
});
