import { describe, expect, it } from "vitest";
import { CallbackGraph, makeInstance } from "../src/callbacks/graph";
import type { JobEvent } from "../src/callbacks/jobs";
import { cancelsOnNavigation, leftPage, onPageOnly } from "../src/callbacks/navigation";
import type { DispatchResult } from "../src/callbacks/network";
import { Scheduler, type AppliedChange } from "../src/callbacks/scheduler";
import { parseId } from "../src/ids";
import { DashStore } from "../src/store";
import type { CallbackSpec, LayoutNode, PropUpdates } from "../src/types";

const div = (id: string, value?: unknown): LayoutNode => ({ type: "Div", namespace: "h", props: { id, value } });
const pageA = [div("btn"), div("stop"), div("out", "none")];
const pageB = [div("b", "page B")];

function jobSpec(cancelOnNavigation?: boolean): CallbackSpec {
  return {
    output: "out.value",
    outputs: [{ id: "out", property: "value" }],
    inputs: [{ id: "btn", property: "value" }],
    state: [],
    prevent_initial_call: true,
    running: [{ id: "btn", property: "disabled", on: true, off: false }],
    background: { progress: [], cancel: [], ...(cancelOnNavigation === undefined ? {} : { cancel_on_navigation: cancelOnNavigation }) },
  } as CallbackSpec;
}

/**
 * A real store and scheduler; the "server" starts job `t1` (at once, or when `ticket`
 * resolves), whose events the test sends.
 */
