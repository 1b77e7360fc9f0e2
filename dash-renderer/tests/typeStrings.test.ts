import { describe, expect, it } from "vitest";
import { checkTypeString, parsesTypeString } from "../src/devtools/typeStrings";
import dccMetadata from "../../dash/dcc/metadata.json";
import tableMetadata from "../../dash/dash_table/metadata.json";
import htmlMetadata from "../../dash/html/metadata.json";

const check = (type: string, value: unknown, required = false, prop = "p") => checkTypeString(type, value, required, prop);

describe("primitive type strings", () => {
  it("accept their own kind of value", () => {
    expect(check("string", "x")).toBeNull();
    expect(check("number", 0)).toBeNull();
    expect(check("number", 1.5)).toBeNull();
    expect(check("bool", false)).toBeNull();
    expect(check("object", { a: 1 })).toBeNull();
    expect(check("array", [1, "a"])).toBeNull();
    expect(check("any", { anything: [1] })).toBeNull();
  });
  it("reject other kinds with a short reason", () => {
    expect(check("number", "1")).toBe("expected `number`");
    expect(check("string", 1)).toBe("expected `string`");
    expect(check("bool", "true")).toBe("expected `bool`");
    expect(check("object", [1])).toBe("expected `object`");
    expect(check("array", { 0: 1 })).toBe("expected `array`");
  });
  it("let null and undefined pass unless required", () => {
    for (const type of ["string", "number", "shape{a: string}", "enum['a']", "node"]) {
      expect(check(type, null)).toBeNull();
      expect(check(type, undefined)).toBeNull();
      expect(check(type, null, true, "id")).toMatch(/required/);
      expect(check(type, undefined, true, "id")).toMatch(/`id`/);
    }
  });
});

describe("node", () => {
  const layout = { type: "Div", namespace: "dash_html_components", props: { children: "x" } };
  it("accepts strings, numbers, null, components and arrays of them", () => {
    for (const value of ["text", 3, null, layout, [layout, "a", 1, null, [layout]], []]) {
      expect(check("node", value)).toBeNull();
    }
  });
  it("rejects plain objects, also inside arrays", () => {
    expect(check("node", { a: 1 })).toBe("expected `node`");
    expect(check("node", ["a", { a: 1 }])).toBe("expected `node`");
  });
});

describe("enum and literal", () => {
  it("compare values exactly, strings keeping their spelling", () => {
    const type = "enum['local', 'session', 'memory']";
    expect(check(type, "session")).toBeNull();
    expect(check(type, "Session")).toBe('expected one of "local", "session", "memory"');
    expect(check("enum[None, 0, 1, 2]", 2)).toBeNull();
    expect(check("enum[None, 0, 1, 2]", "2")).toMatch(/expected one of None, 0, 1, 2/);
    expect(check("enum[true, false, 'auto']", false)).toBeNull();
    expect(check("enum[true, false, 'auto']", "false")).not.toBeNull();
    expect(check("enum['columns.name', 'data']", "columns.name")).toBeNull();
  });
  it("literal() is a one-value enum", () => {
    expect(check("union[number | literal('auto')]", "auto")).toBeNull();
    expect(check("union[number | literal('auto')]", 3)).toBeNull();
    expect(check("union[number | literal('auto')]", "car")).toBe('expected `number` or "auto"');
  });
  it("reads escaped quotes and separators inside strings", () => {
    expect(check("enum['a|b', 'it\\'s', \"x,y\"]", "it's")).toBeNull();
    expect(check("enum['a|b', 'it\\'s', \"x,y\"]", "a|b")).toBeNull();
    expect(check("enum['a|b', 'it\\'s', \"x,y\"]", "x,y")).toBeNull();
  });
});

describe("union", () => {
  it("passes when one member does", () => {
    const type = "union[string | number | arrayOf<string>]";
    expect(check(type, "a")).toBeNull();
    expect(check(type, 2)).toBeNull();
    expect(check(type, ["a", "b"])).toBeNull();
  });
  it("names the members when none does", () => {
    expect(check("union[string | number]", { a: 1 })).toBe("expected `string` or `number`");
  });
  it("reports the deep mismatch of the only member that fit the outer form", () => {
    expect(check("union[string | arrayOf<string>]", ["a", 2], false, "value")).toBe("expected `string` at `value[1]`");
  });
});

