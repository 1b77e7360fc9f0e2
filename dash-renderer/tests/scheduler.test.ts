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

/** A scheduler over a real store and graph; "server" functions run in-process. */
function setup(ids: string[], callbacks: { out: string[]; in: string[]; fn: Fn; initial?: boolean }[]) {
  const store = new DashStore({ requests_pathname_prefix: "/" });
  store.setLayout({ type: "Div", namespace: "h", props: { id: "root", children: ids.map((id) => div(id)) } });
  const specs: CallbackSpec[] = callbacks.map((cb) => {
    const output = cb.out.length > 1 ? `..${cb.out.map((o) => `${o}.value`).join("...")}..` : `${cb.out[0]}.value`;
    return {
      output,
      outputs: specOutputs({ output, inputs: [], state: [] }),
      inputs: cb.in.map((id) => ({ id, property: "value" })),
      state: [],
      prevent_initial_call: cb.initial === false,
    };
  });
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
      await new Promise((r) => setTimeout(r, 1));
      const result = callbacks[index].fn(...(payload.inputs as DepWithValue[]).map((dep) => dep.value));
      if (result === undefined) return { kind: "prevented" };
      const outs = callbacks[index].out;
      const values = outs.length > 1 ? (result as unknown[]) : [result];
      const response: PropUpdates = {};
      outs.forEach((id, i) => (response[stringifyId(id)] = { value: values[i] }));
      return { kind: "update", response, sideUpdate: {} };
    },
    runClientside: async () => ({ kind: "prevented" }),
    followJob: async () => null,
    cancelJob: () => undefined,
    reportError: (error) => log.push(`error ${error.message}`),
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