function setup(spec: CallbackSpec, ticket?: Promise<DispatchResult>) {
  const store = new DashStore({ requests_pathname_prefix: "/" });
  store.setLayout({ type: "Div", namespace: "h", props: { id: "page", children: pageA } });
  const cancelled: string[] = [];
  const errors: string[] = [];
  let send: (events: JobEvent[]) => void = () => undefined;
  let end: () => void = () => undefined;
  const apply = (updates: PropUpdates): AppliedChange => {
    const change: AppliedChange = { props: [], added: [], removed: [] };
    for (const [sid, props] of Object.entries(updates)) {
      const path = store.getState().paths.strs[sid];
      if (!path) throw new Error(`update of ${sid}, which is not on the page`);
      const result = store.updateProps(path, props, "callback");
      change.props.push(...result.changed.map((property) => ({ id: parseId(sid), property })));
    }
    return change;
  };
  const scheduler = new Scheduler({
    store,
    graph: new CallbackGraph([spec]),
    apply,
    runServer: () => ticket ?? Promise.resolve({ kind: "job", token: "t1", pace: { interval: 1000 }, events: [] }),
    runClientside: async () => ({ kind: "prevented" }),
    followJob: (_token, _after, _pace, onEvents, signal) =>
      new Promise((resolve) => {
        send = onEvents;
        end = () => resolve(null);
        signal.addEventListener("abort", () => resolve(null));
      }),
    cancelJob: (token) => cancelled.push(token),
    reportError: (error) => errors.push(error.message),
    reportMissingRunning: () => undefined,
  });
  const navigate = (children: LayoutNode[]) => {
    const change = store.updateProps(store.getState().paths.strs.page, { children }, "callback");
    const ids = (located: { node: LayoutNode }[]) => located.map((entry) => entry.node.props.id as string);
    scheduler.changed({ props: [{ id: "page", property: "children" }], added: ids(change.added), removed: ids(change.removed) });
  };
  const press = (id: string) => {
    store.updateProps(store.getState().paths.strs[id], { value: 1 }, "internal");
    scheduler.changed({ props: [{ id, property: "value" }], added: [], removed: [] });
  };
  const click = () => press("btn");
  const prop = (id: string, name: string) => {
    const path = store.getState().paths.strs[id];
    return path ? (store.getIn(path) as LayoutNode).props[name] : undefined;
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  return {
    store, cancelled, errors, navigate, click, press, prop, tick, send: (e: JobEvent[]) => send(e), end: () => end(),
  };
}

describe("navigation helpers", () => {
  it("cancels on navigation unless the spec opts out", () => {
    expect(cancelsOnNavigation(jobSpec())).toBe(true);
    expect(cancelsOnNavigation(jobSpec(false))).toBe(false);
  });
  it("knows when an instance's outputs left the page, and keeps only updates of components on it", () => {
    const store = new DashStore({ requests_pathname_prefix: "/" });
    store.setLayout({ type: "Div", namespace: "h", props: { id: "page", children: pageB } });
    const instance = makeInstance(new CallbackGraph([jobSpec()]).callbacks[0], null);
    expect(leftPage(instance, store.getState().paths)).toBe(true);
    expect(onPageOnly({ out: { value: 1 }, b: { value: 2 } }, store.getState().paths)).toEqual({ b: { value: 2 } });
    store.setLayout({ type: "Div", namespace: "h", props: { id: "page", children: pageA } });
    expect(leftPage(instance, store.getState().paths)).toBe(false);
  });
});

describe("background jobs across navigation", () => {
  it("cancels a job whose outputs left the page and stops showing it loading", async () => {
    const app = setup(jobSpec());
    app.click();
    await app.tick();
    expect(app.prop("btn", "disabled")).toBe(true);
    expect(app.store.getState().isLoading).toBe(true);
    app.navigate(pageB);
    await app.tick();
    expect(app.cancelled).toEqual(["t1"]);
    expect(app.store.getState().isLoading).toBe(false);
    expect(app.errors).toEqual([]);
    expect(app.prop("b", "value")).toBe("page B");
  });

  it("keeps an opted-out job, drops its updates while away and applies them once back", async () => {
    const app = setup(jobSpec(false));
    app.click();
    await app.tick();
    app.navigate(pageB);
    await app.tick();
    expect(app.cancelled).toEqual([]);
    app.send([{ seq: 1, type: "set_props", props: { out: { value: "side" }, b: { value: "touched" } } }]);
    expect(app.prop("b", "value")).toBe("touched");
    app.navigate(pageA);
    app.send([{ seq: 2, type: "result", response: { out: { value: "done" } } }]);
    app.end();
    await app.tick();
    expect(app.prop("out", "value")).toBe("done");
    expect(app.prop("btn", "disabled")).toBe(false);
    expect(app.errors).toEqual([]);
  });

  it("drops an opted-out job's result silently while its outputs are away", async () => {
    const app = setup(jobSpec(false));
    app.click();
    await app.tick();
    app.navigate(pageB);
    app.send([{ seq: 1, type: "result", response: { out: { value: "done" } } }]);
    app.end();
    await app.tick();
    expect(app.errors).toEqual([]);
    expect(app.store.getState().isLoading).toBe(false);
    expect(app.prop("b", "value")).toBe("page B");
  });
});

describe("cancelling before the ticket comes", () => {
  it("cancels the job on arrival, applies none of it and restores running", async () => {
    let deliver: (result: DispatchResult) => void = () => undefined;
    const ticket = new Promise<DispatchResult>((resolve) => (deliver = resolve));
    const spec = { ...jobSpec(), background: { progress: [], cancel: [{ id: "stop", property: "value" }] } } as CallbackSpec;
    const app = setup(spec, ticket);
    app.click();
    await app.tick();
    expect(app.prop("btn", "disabled")).toBe(true);
    app.press("stop");
    await app.tick();
    expect(app.cancelled).toEqual([]); // no token to name yet
    deliver({ kind: "job", token: "t1", pace: { interval: 1000 }, events: [{ seq: 1, type: "set_props", props: { out: { value: "early" } } }] });
    await app.tick();
    expect(app.cancelled).toEqual(["t1"]);
    expect(app.prop("out", "value")).toBe("none");
    expect(app.prop("btn", "disabled")).toBe(false);
    expect(app.errors).toEqual([]);
  });
});
