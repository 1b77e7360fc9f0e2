import { describe, expect, it } from "vitest";
import { CallbackGraph, specOutputs } from "../src/callbacks/graph";
import type { DispatchResult } from "../src/callbacks/network";
import type { CallbackPayload, DepWithValue } from "../src/callbacks/payload";
import { Scheduler, type AppliedChange } from "../src/callbacks/scheduler";
import { parseId, stringifyId } from "../src/ids";
import { DashStore } from "../src/store";
import type { CallbackSpec, LayoutNode, PropUpdates } from "../src/types";

const div = (id: string, value?: unknown): LayoutNode => ({ type: "Div", namespace: "h", props: { id, value } });

type Fn = (...args: unknown[]) => unknown;

/** `hold` delays a callback's answer until the promise it returns for these input values settles. */
/** `registers`: callbacks the "server" registers while this one runs (`_allow_dynamic_callbacks`). */
type TestCallback = {
  out: string[];
  in: string[];
  fn: Fn;
  initial?: boolean;
  hold?: (...args: unknown[]) => Promise<unknown>;
  registers?: TestCallback[];
};

function specOf(cb: TestCallback): CallbackSpec {
  const output = cb.out.length > 1 ? `..${cb.out.map((o) => `${o}.value`).join("...")}..` : `${cb.out[0]}.value`;
  return {
    callback_id: output,
    output,
    outputs: specOutputs({ output, inputs: [], state: [] }),
    inputs: cb.in.map((id) => ({ id, property: "value" })),
    state: [],
    prevent_initial_call: cb.initial === false,
  };
}

/** A scheduler over a real store and graph; "server" functions run in-process. */
function setup(ids: string[], callbacks: TestCallback[]) {
  const store = new DashStore({ requests_pathname_prefix: "/" });
  store.setLayout({ type: "Div", namespace: "h", props: { id: "root", children: ids.map((id) => div(id)) } });
  const specs: CallbackSpec[] = callbacks.map(specOf);
  const graph = new CallbackGraph(specs);
  const log: string[] = [];
  const apply = (updates: PropUpdates): AppliedChange => {
    const change: AppliedChange = { props: [], added: [], removed: [] };
    for (const [sid, props] of Object.entries(updates)) {
      const result = store.updateProps(store.getState().paths.strs[sid], props, "callback");
      change.props.push(...result.changed.map((property) => ({ id: parseId(sid), property })));
    }
    return change;
  };
  let resolveIdle: () => void = () => undefined;
  const idle = () =>
    new Promise<void>((resolve) => {
      resolveIdle = resolve;
      setTimeout(() => !store.getState().isLoading && resolve(), 0);
    });
  store.subscribe(() => {
    if (!store.getState().isLoading) setTimeout(() => !store.getState().isLoading && resolveIdle(), 0);
  });
  const scheduler = new Scheduler({
    store,
    graph,
    apply,
    runServer: async (payload: CallbackPayload): Promise<DispatchResult> => {
      const index = specs.findIndex((s) => s.output === payload.output);
      log.push(specs[index].output.replace(/\.value/g, ""));
      const args = (payload.inputs as DepWithValue[]).map((dep) => dep.value);
      await (callbacks[index].hold?.(...args) ?? new Promise((r) => setTimeout(r, 1)));
      const result = callbacks[index].fn(...args);
      if (result === undefined) return { kind: "prevented" };
      const outs = callbacks[index].out;
      const values = outs.length > 1 ? (result as unknown[]) : [result];
      const response: PropUpdates = {};
      outs.forEach((id, i) => (response[stringifyId(id)] = { value: values[i] }));
      const registered = callbacks[index].registers ?? [];
      callbacks.push(...registered);
      specs.push(...registered.map(specOf));
      return { kind: "update", response, sideUpdate: {}, ...(registered.length ? { callbacks: registered.map(specOf) } : {}) };
    },
    runClientside: async () => ({ kind: "prevented" }),
    followJob: async () => null,
    cancelJob: () => undefined,
    reportError: (error) => log.push(`error ${error.message}`),
    reportMissingRunning: (dep) => log.push(`missing running ${JSON.stringify(dep.id)}`),
  });
  const value = (id: string) => (store.getIn(store.getState().paths.strs[id]) as LayoutNode).props.value;
  const setInput = (id: string, v: unknown) => {
    const change = store.updateProps(store.getState().paths.strs[id], { value: v }, "internal");
    scheduler.changed({ props: change.changed.map((property) => ({ id, property })), added: [], removed: [] });
  };
  return { store, scheduler, log, idle, value, setInput };
}

