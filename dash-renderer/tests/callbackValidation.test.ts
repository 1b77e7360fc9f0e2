import { describe, expect, it } from "vitest";
import { CallbackGraph } from "../src/callbacks/graph";
import { validateCallbacks } from "../src/devtools/callbackValidation";
import { cycleError, findCycle } from "../src/devtools/dependencyCycle";
import { describeId } from "../src/devtools/describe";
import type { CallbackSpec, DependencySpec } from "../src/types";

const ALL = ["ALL"];
const MATCH = ["MATCH"];
const ALLSMALLER = ["ALLSMALLER"];

const dep = (id: unknown, property: string, extra: Partial<DependencySpec> = {}): DependencySpec => ({ id: id as never, property, ...extra });

function spec(outputs: DependencySpec[], inputs: DependencySpec[], state: DependencySpec[] = [], extra: Partial<CallbackSpec> = {}): CallbackSpec {
  return { output: outputs.map((o) => `${JSON.stringify(o.id)}.${o.property}`).join("..."), outputs, inputs, state, ...extra };
}

const problems = (...specs: CallbackSpec[]) => validateCallbacks(new CallbackGraph(specs).callbacks);
const titles = (...specs: CallbackSpec[]) => problems(...specs).map((p) => p.title);

describe("describeId", () => {
  it("writes dict ids with sorted keys and bare wildcards", () => {
    expect(describeId({ c: ALLSMALLER, "": 1, a: [4] })).toBe('{"":1,"a":[4],"c":ALLSMALLER}');
    expect(describeId("plain")).toBe("plain");
  });
});

describe("validateCallbacks", () => {
  it("accepts ordinary callbacks, input/output overlap and MATCH inputs without MATCH outputs", () => {
    expect(problems(spec([dep("a", "children")], [dep("a", "children")]))).toEqual([]);
    expect(problems(spec([dep("out", "children")], [dep({ type: "btn", idx: MATCH }, "n_clicks")]))).toEqual([]);
    expect(problems(spec([dep({ type: "w", idx: ALL }, "children")], [dep({ type: "btn", idx: MATCH }, "n_clicks")]))).toEqual([]);
    expect(problems(spec([], [], [], { prevent_initial_call: false }))).toEqual([]);
  });

  it("needs inputs when the initial call is prevented, naming the callback by its outputs", () => {
    const [error] = problems(spec([], [], [], { prevent_initial_call: true }));
    expect(error.title).toBe("A callback is missing Inputs");
    expect(error.html).toMatch(/^In the callback for output\(s\):\n {2}\nthere are no `Input` elements\./);
  });

  it("reports blank ids and properties per item", () => {
    const found = problems(spec([dep("a", "children"), dep("", "")], [dep("", "")]));
    expect(found.map((p) => p.title).sort()).toEqual(["Callback item missing ID", "Callback item missing ID", "Callback property error", "Callback property error"]);
    expect(found.map((p) => p.html!.split("\n")[3])).toEqual(['Output[1].id = ""', 'Output[1].property = ""', 'Input[0].id = ""', 'Input[0].property = ""']);
  });

  it("reports disallowed dict id keys and values", () => {
    const lines = problems(spec([dep({ "": 1, a: [4], c: ALLSMALLER }, "children")], [dep({ b: { c: 1 } }, "children")])).map((p) => p.html!.split("\n")[2]);
    expect(lines).toEqual(['Output[0].id has key ""', 'Output[0].id["a"] = [4]', 'Output[0].id["c"] = ALLSMALLER', 'Input[0].id["b"] = {"c":1}']);
  });

  it("reports an output listed twice in one callback, exactly or through a wildcard", () => {
    expect(titles(spec([dep("a", "children"), dep("a", "children")], [dep("b", "children")]))).toEqual(["Duplicate callback Outputs"]);
    const [overlap] = problems(spec([dep({ a: 1 }, "children"), dep({ a: ALL }, "children")], [dep("b", "children")]));
    expect(overlap.html).toContain('Output 1 ({"a":ALL}.children)\noverlaps another output ({"a":1}.children)\nused in this callback.');
  });

  it("reports outputs another callback writes unless either allows duplicates", () => {
    const first = spec([dep("a", "children")], [dep("c", "children")]);
    expect(titles(first, spec([dep("a", "children")], [dep("b", "children")]))).toEqual(["Duplicate callback outputs"]);
    expect(titles(first, spec([dep("a", "children", { allow_duplicate: true })], [dep("b", "children")]))).toEqual([]);
    const wild = problems(spec([dep({ b: ALL, c: 1 }, "children")], [dep("x", "y")]), spec([dep({ b: 1, c: ALL }, "children")], [dep("x", "y")]));
    expect(wild.map((p) => p.title)).toEqual(["Overlapping wildcard callback outputs"]);
    expect(wild[0].html).toContain("used in a different callback.");
  });

  it("reports MATCH keys that differ across outputs and input/state wildcards the outputs lack", () => {
    expect(titles(spec([dep({ b: MATCH }, "children"), dep({ b: ALL, c: 1 }, "children")], [dep({ b: MATCH, c: 2 }, "children")]))).toEqual([
      "Mismatched `MATCH` wildcards across `Output`s",
    ]);
    const found = problems(
      spec([dep({ a: MATCH }, "children")], [dep({ b: MATCH }, "children"), dep({ c: ALLSMALLER }, "children")], [dep({ d: MATCH, dd: MATCH }, "children"), dep({ e: ALL }, "children")]),
    );
    expect(found.map((p) => p.html!.split("\n").slice(2, 4).join(" | "))).toEqual([
      'Input 0 ({"b":MATCH}.children) | has MATCH or ALLSMALLER on key(s) b',
      'Input 1 ({"c":ALLSMALLER}.children) | has MATCH or ALLSMALLER on key(s) c',
      'State 0 ({"d":MATCH,"dd":MATCH}.children) | has MATCH or ALLSMALLER on key(s) d, dd',
    ]);
    expect(titles(spec([dep("o", "children")], [dep({ c: ALLSMALLER }, "children")]))).toEqual(["`Input` / `State` wildcards not in `Output`s"]);
  });
});

describe("findCycle", () => {
  const graph = (...specs: CallbackSpec[]) => new CallbackGraph(specs).callbacks;
  it("finds chains that feed back into themselves", () => {
    const cycle = findCycle(graph(spec([dep("b", "c")], [dep("a", "c")]), spec([dep("c", "c")], [dep("b", "c")]), spec([dep("a", "c")], [dep("c", "c")])));
    expect(cycleError(cycle!).html).toMatch(/^Error: Dependency Cycle Found: /);
    expect(cycle!.slice(0, -1).sort()).toEqual(["a.c", "b.c", "c.c"]);
    expect(cycle![0]).toBe(cycle![cycle!.length - 1]);
  });
  it("allows a callback to take its own outputs as inputs", () => {
    expect(findCycle(graph(spec([dep("a", "c"), dep("b", "c")], [dep("a", "c"), dep("b", "c"), dep("x", "c")])))).toBeNull();
  });
  it("names a self-fed output as its own node in a longer cycle", () => {
    const cycle = findCycle(graph(spec([dep("a", "c"), dep("b", "c")], [dep("a", "c"), dep("b", "c"), dep("c", "c")]), spec([dep("c", "c")], [dep("a", "c")])));
    expect(cycle!.join(" -> ")).toMatch(/a\.c__output -> c\.c -> a\.c__output|c\.c -> a\.c__output -> c\.c/);
  });
});
