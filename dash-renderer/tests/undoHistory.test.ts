import { describe, expect, it } from "vitest";
import { UndoHistory } from "../src/devtools/undoHistory";

const edit = (before: unknown, after: unknown) => ({ id: "a", before: { value: before }, after: { value: after } });

describe("UndoHistory", () => {
  it("undoes the newest edit first and redoes in order", () => {
    const history = new UndoHistory();
    history.record(edit(undefined, "x"));
    history.record(edit("x", "xy"));
    expect(history.getState()).toEqual({ canUndo: true, canRedo: false });
    expect(history.undo()?.before).toEqual({ value: "x" });
    expect(history.undo()?.before).toEqual({ value: undefined });
    expect(history.undo()).toBeUndefined();
    expect(history.getState()).toEqual({ canUndo: false, canRedo: true });
    expect(history.redo()?.after).toEqual({ value: "x" });
    expect(history.getState()).toEqual({ canUndo: true, canRedo: true });
  });

  it("drops the redo list on a new edit and keeps its state object while nothing changes", () => {
    const history = new UndoHistory();
    history.record(edit(undefined, "x"));
    history.undo();
    const state = history.getState();
    expect(history.getState()).toBe(state);
    history.record(edit(undefined, "y"));
    expect(history.getState()).toEqual({ canUndo: true, canRedo: false });
    expect(history.redo()).toBeUndefined();
  });
});
