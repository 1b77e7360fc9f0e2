/**
 * Why a queued callback instance cannot run, as upstream Dash decides it when the call
 * is about to be made: some reasons are silent (nothing there to compute from), others
 * are the app's mistake and raise a ReferenceError naming the absent component.
 */
import { stringifyId } from "../ids";
import { idKeys, type PathsIndex } from "../layout/paths";
import type { DependencySpec } from "../types";
import { hasOutputOnPage, resolveParts, type Instance, type Resolved } from "./graph";
import { isPattern } from "./patterns";

export interface MissingReference {
  message: string;
  /** For a wildcard dependency: the ids of that shape on the page, logged with the error. */
  wildcardIds?: unknown[];
}

type Kind = "Input" | "Output" | "State";

function reference(kind: Kind, dep: DependencySpec, paths: PathsIndex): MissingReference {
  const head =
    `A nonexistent object was used in an \`${kind}\` of a Dash callback. ` +
    `The id of this object is \`${stringifyId(dep.id)}\` and the property is \`${dep.property}\`.`;
  if (isPattern(dep.id)) {
    return {
      message: `${head} The wildcard ids currently available are logged above.`,
      wildcardIds: (paths.objs[idKeys(dep.id)] ?? []).map((entry) => entry.id),
    };
  }
  return { message: `${head} The string ids in the current layout are: [${Object.keys(paths.strs).join(", ")}]` };
}

const absentAt = (group: (Resolved | null)[]): number => group.indexOf(null);

/**
 * For an instance `resolveInstance` refused: null when it is skipped silently (no output
 * on the page; every input absent or an empty ALL; absent outputs and no input values),
 * else the reference error to report.
 */
export function missingReference(instance: Instance, paths: PathsIndex): MissingReference | null {
  const parts = resolveParts(instance, paths);
  if (!hasOutputOnPage(instance, parts)) return null;
  const { inputs, outputs, state } = parts;
  const absentInput = absentAt(inputs);
  if (absentInput >= 0) {
    const emptyLists = inputs.filter((entry) => Array.isArray(entry) && !entry.length).length;
    const absent = inputs.filter((entry) => entry === null).length;
    if (absent + emptyLists === inputs.length) return null;
    return reference("Input", instance.cb.spec.inputs[absentInput], paths);
  }
  const absentOutput = absentAt(outputs);
  if (absentOutput >= 0) {
    const anyInputValue = inputs.some((entry) => [entry].flat().length > 0);
    return anyInputValue ? reference("Output", instance.cb.outputs[absentOutput], paths) : null;
  }
  const absentState = absentAt(state);
  return absentState >= 0 ? reference("State", instance.cb.spec.state[absentState], paths) : null;
}
