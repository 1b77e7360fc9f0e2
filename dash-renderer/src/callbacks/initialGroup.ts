/**
 * One batch of initial calls (the first layout, or the components one update brought)
 * and what its finished members could have changed. A member that nothing changed
 * since it was queued is not called when every input it has is an output of members
 * that finished (or were never called) without writing it: upstream Dash treats such a
 * callback as cut off from the initial chain. Callbacks whose inputs are all ALL lists
 * (or that have no inputs) are always called.
 */
import type { CallbackSpec } from "../types";
import { isMulti } from "./patterns";

export class InitialGroup {
  /** Outputs of members that finished or were skipped. */
  private readonly settled = new Set<string>();

  settle(outputAddresses: string[]): void {
    outputAddresses.forEach((address) => this.settled.add(address));
  }

  /** Whether a member whose inputs resolve to `inputAddresses` is left out of the batch. */
  excludes(spec: CallbackSpec, inputAddresses: string[]): boolean {
    if (spec.inputs.every((dep) => isMulti(dep.id))) return false;
    return inputAddresses.every((address) => this.settled.has(address));
  }
}
