import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CallbackGraph } from "../src/callbacks/graph";
import { validateToLayout } from "../src/devtools/layoutValidation";
import { emptyIndex, indexSubtree } from "../src/layout/paths";
import type { CallbackSpec, DependencySpec, LayoutNode } from "../src/types";

const g = globalThis as unknown as { window?: unknown; test_lib?: Record<string, unknown> };

function Box(): null {
  return null;
}
Object.assign(Box, { dashPropTypes: { id: "string", children: "node", value: "string" } });

beforeEach(() => {
  g.window = globalThis;
  g.test_lib = { Box };
});
afterEach(() => {
  delete g.test_lib;
  delete g.window;
});

const box = (id: unknown, children: unknown = null): LayoutNode => ({ namespace: "test_lib", type: "Box", props: { id, children } });
const dep = (id: unknown, property: string): DependencySpec => ({ id: id as never, property });
const spec = (outputs: DependencySpec[], inputs: DependencySpec[], state: DependencySpec[] = []): CallbackSpec => ({
  output: outputs.map((o) => `${JSON.stringify(o.id)}.${o.property}`).join("..."),
  outputs,
  inputs,
  state,
});

function check(layout: LayoutNode, specs: CallbackSpec[], validateIds = true) {
  const located = indexSubtree(emptyIndex(), layout, [], {});
  return validateToLayout(new CallbackGraph(specs).callbacks, located, validateIds);
}

describe("validateToLayout", () => {
  const layout = box("main", [box("in"), box("out"), box({ k: 1 })]);

  it("reports each missing string id once, with every callback using it", () => {
    const found = check(layout, [spec([dep("out", "value"), dep("gone", "value")], [dep("in", "value")], [dep("what", "value")]), spec([dep("gone", "children")], [dep("in", "value")])]);
    expect(found.map((p) => p.title)).toEqual(["ID not found in layout", "ID not found in layout"]);
    expect(found[0].html).toContain('Attempting to connect a callback State item to component:\n  "what"');
    expect(found[1].html).toContain('callback Output item to component:\n  "gone"');
    expect(found[1].html).toMatch(/Output\(s\):\n {2}out\.value, gone\.value, gone\.children$/);
  });

  it("does not look up ids with suppress_callback_exceptions, nor dict ids", () => {
    expect(check(layout, [spec([dep("gone", "value")], [dep({ k: 2 }, "value")])], false)).toEqual([]);
    expect(check(layout, [spec([dep("out", "value")], [dep({ k: 2 }, "value")])])).toEqual([]);
  });

  it("reports props the component lacks, through wildcards too, but not relative state wildcards", () => {
    const found = check(layout, [
      spec([dep({ k: ["MATCH"] }, "no")], [dep({ k: ["MATCH"] }, "value")], [dep({ k: ["MATCH"] }, "boo"), dep({ k: ["ALL"] }, "nope")]),
      spec([dep("out", "data-x")], [dep("in", "pdq")]),
    ]);
    expect(found.map((p) => p.html!.split("\n")[0])).toEqual(['Property "no" was used with component ID:', 'Property "nope" was used with component ID:', 'Property "pdq" was used with component ID:']);
    expect(found[0].html).toContain('  {"k":1}\nin one of the Output items of a callback.\nThis ID is assigned to a test_lib.Box component');
  });
});
