import { describe, expect, it } from "vitest";
import { hookView, Requests } from "../src/callbacks/network";
import type { CallbackPayload } from "../src/callbacks/payload";

const config = { requests_pathname_prefix: "/app/" };

interface Sent {
  url: string;
  auth?: string;
  body?: string;
}

/** A fetch that answers from a list, recording each request's URL and bearer header. */
function cannedFetch(answers: Response[], sent: Sent[]): typeof fetch {
  return async (url, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ url: String(url), auth: headers.Authorization, body: init?.body as string | undefined });
    return answers.shift()!;
  };
}

const payload: CallbackPayload = {
  callback_id: "abc",
  output: "out.children",
  outputs: { id: "out", property: "children" },
  inputs: [{ id: "in", property: "value", value: "x" }],
  state: [],
  changedPropIds: ["in.value"],
};

describe("hookView", () => {
  it("drops callback_id and empty state, adds parsedChangedPropsIds", () => {
    expect(hookView(payload)).toEqual({
      output: "out.children",
      outputs: { id: "out", property: "children" },
      inputs: [{ id: "in", property: "value", value: "x" }],
      changedPropIds: ["in.value"],
      parsedChangedPropsIds: ["in.value"],
    });
  });

  it("keeps state when present and parses dict ids without their property", () => {
    const view = hookView({
      ...payload,
      state: [{ id: "s", property: "value", value: 1 }],
      changedPropIds: ['{"i":1,"t":"a.b"}.value'],
    });
    expect(view.state).toEqual([{ id: "s", property: "value", value: 1 }]);
    expect(view.parsedChangedPropsIds).toEqual([{ i: 1, t: "a.b" }]);
  });
});

describe("Requests", () => {
  it("refreshes an expired JWT once, retries, and sends the token afterwards", async () => {
    const sent: Sent[] = [];
    const olds: (string | null)[] = [];
    const requests = new Requests(
      config,
      { request_refresh_jwt: (old) => (olds.push(old), `${old ?? ""}t`) },
      cannedFetch(
        [
          new Response("<p>JWT Expired None</p>", { status: 401 }),
          new Response(JSON.stringify({ response: { out: { children: 1 } } }), { status: 200 }),
          new Response(JSON.stringify({ response: { out: { children: 2 } } }), { status: 200 }),
        ],
        sent,
      ),
    );
    expect(await requests.dispatch(payload)).toMatchObject({ kind: "update", response: { out: { children: 1 } } });
    expect(await requests.dispatch(payload)).toMatchObject({ kind: "update", response: { out: { children: 2 } } });
    expect(olds).toEqual([null]);
    expect(sent.map((s) => s.auth)).toEqual([undefined, "Bearer t", "Bearer t"]);
    expect(sent[0].url).toBe("/app/_dash-update-component");
    expect(JSON.parse(sent[0].body!)).toEqual(payload);
  });

  it("treats a 400 saying JWT Expired the same way, but not other 400s", async () => {
    const sent: Sent[] = [];
    const requests = new Requests(
      config,
      { request_refresh_jwt: () => "new" },
      cannedFetch(
        [
          new Response("JWT Expired", { status: 400 }),
          new Response(null, { status: 204 }),
          new Response(JSON.stringify({ error: { message: "bad input" } }), { status: 400 }),
        ],
        sent,
      ),
    );
    expect(await requests.dispatch(payload)).toEqual({ kind: "prevented" });
    expect(await requests.dispatch(payload)).toMatchObject({ kind: "error", error: { message: "bad input", status: 400 } });
    expect(sent).toHaveLength(3);
  });

  it("without request_refresh_jwt an expired JWT is an error", async () => {
    const requests = new Requests(config, {}, cannedFetch([new Response("JWT Expired", { status: 401 })], []));
    expect(await requests.dispatch(payload)).toMatchObject({ kind: "error", error: { status: 401 } });
  });

  it("runs layout_pre before the layout request and lets layout_post edit the layout", async () => {
    const order: string[] = [];
    const requests = new Requests(
      config,
      {
        layout_pre: () => void order.push("pre"),
        layout_post: (layout) => {
          order.push("post");
          (layout as { props: { children: string } }).props.children = "edited";
        },
      },
      async (url) => {
        order.push(String(url));
        return new Response(JSON.stringify({ type: "Div", namespace: "dash_html_components", props: {} }));
      },
    );
    expect(await requests.getLayout()).toEqual({ type: "Div", namespace: "dash_html_components", props: { children: "edited" } });
    expect(order).toEqual(["pre", "/app/_dash-layout", "post"]);
  });

  it("request_pre and request_post see the same upstream-shaped payload", async () => {
    const seen: unknown[] = [];
    const requests = new Requests(
      config,
      { request_pre: (p) => seen.push(p), request_post: (p, r) => seen.push(p, r) },
      cannedFetch([new Response(JSON.stringify({ response: { out: { children: "y" } } }))], []),
    );
    await requests.dispatch(payload);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toEqual(hookView(payload));
    expect(seen[2]).toEqual({ out: { children: "y" } });
  });
});
