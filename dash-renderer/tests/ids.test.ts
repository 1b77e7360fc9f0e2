import { describe, expect, it } from "vitest";
import { parseId, parsePropAddress, propAddress, stringifyId } from "../src/ids";

describe("stringifyId", () => {
  it("leaves strings alone", () => {
    expect(stringifyId("my-id")).toBe("my-id");
  });
  it("sorts dict keys and uses compact JSON, like the server", () => {
    expect(stringifyId({ type: "row", index: 1 })).toBe('{"index":1,"type":"row"}');
    expect(stringifyId({ b: true, a: "x.y" })).toBe('{"a":"x.y","b":true}');
  });
  it("writes wildcards as JSON lists", () => {
    expect(stringifyId({ index: ["ALL"], type: "row" })).toBe('{"index":["ALL"],"type":"row"}');
  });
});

describe("property addresses", () => {
  it("split at the last dot so dict ids with dots survive", () => {
    const address = propAddress({ a: "x.y" }, "value");
    expect(address).toBe('{"a":"x.y"}.value');
    expect(parsePropAddress(address)).toEqual({ sid: '{"a":"x.y"}', property: "value" });
    expect(parseId(parsePropAddress(address).sid)).toEqual({ a: "x.y" });
    expect(parseId("plain")).toBe("plain");
  });
});
