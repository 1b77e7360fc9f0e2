import { describe, expect, it } from "vitest";
import { flagAt, headerRowCount, nameAt, persistenceTransforms, renameColumn, toggleHidden, withoutColumnData } from "../src/columns";

describe("header action flags", () => {
  it("reads booleans, first/last and per-row lists", () => {
    expect(flagAt(true, 1, 2)).toBe(true);
    expect(flagAt(undefined, 0, 1)).toBe(false);
    expect(flagAt("first", 0, 2)).toBe(true);
    expect(flagAt("first", 1, 2)).toBe(false);
    expect(flagAt("last", 1, 2)).toBe(true);
    expect(flagAt([false, true], 0, 2)).toBe(false);
    expect(flagAt([false, true], 1, 2)).toBe(true);
  });
});

describe("column names", () => {
  const columns = [
    { id: "a", name: "A" },
    { id: "b", name: ["top", "B"] },
  ];
  it("counts header rows and names each row", () => {
    expect(headerRowCount(columns)).toBe(2);
    expect(nameAt(columns[0], 1)).toBe("A");
    expect(nameAt(columns[1], 0)).toBe("top");
  });
  it("renames one row of one column without touching the others", () => {
    const renamed = renameColumn(columns, 1, 1, "new");
    expect(renamed.map((column) => column.name)).toEqual(["A", ["top", "new"]]);
    expect(renamed[0]).toBe(columns[0]);
    expect(columns[1].name).toEqual(["top", "B"]);
  });
});

describe("column data and visibility", () => {
  it("drops one column's values from every row", () => {
    expect(withoutColumnData([{ a: 1, b: 2 }, { b: 3 }], "a")).toEqual([{ b: 2 }, { b: 3 }]);
  });
  it("toggles a column in hidden_columns", () => {
    expect(toggleHidden(["a"], "b")).toEqual(["a", "b"]);
    expect(toggleHidden(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("columns.name persistence transform", () => {
  const { extract, apply } = persistenceTransforms.columns.name;
  it("extracts the names and applies stored names to new columns, keeping their other keys", () => {
    expect(extract([{ id: "a", name: "A", deletable: true }, { id: "b", name: "B" }])).toEqual(["A", "B"]);
    expect(apply(["X", "Y"], [{ id: "a", name: "A", deletable: true }, { id: "b", name: "B" }])).toEqual([
      { id: "a", name: "X", deletable: true },
      { id: "b", name: "Y" },
    ]);
  });
});