describe("containers", () => {
  it("arrayOf checks each item with a path", () => {
    expect(check("arrayOf<number>", [1, 2])).toBeNull();
    expect(check("arrayOf<number>", [1, "2"], false, "value")).toBe("expected `number` at `value[1]`");
    expect(check("arrayOf<number>", 1)).toBe("expected an array of `number`");
  });
  it("objectOf checks each value, and rejects arrays", () => {
    expect(check("objectOf<string>", { a: "x" })).toBeNull();
    expect(check("objectOf<string>", { a: "x", "b c": 1 }, false, "m")).toBe('expected `string` at `m["b c"]`');
    expect(check("objectOf<string>", ["x"])).toBe("expected an object of `string`");
  });
  it("shape allows unknown keys; exact does not", () => {
    expect(check("shape{a?: number}", { a: 1, b: 2 })).toBeNull();
    expect(check("exact{a?: number}", { a: 1 })).toBeNull();
    expect(check("exact{a?: number}", { a: 1, b: 2 })).toBe('unexpected key "b" (allowed: a)');
    expect(check("shape{a?: number}", "x")).toBe("expected `object`");
  });
  it("shape keys without ? are required", () => {
    expect(check("shape{x0: number, y0?: number}", { y0: 1 }, false, "box")).toBe("required (expected `number`) at `box.x0`");
    expect(check("shape{}", {})).toBeNull();
  });
  it("nested paths name the prop, indexes and keys", () => {
    const options = "arrayOf<exact{label: string, value: union[number | string | bool]}>";
    expect(check(options, [{ label: "a", value: 1 }, { label: "b", value: true }])).toBeNull();
    expect(check(options, [{ label: "a", value: 1 }, { label: "b", value: 1 }, { label: 3, value: 1 }], false, "options")).toBe(
      "expected `string` at `options[2].label`",
    );
    // Items may be null, as prop-types allows.
    expect(check(options, [null])).toBeNull();
  });
});

describe("anything unknown accepts everything", () => {
  it("unknown names and forms", () => {
    expect(check("instanceOf(Date)", 5)).toBeNull();
    expect(check("custom<thing>", "x")).toBeNull();
    expect(check("elementType", 5)).toBeNull();
    expect(check("union[number | mystery]", "x")).toBeNull();
    expect(check("arrayOf<any>", [1, "a"])).toBeNull();
  });
  it("strings that do not parse", () => {
    for (const bad of ["", "union[string", "shape{a: }", "enum['a'", "arrayOf<number> junk"]) {
      expect(parsesTypeString(bad)).toBe(false);
      expect(check(bad, Symbol("x"))).toBeNull();
    }
  });
});

describe("the components' metadata", () => {
  type Metadata = { components: { prop_types: Record<string, string> }[] };
  const typeStrings = new Set<string>();
  for (const metadata of [htmlMetadata, dccMetadata, tableMetadata] as Metadata[]) {
    for (const component of metadata.components) for (const type of Object.values(component.prop_types)) typeStrings.add(type);
  }

  it("has type strings that all parse", () => {
    expect(typeStrings.size).toBeGreaterThan(50);
    expect([...typeStrings].filter((type) => !parsesTypeString(type))).toEqual([]);
  });

  it("accepts typical DataTable and dcc values", () => {
    const table = (tableMetadata as Metadata).components[0].prop_types;
    expect(check(table.columns, [{ id: "a", name: "A" }, { id: "b", name: ["B", "b"], type: "numeric", format: { specifier: ".2f" } }])).toBeNull();
    expect(check(table.data, [{ a: 1, b: "x", c: true, d: null }])).toBeNull();
    expect(check(table.style_data_conditional, [{ if: { row_index: "odd" }, backgroundColor: "#eee" }])).toBeNull();
    expect(check(table.style_data_conditional, [{ if: { column_id: ["a", "b"], filter_query: "{a} > 1" }, color: "red" }])).toBeNull();
    expect(check(table.tooltip_data, [{ a: "tip", b: { value: "**x**", type: "markdown" } }])).toBeNull();
    expect(check(table.sort_by, [{ column_id: "a", direction: "up" }], false, "sort_by")).toBe(
      'expected one of "asc", "desc" at `sort_by[0].direction`',
    );
    expect(check(table.columns, [{ id: "a", name: "A", colour: 1 }], false, "columns")).toMatch(/unexpected key "colour".* at `columns\[0\]`/);
  });
});
