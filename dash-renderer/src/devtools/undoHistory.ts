/**
 * Undo/redo of the user's own edits (`show_undo_redo=True`): each edit of a component
 * with an id (a prop change from the component itself, not from a callback) is recorded
 * with the values it replaced. Undo puts those back, redo the edit again; both go
 * through the ordinary prop change path, so callbacks fire as for the edit itself.
 */
import type { DashId } from "../types";

export interface Edit {
  id: DashId;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

type Listener = () => void;

export class UndoHistory {
  private past: Edit[] = [];
  private future: Edit[] = [];
  private state = { canUndo: false, canRedo: false };
  private readonly listeners = new Set<Listener>();

  /** A new user edit; it drops what could have been redone. */
  record(edit: Edit): void {
    this.past = [...this.past, edit];
    this.future = [];
    this.notify();
  }

  /** The edit to revert (its `before` values are to be applied), if any. */
  undo(): Edit | undefined {
    const edit = this.past[this.past.length - 1];
    if (!edit) return undefined;
    this.past = this.past.slice(0, -1);
    this.future = [edit, ...this.future];
    this.notify();
    return edit;
  }

  /** The edit to apply again (its `after` values), if any. */
  redo(): Edit | undefined {
    const [edit, ...rest] = this.future;
    if (!edit) return undefined;
    this.future = rest;
    this.past = [...this.past, edit];
    this.notify();
    return edit;
  }

  /** Whether undo and redo have something to do (a new object only when that changes). */
  getState = (): { canUndo: boolean; canRedo: boolean } => {
    const canUndo = this.past.length > 0;
    const canRedo = this.future.length > 0;
    if (canUndo !== this.state.canUndo || canRedo !== this.state.canRedo) this.state = { canUndo, canRedo };
    return this.state;
  };

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