describe("Scheduler", () => {
  it("settles a diamond in one pass, each callback once, in dependency order", async () => {
    const { scheduler, log, idle, value, setInput } = setup(
      ["x", "a", "b", "c", "d"],
      [
        { out: ["d"], in: ["b", "c"], fn: (b, c) => `${b}+${c}` },
        { out: ["b"], in: ["a"], fn: (a) => `b(${a})` },
        { out: ["c"], in: ["a"], fn: (a) => `c(${a})` },
        { out: ["a"], in: ["x"], fn: (x) => `a${x ?? 0}` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect(value("d")).toBe("b(a0)+c(a0)");
    expect(log.filter((l) => l === "d")).toHaveLength(1);
    expect(log.indexOf("a")).toBeLessThan(log.indexOf("b"));
    expect(log.indexOf("c")).toBeLessThan(log.indexOf("d"));
    expect(log).toHaveLength(4);

    log.length = 0;
    setInput("x", 1);
    await idle();
    expect(value("d")).toBe("b(a1)+c(a1)");
    expect([...log].sort()).toEqual(["a", "b", "c", "d"]);
    expect(log[3]).toBe("d");
  });

  it("skips downstream callbacks when the upstream prevents its update", async () => {
    const { scheduler, log, idle, value, setInput } = setup(
      ["x", "a", "b"],
      [
        { out: ["a"], in: ["x"], fn: (x) => (x === 2 ? undefined : `a${x}`), initial: false },
        { out: ["b"], in: ["a"], fn: (a) => `b(${a})`, initial: false },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect(log).toEqual([]);
    setInput("x", 1);
    await idle();
    expect(value("b")).toBe("b(a1)");
    log.length = 0;
    setInput("x", 2);
    await idle();
    expect(log).toEqual(["a"]);
    expect(value("b")).toBe("b(a1)");
  });

  it("fires dependents even when an output is rewritten with the same value", async () => {
    const { scheduler, log, idle, setInput } = setup(
      ["x", "a", "b"],
      [
        { out: ["a"], in: ["x"], fn: () => "same" },
        { out: ["b"], in: ["a"], fn: (a) => `b(${a})` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    log.length = 0;
    setInput("x", 1);
    await idle();
    expect(log).toEqual(["a", "b"]);
    log.length = 0;
    setInput("x", 1);
    await idle();
    expect(log).toEqual([]);
  });

  it("runs multi-output callbacks once and feeds each output's dependents", async () => {
    const { scheduler, log, idle, value } = setup(
      ["x", "a", "b", "c"],
      [
        { out: ["a", "b"], in: ["x"], fn: () => ["A", "B"] },
        { out: ["c"], in: ["a", "b"], fn: (a, b) => `${a}${b}` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect(value("c")).toBe("AB");
    expect(log).toEqual(["..a...b..", "c"]);
  });

  it("reports isLoading while anything is queued or running", async () => {
    const { store, scheduler, idle, setInput } = setup(["x", "a"], [{ out: ["a"], in: ["x"], fn: (x) => x, initial: false }]);
    scheduler.initialCalls();
    expect(store.getState().isLoading).toBe(false);
    setInput("x", 5);
    expect(store.getState().isLoading).toBe(true);
    expect(store.getState().pendingCallbacks).toHaveLength(1);
    await idle();
    expect(store.getState().isLoading).toBe(false);
    expect(store.getState().loading).toEqual({});
  });
});

describe("Scheduler initial calls (upstream rules)", () => {
  it("skips callbacks whose inputs are all absent, and those fed only by them", async () => {
    const { scheduler, log, idle, value } = setup(
      ["title", "out1", "out2", "out3"],
      [
        { out: ["out1"], in: ["a", "b"], fn: (a, b) => `${a}${b}` },
        { out: ["out2"], in: ["out1"], fn: (o) => `${o}-2` },
        { out: ["out3"], in: ["out1", "title"], fn: (o, t) => `${o}-3-${t}` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect(log).toEqual(["out3"]);
    expect(value("out3")).toBe("undefined-3-undefined");
  });

  it("drops an initial call whose inputs all come from callbacks that prevented their update", async () => {
    const { scheduler, log, idle, setInput } = setup(
      ["btn", "s1", "s2", "label", "both"],
      [
        { out: ["s1", "s2"], in: ["btn"], fn: (n) => (n ? [n, n] : undefined) },
        { out: ["label"], in: ["s1"], fn: (v) => `label ${v}` },
        // One input no callback of the batch writes: still called.
        { out: ["both"], in: ["s2", "btn"], fn: (v) => `both ${v}` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect([...log].sort()).toEqual(["..s1...s2..", "both"]);
    log.length = 0;
    setInput("btn", 1);
    await idle();
    expect([...log].sort()).toEqual(["..s1...s2..", "both", "label"]);
  });

  it("does not treat prevent_initial_call as a prevented update: dependents still get their initial call", async () => {
    const { scheduler, log, idle, value } = setup(
      ["btn", "a", "b"],
      [
        { out: ["a"], in: ["btn"], fn: () => "A!", initial: false },
        { out: ["b"], in: ["a"], fn: (a) => `b(${a})` },
      ],
    );
    scheduler.initialCalls();
    await idle();
    expect(log).toEqual(["b"]);
    expect(value("b")).toBe("b(undefined)");
  });

  it("calls a callback without inputs once at start", async () => {
    const { scheduler, log, idle, value } = setup(["out"], [{ out: ["out"], in: [], fn: () => "started" }]);
    scheduler.initialCalls();
    await idle();
    expect(log).toEqual(["out"]);
    expect(value("out")).toBe("started");
  });

  it("reports a ReferenceError when only some inputs are absent, and skips what it feeds", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    try {
      const { scheduler, log, idle } = setup(
        ["title", "out1", "out2"],
        [
          { out: ["out1"], in: ["a", "title"], fn: (a, t) => `${a}${t}` },
          { out: ["out2"], in: ["out1"], fn: (o) => `${o}-2` },
        ],
      );
      scheduler.initialCalls();
      await idle();
      expect(log).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(ReferenceError);
      expect((errors[0] as Error).message).toBe(
        "A nonexistent object was used in an `Input` of a Dash callback. The id of this object is `a` and the " +
          "property is `value`. The string ids in the current layout are: [root, title, out1, out2]",
      );
    } finally {
      console.error = original;
    }
  });
});

describe("Scheduler re-triggers", () => {
  it("calls again at once when triggered while running, ignoring the older answer that comes last", async () => {
    let releaseFirst: () => void = () => undefined;
    const calls: unknown[] = [];
    const { scheduler, idle, value, setInput } = setup(
      ["x", "out"],
      [
        {
          out: ["out"],
          in: ["x"],
          fn: (x) => x,
          initial: false,
          hold: (x) => {
            calls.push(x);
            return x === 1 ? new Promise<void>((resolve) => (releaseFirst = resolve)) : Promise.resolve();
          },
        },
      ],
    );
    scheduler.initialCalls();
    setInput("x", 1);
    await new Promise((r) => setTimeout(r, 5));
    setInput("x", 2);
    await new Promise((r) => setTimeout(r, 5));
    setInput("x", 3);
    await new Promise((r) => setTimeout(r, 5));
    expect(value("out")).toBe(3);
    releaseFirst();
    await idle();
    expect(calls).toEqual([1, 2, 3]);
    expect(value("out")).toBe(3);
  });
});

describe("Scheduler and callbacks registered while the app runs", () => {
  it("adds the callbacks an answer carries to the graph, without an initial call", async () => {
    const { scheduler, log, idle, value, setInput, store } = setup(
      ["create", "made", "later", "out"],
      [
        {
          out: ["made"],
          in: ["create"],
          fn: (n) => `creator ${n}`,
          initial: false,
          registers: [{ out: ["out"], in: ["later"], fn: (n) => `dynamic ${n}` }],
        },
      ],
    );
    scheduler.initialCalls();
    setInput("later", 1);
    await idle();
    expect(log).toEqual([]);
    setInput("create", 1);
    await idle();
    expect(log).toEqual(["made"]);
    expect(store.getState().graphs.callbacks).toHaveLength(2);
    setInput("later", 2);
    await idle();
    expect(value("out")).toBe("dynamic 2");
    expect(log).toEqual(["made", "out"]);
  });
});
