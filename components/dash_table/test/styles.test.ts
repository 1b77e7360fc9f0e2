import { describe, expect, it } from "vitest";
import { camelCaseStyle, cascade, styleRules, StyleTarget } from "../src/styles";

const cell = (overrides: Partial<StyleTarget> = {}): StyleTarget => ({
  columnId: "temp",
  columnType: "numeric",
  columnEditable: false,
  rowIndex: 0,
  row: { temp: 30, city: "Paris" },
  ...overrides,
});

describe("style props", () => {
  it("accepts CSS names in camelCase or kebab-case and drops `if`", () => {
    expect(camelCaseStyle({ "background-color": "red", fontWeight: "bold", "--x-y": 1, if: {} })).toEqual({
      backgroundColor: "red",
      fontWeight: "bold",
      "--x-y": 1,
    });
  });

  it("applies the plain style, then matching entries, later ones winning", () => {
    const rules = [
      ...styleRules({ color: "black", padding: 4 }, [{ if: { column_id: "temp" }, color: "blue" }]),
      ...styleRules({ color: "gray" }, [
        { if: { column_id: ["city", "temp"] }, fontWeight: "bold" },
        { if: { column_id: "city" }, color: "green" },
        { if: { column_id: "temp" }, color: "red" },
      ]),
    ];
    expect(cascade(rules, cell())).toEqual({ color: "red", padding: 4, fontWeight: "bold" });
    expect(cascade(rules, cell({ columnId: "city" }))).toEqual({ color: "green", padding: 4, fontWeight: "bold" });
    expect(cascade(rules, cell({ columnId: "other" }))).toEqual({ color: "gray", padding: 4 });
    expect(cascade(styleRules(undefined, undefined), cell())).toEqual({});
  });

  it("matches row_index as a number, a list, odd or even", () => {
    const rules = styleRules(undefined, [
      { if: { row_index: "odd" }, color: "odd" },
      { if: { row_index: "even" }, color: "even" },
      { if: { row_index: [3, 4] }, fontWeight: "listed" },
      { if: { row_index: 5 }, fontWeight: "five" },
    ]);
    expect(cascade(rules, cell({ rowIndex: 0 }))).toEqual({ color: "even" });
    expect(cascade(rules, cell({ rowIndex: 3 }))).toEqual({ color: "odd", fontWeight: "listed" });
    expect(cascade(rules, cell({ rowIndex: 5 }))).toEqual({ color: "odd", fontWeight: "five" });
    expect(cascade(rules, cell({ rowIndex: undefined }))).toEqual({});
  });

  it("evaluates filter_query on the cell's row, ignoring a query that does not parse", () => {
    const rules = styleRules(undefined, [
      { if: { filter_query: "{temp} > 25", column_id: "temp" }, backgroundColor: "tomato" },
      { if: { filter_query: "{city} = Paris" }, fontStyle: "italic" },
      { if: { filter_query: "{temp} >" }, color: "never" },
    ]);
    expect(cascade(rules, cell())).toEqual({ backgroundColor: "tomato", fontStyle: "italic" });
    expect(cascade(rules, cell({ row: { temp: 20, city: "Paris" } }))).toEqual({ fontStyle: "italic" });
    expect(cascade(rules, cell({ columnId: "city" }))).toEqual({ fontStyle: "italic" });
    expect(cascade(rules, cell({ row: undefined }))).toEqual({});
  });

  it("matches column_type, column_editable, state and header_index", () => {
    const rules = styleRules(undefined, [
      { if: { column_type: "numeric" }, textAlign: "right" },
      { if: { column_editable: true }, cursor: "text" },
      { if: { state: "active" }, borderColor: "purple" },
      { if: { state: "selected" }, backgroundColor: "lavender" },
      { if: { header_index: 0 }, fontWeight: "bold" },
    ]);
    expect(cascade(rules, cell())).toEqual({ textAlign: "right" });
    expect(cascade(rules, cell({ columnType: "text", columnEditable: true, active: true, selected: true }))).toEqual({
      cursor: "text",
      borderColor: "purple",
      backgroundColor: "lavender",
    });
    expect(cascade(rules, cell({ rowIndex: undefined, row: undefined, headerIndex: 0 }))).toEqual({
      textAlign: "right",
      fontWeight: "bold",
    });
  });
});
