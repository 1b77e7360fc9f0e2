import { describe, expect, it } from "vitest";
import {
  buildFilterQuery,
  columnClause,
  columnTexts,
  Expression,
  FilterColumn,
  filterIndices,
  parseFilter,
  queryStructure,
} from "../src/filter";

const rows = [
  { id: 1, city: "Montreal", temp: 12, day: "2024-01-15", note: "" },
  { id: 2, city: "Boston", temp: 25, day: "2024-02-01T10:00:00", note: null },
  { id: 3, city: "montreal nord", temp: "7", day: "2023-12-31", note: "snow" },
  { id: 4, city: "Paris", temp: 18.5, day: "2024-01-02", note: "rain" },
];

function expr(query: string): Expression | null {
  const parsed = parseFilter(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error}`);
  return parsed.expr;
}

function matching(query: string): number[] {
  return filterIndices(rows, expr(query)).map((index) => rows[index].id);
}

describe("parseFilter", () => {
  it("accepts an empty query as no filter", () => {
    expect(parseFilter("")).toEqual({ ok: true, expr: null });
    expect(parseFilter("   ")).toEqual({ ok: true, expr: null });
    expect(filterIndices(rows, null)).toEqual([0, 1, 2, 3]);
  });

  it("reads fields, numbers, bare words and quoted strings", () => {
    expect(expr("{temp} > 5.5")).toMatchObject({ op: "gt", left: { type: "field", id: "temp" }, right: { value: 5.5 } });
    expect(expr("{city} eq Boston")).toMatchObject({ op: "eq", right: { value: "Boston" } });
    expect(expr('{city} = "New York"')).toMatchObject({ right: { value: "New York" } });
    expect(expr("{city} = `a\\`b`")).toMatchObject({ right: { value: "a`b" } });
    expect(expr("{a\\}b} = 1")).toMatchObject({ left: { id: "a}b" } });
    expect(expr('{temp} = "5"')).toMatchObject({ right: { value: "5" } });
  });

  it("rejects what is not a query", () => {
    for (const query of ["{city}", "{city} =", "= 5", "{city} = 1 2", "{a} > 1 &", "({a} > 1", "{a} is fuzzy", "{a", "{a} = 'x", "{a} = 'x''y'"]) {
      expect(parseFilter(query).ok, query).toBe(false);
    }
  });

  it("binds ! tighter than && tighter than ||, and honours parentheses", () => {
    expect(matching("{temp} > 20 || {temp} < 10 && {city} contains mont")).toEqual([2, 3]);
    expect(matching("({temp} > 20 || {temp} < 10) && {city} contains mont")).toEqual([3]);
    expect(matching("!{city} = Boston and !({temp} < 10)")).toEqual([1, 4]);
  });
});

describe("operators", () => {
  it("compares numbers numerically, numeric text included", () => {
    expect(matching("{temp} = 7")).toEqual([3]);
    expect(matching("{temp} eq 12")).toEqual([1]);
    expect(matching("{temp} != 12")).toEqual([2, 3, 4]);
    expect(matching("{temp} ne 12")).toEqual([2, 3, 4]);
    expect(matching("{temp} < 12")).toEqual([3]);
    expect(matching("{temp} lt 12")).toEqual([3]);
    expect(matching("{temp} <= 12")).toEqual([1, 3]);
    expect(matching("{temp} le 12")).toEqual([1, 3]);
    expect(matching("{temp} > 12")).toEqual([2, 4]);
    expect(matching("{temp} gt 12")).toEqual([2, 4]);
    expect(matching("{temp} >= 18.5")).toEqual([2, 4]);
    expect(matching("{temp} ge 18.5")).toEqual([2, 4]);
  });

  it("compares text as text, case-sensitively unless i-prefixed", () => {
    expect(matching("{city} = montreal")).toEqual([]);
    expect(matching("{city} ieq montreal")).toEqual([1]);
    expect(matching("{city} contains ont")).toEqual([1, 3]);
    expect(matching("{city} contains Mont")).toEqual([1]);
    expect(matching("{city} icontains MONT")).toEqual([1, 3]);
    expect(matching("{city} scontains mont")).toEqual([3]);
    expect(matching("{city} > N")).toEqual([3, 4]);
    expect(matching("{temp} contains 8")).toEqual([4]);
  });

  it("matches date prefixes, reading an ISO T as a space", () => {
    expect(matching("{day} datestartswith 2024-01")).toEqual([1, 4]);
    expect(matching("{day} datestartswith 2024")).toEqual([1, 2, 4]);
    expect(matching('{day} datestartswith "2024-02-01 10"')).toEqual([2]);
  });

  it("never matches a missing value except with !=", () => {
    expect(matching("{note} contains o")).toEqual([3]);
    expect(matching("{note} = snow")).toEqual([3]);
    expect(matching("{note} != snow")).toEqual([1, 2, 4]);
    expect(matching("{missing} < 3")).toEqual([]);
  });

  it("answers the is-tests", () => {
    expect(matching("{note} is blank")).toEqual([1, 2]);
    expect(matching("{note} is nil")).toEqual([2]);
    expect(matching("{temp} is num")).toEqual([1, 2, 4]);
    expect(matching("{temp} is str")).toEqual([3]);
    expect(matching("{id} is even")).toEqual([2, 4]);
    expect(matching("{id} is odd")).toEqual([1, 3]);
    expect(matching("{id} is prime")).toEqual([2, 3]);
    expect(matching("{id} is bool || {id} is object")).toEqual([]);
  });

  it("compares two columns", () => {
    expect(filterIndices([{ a: 1, b: 2 }, { a: 3, b: 2 }], expr("{a} > {b}"))).toEqual([1]);
  });
});

describe("queryStructure", () => {
  it("gives upstream's tree: symbol subTypes, typed values", () => {
    expect(queryStructure(expr("{temp} gt 5 && {city} contains 'a b'")!)).toEqual({
      type: "logical-operator",
      subType: "&&",
      value: "&&",
      left: {
        type: "relational-operator",
        subType: ">",
        value: "gt",
        left: { type: "expression", subType: "field", value: "temp" },
        right: { type: "expression", subType: "value", value: 5 },
      },
      right: {
        type: "relational-operator",
        subType: "contains",
        value: "contains",
        left: { type: "expression", subType: "field", value: "city" },
        right: { type: "expression", subType: "value", value: "a b" },
      },
    });
    expect(queryStructure(expr("{n} is blank")!)).toMatchObject({ type: "unary-operator", subType: "is blank" });
  });
});

describe("the native filter row", () => {
  const text: FilterColumn = { id: "city", type: "text", caseMode: "sensitive" };
  const numeric: FilterColumn = { id: "temp", type: "numeric", caseMode: "sensitive" };
  const date: FilterColumn = { id: "day", type: "datetime", caseMode: "sensitive" };
  const any: FilterColumn = { id: "note", caseMode: "insensitive" };

  it("gives a bare value the column type's operator, with the case prefix Dash writes", () => {
    expect(columnClause(text, " Mont ")).toBe("{city} scontains Mont");
    expect(columnClause(text, "New York")).toBe('{city} scontains "New York"');
    expect(columnClause(text, 'say "hi"')).toBe('{city} scontains "say \\"hi\\""');
    expect(columnClause(numeric, "12")).toBe("{temp} = 12");
    expect(columnClause(date, "2024-01")).toBe("{day} datestartswith 2024-01");
    expect(columnClause(text, "")).toBe("");
    expect(columnClause({ id: "a}b", caseMode: "sensitive" }, "x")).toBe("{a\\}b} scontains x");
  });

  it("keeps a typed operator", () => {
    expect(columnClause(numeric, "> 5")).toBe("{temp} > 5");
    expect(columnClause(numeric, "ne 5")).toBe("{temp} ne 5");
    expect(columnClause(text, "is blank")).toBe("{city} is blank");
    // A text column's typed operator gets its case prefix, as Dash writes it.
    expect(columnClause(text, "= Paris")).toBe("{city} s= Paris");
    expect(columnClause(text, "contains P")).toBe("{city} scontains P");
    expect(parseFilter(columnClause(numeric, "> ")).ok).toBe(false);
  });

  it("makes text operators case-insensitive for insensitive columns", () => {
    expect(columnClause(any, "rain")).toBe("{note} icontains rain");
    expect(columnClause(any, "= Rain")).toBe("{note} i= Rain");
    expect(columnClause(any, "eq Rain")).toBe("{note} ieq Rain");
    expect(columnClause(any, "scontains R")).toBe("{note} scontains R");
    expect(columnClause({ ...numeric, caseMode: "insensitive" }, "5")).toBe("{temp} = 5");
  });

  it("joins the boxes in column order with the table's operator", () => {
    const texts = { temp: "> 10", city: "o" };
    expect(buildFilterQuery([text, numeric], texts, "and")).toBe("{city} scontains o && {temp} > 10");
    expect(buildFilterQuery([text, numeric], texts, "or")).toBe("{city} scontains o || {temp} > 10");
    expect(buildFilterQuery([text, numeric], {}, "and")).toBe("");
  });

  it("splits a query back into the boxes", () => {
    const columns = [text, numeric, date, any];
    const texts = { city: "New York", temp: "> 10", day: "2024", note: "is blank" };
    const query = buildFilterQuery(columns, texts, "and");
    expect(columnTexts(query, columns, "and")).toEqual({ city: '"New York"', temp: "> 10", day: "2024", note: "is blank" });
    expect(columnTexts("{temp} eq 3 and {note} icontains x and {city} lt b", columns, "and")).toEqual({
      temp: "3",
      note: "x",
      city: "lt b",
    });
    expect(columnTexts("{note} ieq x", columns, "and")).toEqual({ note: "eq x" });
  });

  it("leaves the boxes empty for a query they cannot show", () => {
    const columns = [text, numeric];
    for (const query of ["{city} = a || {temp} = 1", "{city} = a && {city} = b", "{other} = 1", "!{city} = a", "{city} = {temp}", "{city"]) {
      expect(columnTexts(query, columns, "and"), query).toEqual({});
    }
  });
});
