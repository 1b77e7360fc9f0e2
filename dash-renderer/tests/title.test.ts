import { describe, expect, it } from "vitest";
import { DashStore, type CallbackSummary } from "../src/store";
import { followTitle } from "../src/title";

const summary = (output: string): CallbackSummary => ({ output, changedPropIds: [], status: "running" });

function setup() {
  const store = new DashStore({ requests_pathname_prefix: "/" }, [
    { output: "a.children", inputs: [], state: [] },
    { output: "p.children", inputs: [], state: [], persistent: true },
  ]);
  const doc = { title: "App" };
  followTitle(store, "Updating...", doc);
  return { store, doc };
}

describe("followTitle", () => {
  it("shows update_title while a callback runs and restores the title after", () => {
    const { store, doc } = setup();
    store.setCallbackState([summary("a.children")], []);
    expect(doc.title).toBe("Updating...");
    store.setCallbackState([], []);
    expect(doc.title).toBe("App");
  });

  it("restores a title set during the chain, showing update_title again while the chain runs", () => {
    const { store, doc } = setup();
    store.setCallbackState([summary("a.children")], []);
    doc.title = "Page 1"; // a clientside callback wrote it
    store.setCallbackState([], [summary("a.children")]);
    expect(doc.title).toBe("Updating...");
    store.setCallbackState([], []);
    expect(doc.title).toBe("Page 1");
  });

  it("leaves the title alone for persistent callbacks", () => {
    const { store, doc } = setup();
    store.setCallbackState([summary("p.children")], []);
    expect(doc.title).toBe("App");
    store.setCallbackState([summary("p.children"), summary("a.children")], []);
    expect(doc.title).toBe("Updating...");
    store.setCallbackState([], []);
    expect(doc.title).toBe("App");
  });
});
