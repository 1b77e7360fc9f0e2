import { describe, expect, it } from "vitest";
import { isWithin, subtreeIsLoading } from "../src/dashApi";
import { parseInputValue, stepValue } from "../src/components/Input";
import { addDays, formatDate, monthGrid, parseIso, parseTyped, toIso } from "../src/utils/dates";
import { accepts, rejection } from "../src/utils/files";
import { dedent, markdownParser } from "../src/utils/markdown";
import { filterOptions, normalizeOptions } from "../src/utils/options";
import { eventData, traceUpdate } from "../src/utils/plotlyEvents";
import { autoMarks, defaultStep, resolveScale, snap } from "../src/utils/slider";
import { visibleWindow } from "../src/utils/virtualList";

describe("options", () => {
  it("accepts scalars, dicts of value->label and {label, value} lists", () => {
    expect(normalizeOptions(["a", 2]).map((o) => [o.label, o.value])).toEqual([["a", "a"], ["2", 2]]);
    expect(normalizeOptions({ nyc: "New York" }).map((o) => [o.label, o.value])).toEqual([["New York", "nyc"]]);
    const [option] = normalizeOptions([{ label: "One", value: 1, disabled: true, search: "uno" }]);
    expect(option).toMatchObject({ label: "One", value: 1, disabled: true, search: "uno" });
    expect(normalizeOptions(null)).toEqual([]);
  });
  it("filters case-insensitively on the search text", () => {
    const options = normalizeOptions(["Apple", "banana", "Cherry"]);
    expect(filterOptions(options, "AN").map((o) => o.value)).toEqual(["banana"]);
    expect(filterOptions(options, " ")).toHaveLength(3);
  });
});

describe("slider arithmetic", () => {
  it("derives bounds from marks and snaps to steps without float noise", () => {
    const scale = resolveScale(undefined, undefined, 0.1, { 0: "a", 1: "b" });
    expect(scale).toEqual({ min: 0, max: 1, step: 0.1 });
    expect(snap(0.33, scale, null)).toBe(0.3);
    expect(snap(7, scale, null)).toBe(1);
  });
  it("snaps to marks when step is null", () => {
    const marks = { 0: "a", 10: "b", 50: "c" };
    const scale = resolveScale(0, 50, null, marks);
    expect(snap(31, scale, marks)).toBe(50);
    expect(snap(4, scale, marks)).toBe(0);
  });
  it("picks a default step and marks", () => {
    expect(defaultStep(0, 1000)).toBe(1);
    expect(defaultStep(0, 1)).toBe(0.01);
    expect(defaultStep(0, 10)).toBe(1);
    // A mark per step while at most 50 fit, else per 2, 5, 10, 20, 50... steps; always one at max.
    expect(Object.keys(autoMarks({ min: 0, max: 10, step: 5 }))).toEqual(["0", "5", "10"]);
    expect(Object.keys(autoMarks({ min: 0, max: 100, step: 1 })).length).toBe(21);
    expect(Object.keys(autoMarks({ min: 0, max: 1000, step: 1 }))[1]).toBe("50");
    expect(Object.keys(autoMarks({ min: 3, max: 47, step: 1 })).length).toBe(45);
    expect(Object.keys(autoMarks({ min: 0, max: 20, step: 3 }))).toEqual(["0", "3", "6", "9", "12", "15", "18", "20"]);
  });
});

