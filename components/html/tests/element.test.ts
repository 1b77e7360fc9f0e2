import { describe, expect, it } from "vitest";
import { clickUpdate, domProps, tagFor } from "../src/element";
import { elementNames } from "../elements.mjs";

describe("tagFor", () => {
  it("lowercases type names and maps the Python-reserved ones", () => {
    expect(tagFor("Div")).toBe("div");
    expect(tagFor("H1")).toBe("h1");
    expect(tagFor("MapEl")).toBe("map");
    expect(tagFor("ObjectEl")).toBe("object");
  });
});

describe("domProps", () => {
  it("passes DOM attributes and wildcard attributes, drops Dash-only props", () => {
    const out = domProps({
      id: "a",
      className: "c",
      style: { color: "red" },
      "data-row": "1",
      "aria-label": "x",
      setProps: () => undefined,
      loading_state: { is_loading: true },
      n_clicks: 3,
      n_clicks_timestamp: 5,
      disable_n_clicks: false,
      children: "text",
      title: undefined,
    });
    expect(out).toEqual({ id: "a", className: "c", style: { color: "red" }, "data-row": "1", "aria-label": "x" });
  });
});

describe("URL sanitizing", () => {
  it("blocks javascript: URLs in URL props only", () => {
    expect(domProps({ href: " JavaScript:alert(1)", title: "javascript:ok" })).toEqual({
      href: "about:blank",
      title: "javascript:ok",
    });
    expect(domProps({ src: "https://example.com/x.png" })).toEqual({ src: "https://example.com/x.png" });
  });
});

describe("clickUpdate", () => {
  it("counts from zero when n_clicks is unset", () => {
    expect(clickUpdate(undefined, 42)).toEqual({ n_clicks: 1, n_clicks_timestamp: 42 });
    expect(clickUpdate(4, 43)).toEqual({ n_clicks: 5, n_clicks_timestamp: 43 });
  });
});

describe("element names", () => {
  it("covers all 125 dash.html types", () => {
    const names = elementNames();
    expect(names).toHaveLength(125);
    expect(names).toContain("MapEl");
    expect(names).toContain("Div");
  });
});
