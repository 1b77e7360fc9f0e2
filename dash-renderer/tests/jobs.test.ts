import { describe, expect, it } from "vitest";
import { followJob, MAX_POLL_FAILURES, type JobEvent } from "../src/callbacks/jobs";

const config = { requests_pathname_prefix: "/app/" };

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** Follows job "t" from seq 0 through canned answers, noting every pause. */
function followAnswers(answers: Response[], sleeps: number[] = []): Promise<JobEvent | null> {
  return followJob(config, "t", {
    after: 0,
    pace: { interval: 1000 },
    onEvents: () => undefined,
    signal: new AbortController().signal,
    fetchImpl: async () => answers.shift()!,
    sleep: async (ms) => void sleeps.push(ms),
  });
}

describe("followJob", () => {
  it("polls back to back with the last seq and applies events in order", async () => {
    const urls: string[] = [];
    const answers = [
      reply(200, { events: [{ seq: 1, type: "progress", value: ["1"] }], state: "running" }),
      reply(200, { events: [], state: "running" }),
      reply(200, {
        events: [
          { seq: 2, type: "set_props", props: { a: { x: 1 } } },
          { seq: 3, type: "result", response: { b: { children: "done" } } },
        ],
        state: "done",
      }),
    ];
    const seen: JobEvent[] = [];
    const last = await followJob(config, "tok/en", {
      after: 0,
      pace: { interval: 1000 },
      onEvents: (events) => seen.push(...events),
      signal: new AbortController().signal,
      fetchImpl: async (url) => {
        urls.push(String(url));
        return answers.shift()!;
      },
      sleep: async () => undefined,
    });
    expect(last).toMatchObject({ seq: 3, type: "result" });
    expect(seen.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(urls).toEqual([
      "/app/_dash-jobs/tok%2Fen?after=0&wait=10000",
      "/app/_dash-jobs/tok%2Fen?after=1&wait=10000",
      "/app/_dash-jobs/tok%2Fen?after=1&wait=10000",
    ]);
  });

  it("paces empty answers from a short hold to one poll per interval", async () => {
    const sleeps: number[] = [];
    const answers = [
      reply(200, { events: [], state: "running", hold: 250 }),
      reply(200, { events: [], state: "running", hold: 10000 }),
      reply(200, { events: [{ seq: 1, type: "progress", value: ["1"] }], state: "running", hold: 250 }),
      reply(200, { events: [{ seq: 2, type: "result", response: {} }], state: "done", hold: 250 }),
    ];
    const done = await followAnswers(answers, sleeps);
    expect(done).toMatchObject({ type: "result" });
    // Only the empty answer after a 250 ms hold waits (the rest of the 1 s interval);
    // a long hold and answers with news are followed at once.
    expect(sleeps).toEqual([750]);
  });

  it("sends the first poll so that its short hold ends with the first interval", async () => {
    const sleeps: number[] = [];
    const answers = [reply(200, { events: [{ seq: 1, type: "result", response: {} }], state: "done", hold: 250 })];
    const done = await followJob(config, "t", {
      after: 0,
      pace: { interval: 1000, serverHold: 250 },
      onEvents: () => undefined,
      signal: new AbortController().signal,
      fetchImpl: async () => answers.shift()!,
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(done).toMatchObject({ type: "result" });
    expect(sleeps).toEqual([750]);
  });

  it("retries failed polls with growing backoff, then gives up", async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const run = followJob(config, "t", {
      after: 4,
      pace: { interval: 1000 },
      onEvents: () => undefined,
      signal: new AbortController().signal,
      fetchImpl: async () => {
        calls += 1;
        if (calls % 2) throw new TypeError("network down");
        return reply(502, { error: { message: "bad gateway" } });
      },
      sleep: async (ms) => void sleeps.push(ms),
    });
    await expect(run).rejects.toThrow(/Lost contact with background job after 5 failed polls/);
    expect(calls).toBe(MAX_POLL_FAILURES);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it("recovers after transient failures and reports unknown tokens", async () => {
    const answers = [reply(503, {}), reply(200, { events: [{ seq: 1, type: "cancelled" }], state: "done" })];
    const done = await followAnswers(answers);
    expect(done).toMatchObject({ type: "cancelled" });
    await expect(
      followJob(config, "gone", {
        after: 0,
        pace: { interval: 1000 },
        onEvents: () => undefined,
        signal: new AbortController().signal,
        fetchImpl: async () => reply(404, { error: { message: "unknown or expired job" } }),
      }),
    ).rejects.toThrow("unknown or expired job");
  });

  it("stops quietly when aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await followJob(config, "t", {
      after: 0,
      pace: { interval: 1000 },
      onEvents: () => undefined,
      signal: controller.signal,
      fetchImpl: async () => reply(200, { events: [] }),
    });
    expect(result).toBeNull();
  });
});