describe("dates", () => {
  it("parses ISO dates (time ignored) and rejects impossible ones", () => {
    expect(parseIso("2024-02-29T10:00:00")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIso("2023-02-29")).toBeNull();
    expect(parseIso(null)).toBeNull();
  });
  it("formats and parses display formats", () => {
    const date = { year: 2024, month: 3, day: 1 };
    expect(formatDate(date, "Do MMMM YYYY, dddd [week]")).toBe("1st March 2024, Friday week");
    expect(parseTyped("05/03/2024", "DD/MM/YYYY")).toEqual({ year: 2024, month: 3, day: 5 });
    expect(parseTyped("nonsense", "DD/MM/YYYY")).toBeNull();
    expect(toIso(addDays(date, -1))).toBe("2024-02-29");
  });
  it("lays a month out in weeks starting on the chosen weekday", () => {
    const weeks = monthGrid(2024, 3, 1); // March 2024 starts on a Friday
    expect(weeks[0].slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0][4]).toEqual({ year: 2024, month: 3, day: 1 });
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});

describe("markdown", () => {
  it("escapes raw HTML unless allowed, highlights code, sets link targets", () => {
    const safe = markdownParser({ allowHtml: false, linkTarget: "_blank" });
    const html = safe("text <script>x</script> [a](http://x) [b](javascript:alert(1))\n\n```python\ndef f(): pass\n```");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('<a href="http://x" target="_blank">a</a>');
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(markdownParser({ allowHtml: true })("<b>x</b>")).toContain("<b>x</b>");
  });
  it("dedents", () => {
    expect(dedent("    a\n      b\n")).toBe("a\n  b\n");
  });
});

describe("plotly events", () => {
  it("keeps plain point fields and drops plotly internals", () => {
    const data = eventData({ points: [{ x: 1, y: 2, curveNumber: 0, data: { huge: true }, _private: 1, fullData: {} }] });
    expect(data).toEqual({ points: [{ x: 1, y: 2, curveNumber: 0 }] });
  });
  it("normalises extendData forms", () => {
    expect(traceUpdate([{ y: [[1]] }, [2], 5])).toEqual({ update: { y: [[1]] }, indices: [2], maxPoints: 5 });
    expect(traceUpdate({ y: [[1], [2]] })?.indices).toEqual([0, 1]);
    expect(traceUpdate(null)).toBeNull();
  });
});

describe("misc", () => {
  it("windows long lists", () => {
    expect(visibleWindow(10000, 34, 200, 34 * 5000)).toEqual({ start: 4990, end: 5016 });
    expect(visibleWindow(3, 34, 200, 0)).toEqual({ start: 0, end: 3 });
  });
  it("matches loading keys of a component and its descendants only", () => {
    expect(isWithin('["a","props","children",1]', ["a", "props", "children"])).toBe(true);
    expect(isWithin('["a","props","children2"]', ["a", "props", "children"])).toBe(false);
    const loading = { '["x",0]': [{ id: "out", property: "children" }] };
    expect(subtreeIsLoading(loading, ["x"])).toBe(true);
    expect(subtreeIsLoading(loading, ["x"], (entry) => entry.property === "style")).toBe(false);
  });
  it("checks upload rules", () => {
    expect(accepts({ name: "a.CSV", type: "" }, ".csv,image/*")).toBe(true);
    expect(accepts({ name: "a.png", type: "image/png" }, ".csv,image/*")).toBe(true);
    expect(accepts({ name: "a.txt", type: "text/plain" }, ".csv")).toBe(false);
    expect(rejection({ name: "a", type: "", size: 11 }, { max_size: 10 })).toContain("too large");
    expect(rejection({ name: "a", type: "", size: 11 }, { max_size: -1 })).toBeNull();
  });
  it("parses input values", () => {
    expect(parseInputValue("number", { value: "4.5" })).toBe(4.5);
    expect(parseInputValue("number", { value: "" })).toBeNull();
    expect(parseInputValue("number", { value: "", validity: { badInput: true } })).toBeUndefined();
    expect(parseInputValue("number", { value: "420", validity: { rangeOverflow: true } })).toBeNull();
    expect(parseInputValue("text", { value: "007" })).toBe("007");
  });
});

describe("number input steppers", () => {
  it("steps by the input's step and stays within min and max", () => {
    expect(stepValue("3", 1, 2, 0, 4)).toBe(4);
    expect(stepValue("4", -1, 2, 0, 4)).toBe(2);
    expect(stepValue("0.1", 1, 0.2, undefined, undefined)).toBe(0.3);
  });
  it("starts from zero when empty and steps by one when the step is 'any'", () => {
    expect(stepValue("", 1, "any", undefined, undefined)).toBe(1);
    expect(stepValue("", -1, undefined, 0, undefined)).toBe(0);
  });
});
