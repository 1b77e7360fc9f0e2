import { describe, expect, it } from "vitest";
import {
  activeAfterDelete,
  arrowTarget,
  cellText,
  deleteRow,
  editedValue,
  isEditable,
  selectionAfterDelete,
  setCell,
  typedValue,
} from "../src/edit";

describe("editing", () => {
  it("lets a column's editable override the table's", () => {
    expect(isEditable(true, {})).toBe(true);
    expect(isEditable(true, { editable: false })).toBe(false);
    expect(isEditable(false, { editable: true })).toBe(true);
    expect(isEditable(false, {})).toBe(false);
  });

  it("keeps numeric columns numeric when the text is a number", () => {
    expect(typedValue("12.5", "numeric")).toBe(12.5);
    expect(typedValue(" -3 ", "numeric")).toBe(-3);
    expect(typedValue("1e3", "numeric")).toBe(1000);
    expect(typedValue("abc", "numeric")).toBe("abc");
    expect(typedValue("", "numeric")).toBe("");
    expect(typedValue("12", "text")).toBe("12");
    expect(typedValue("12", undefined)).toBe("12");
  });

  it("shows values as text", () => {
    expect([cellText(null), cellText(undefined), cellText(3), cellText(true), cellText({ a: 1 })]).toEqual(["", "", "3", "true", '{"a":1}']);
  });

  it("stores an edit only when it changes the cell", () => {
    expect(editedValue("4", 3, "numeric")).toEqual({ value: 4 });
    expect(editedValue("3.0", 3, "numeric")).toBeNull();
    expect(editedValue("3", 3, "text")).toBeNull();
    expect(editedValue("3", "3", "numeric")).toBeNull(); // untouched text changes nothing
    expect(editedValue("", null, "text")).toBeNull();
    expect(editedValue("x", null, "text")).toEqual({ value: "x" });
  });

  it("replaces one cell without touching the previous data", () => {
    const data = [{ a: 1 }, { a: 2 }];
    const next = setCell(data, 1, "a", 5);
    expect(next).toEqual([{ a: 1 }, { a: 5 }]);
    expect(data).toEqual([{ a: 1 }, { a: 2 }]);
    expect(next[0]).toBe(data[0]);
  });

  it("moves with the arrow keys inside the grid", () => {
    expect(arrowTarget("ArrowDown", 0, 0, 3, 2)).toEqual([1, 0]);
    expect(arrowTarget("ArrowUp", 0, 1, 3, 2)).toEqual([0, 1]);
    expect(arrowTarget("ArrowRight", 2, 1, 3, 2)).toEqual([2, 1]);
    expect(arrowTarget("ArrowLeft", 2, 1, 3, 2)).toEqual([2, 0]);
    expect(arrowTarget("Enter", 0, 0, 3, 2)).toBeUndefined();
  });
});

describe("row deletion", () => {
  it("removes the row and shifts the selection", () => {
    expect(deleteRow([{ a: 1 }, { a: 2 }, { a: 3 }], 1)).toEqual([{ a: 1 }, { a: 3 }]);
    expect(selectionAfterDelete([0, 1, 2], 1)).toEqual([0, 1]);
    expect(selectionAfterDelete([3, 0], 1)).toEqual([2, 0]);
  });

  it("drops the active cell with its row and moves it up when below", () => {
    const cell = { row: 2, column: 1, column_id: "a" };
    expect(activeAfterDelete(cell, 2)).toBeNull();
    expect(activeAfterDelete(cell, 0)).toEqual({ ...cell, row: 1 });
    expect(activeAfterDelete(cell, 3)).toBe(cell);
    expect(activeAfterDelete(null, 0)).toBeNull();
  });
});
