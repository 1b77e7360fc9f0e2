/**
 * Callback validation in the browser (debug mode), with upstream's titles and wording:
 * each callback's own declaration (ids, properties, wildcards, outputs listed twice) and
 * outputs that several callbacks write. Nothing here needs the layout; see
 * layoutValidation.ts for ids and props checked against it.
 */
import type { GraphCallback } from "../callbacks/graph";
import { wildcardOf } from "../callbacks/patterns";
import type { NewError } from "../errors/errorStore";
import type { DependencySpec } from "../types";
import { callbackError, describeDep } from "./describe";

type Group = "Output" | "Input" | "State";

const NO_INPUTS = [
  "there are no `Input` elements.",
  "Without `Input` elements, it will never get called.",
  "",
  "Subscribing to `Input` components will cause the",
  "callback to be called whenever their values change.",
  "",
  "If you want a callback without inputs that fires on initial load,",
  "set prevent_initial_call=False.",
];

const BAD_VALUE = ["Wildcard callback ID values must be either wildcards", "or constants of one of these types:", "string, number, boolean"];

const IN_USE_HELP = [
  "To resolve this, set `allow_duplicate=True` on",
  "duplicate outputs, or combine the outputs into",
  "one callback function, distinguishing the trigger",
  "by using `dash.callback_context` if necessary.",
];

const WILDCARDS_NOT_IN_OUTPUT = [
  "does not have a MATCH wildcard. Inputs and State do not",
  "need every MATCH from the Output(s), but ALLSMALLER",
  "requires a matching MATCH in the Output(s), and when",
  "the Output(s) have any MATCH, Input/State MATCH keys",
  "must be a subset of them.",
];

/** Problems with one dependency's id and property. */
function itemErrors(cb: GraphCallback, group: Group, index: number, dep: DependencySpec): NewError[] {
  const at = `${group}[${index}]`;
  const errors: NewError[] = [];
  if (dep.id === "" || dep.id === null || dep.id === undefined) {
    errors.push(callbackError(cb, "Callback item missing ID", [`${at}.id = ${JSON.stringify(dep.id ?? "")}`, "Every item linked to a callback needs an ID"]));
  } else if (typeof dep.id === "object") {
    for (const [key, value] of Object.entries(dep.id)) {
      const wild = wildcardOf(value);
      if (!key) errors.push(callbackError(cb, "Callback wildcard ID error", [`${at}.id has key ""`, "Keys must be non-empty strings."]));
      else if (wild === "ALLSMALLER" && group === "Output") {
        errors.push(callbackError(cb, "Callback wildcard ID error", [`${at}.id["${key}"] = ALLSMALLER`, "Allowed wildcards for Outputs are:", "ALL, MATCH"]));
      } else if (!wild && !["string", "number", "boolean"].includes(typeof value)) {
        errors.push(callbackError(cb, "Callback wildcard ID error", [`${at}.id["${key}"] = ${JSON.stringify(value)}`, ...BAD_VALUE]));
      }
    }
  }
  if (typeof dep.property !== "string" || !dep.property) {
    errors.push(
      callbackError(cb, "Callback property error", [`${at}.property = ${JSON.stringify(dep.property ?? "")}`, "but we expected `property` to be a non-empty string."]),
    );
  }
  return errors;
}

function keysWith(dep: DependencySpec, wildcards: string[]): string[] {
  if (typeof dep.id !== "object" || dep.id === null) return [];
  const id = dep.id;
  return Object.keys(id)
    .sort()
    .filter((key) => wildcards.includes(wildcardOf(id[key]) ?? ""));
}

/** Same property, same dict keys, each value equal or a wildcard on either side. */
function overlaps(a: DependencySpec, b: DependencySpec): boolean {
  if (a.property !== b.property || typeof a.id !== "object" || typeof b.id !== "object") return false;
  const ka = Object.keys(a.id).sort();
  const idB = b.id;
  const idA = a.id;
  if (ka.join(",") !== Object.keys(idB).sort().join(",")) return false;
  return ka.every((key) => wildcardOf(idA[key]) || wildcardOf(idB[key]) || idA[key] === idB[key]);
}

/** MATCH keys must agree across outputs; inputs/state may not wildcard keys outputs do not MATCH. */
function wildcardErrors(cb: GraphCallback): NewError[] {
  const errors: NewError[] = [];
  const [first, ...rest] = cb.outputs;
  if (!first) return errors;
  const outKeys = keysWith(first, ["MATCH"]);
  rest.forEach((dep, i) => {
    if (keysWith(dep, ["MATCH"]).join(",") === outKeys.join(",")) return;
    errors.push(
      callbackError(cb, "Mismatched `MATCH` wildcards across `Output`s", [
        `Output ${i + 1} (${describeDep(dep)})`,
        "does not have MATCH wildcards on the same keys as",
        `Output 0 (${describeDep(first)}).`,
        "MATCH wildcards must be on the same keys for all Outputs.",
        "ALL wildcards need not match, only MATCH.",
      ]),
    );
  });
  const groups: [Group, DependencySpec[]][] = [
    ["Input", cb.spec.inputs],
    ["State", cb.spec.state],
  ];
  for (const [group, deps] of groups) {
    deps.forEach((dep, i) => {
      // Without any MATCH output, MATCH in inputs is free; ALLSMALLER always needs one.
      const bad = keysWith(dep, outKeys.length ? ["MATCH", "ALLSMALLER"] : ["ALLSMALLER"]).filter((key) => !outKeys.includes(key));
      if (!bad.length) return;
      errors.push(
        callbackError(cb, "`Input` / `State` wildcards not in `Output`s", [
          `${group} ${i} (${describeDep(dep)})`,
          `has MATCH or ALLSMALLER on key(s) ${bad.join(", ")}`,
          `where Output 0 (${describeDep(first)})`,
          ...WILDCARDS_NOT_IN_OUTPUT,
        ]),
      );
    });
  }
  return errors;
}

/** An output listed twice in one callback, exactly or through a wildcard. */
function ownDuplicates(cb: GraphCallback): NewError[] {
  const errors: NewError[] = [];
  cb.outputs.forEach((dep, i) => {
    const earlier = cb.outputs.slice(0, i);
    const same = earlier.find((other) => describeDep(other) === describeDep(dep));
    const overlapping = earlier.find((other) => overlaps(other, dep));
    if (same) errors.push(callbackError(cb, "Duplicate callback Outputs", [`Output ${i} (${describeDep(dep)}) is already used by this callback.`]));
    else if (overlapping) {
      errors.push(
        callbackError(cb, "Overlapping wildcard callback outputs", [
          `Output ${i} (${describeDep(dep)})`,
          `overlaps another output (${describeDep(overlapping)})`,
          "used in this callback.",
        ]),
      );
    }
  });
  return errors;
}

/** Outputs an earlier callback already writes (`allow_duplicate` on either side exempts). */
function sharedOutputs(cb: GraphCallback, written: DependencySpec[]): NewError[] {
  const errors: NewError[] = [];
  cb.outputs.forEach((dep, i) => {
    if (dep.allow_duplicate) return;
    const others = written.filter((other) => !other.allow_duplicate);
    const same = others.find((other) => describeDep(other) === describeDep(dep));
    const overlapping = others.find((other) => overlaps(other, dep));
    if (same) errors.push(callbackError(cb, "Duplicate callback outputs", [`Output ${i} (${describeDep(dep)}) is already in use.`, ...IN_USE_HELP]));
    else if (overlapping) {
      errors.push(
        callbackError(cb, "Overlapping wildcard callback outputs", [
          `Output ${i} (${describeDep(dep)})`,
          `overlaps another output (${describeDep(overlapping)})`,
          "used in a different callback.",
        ]),
      );
    }
  });
  return errors;
}

/** Every declaration problem of the app's callbacks, in registration order. */
export function validateCallbacks(callbacks: GraphCallback[]): NewError[] {
  const errors: NewError[] = [];
  const written: DependencySpec[] = [];
  for (const cb of callbacks) {
    if (!cb.spec.inputs.length && cb.spec.prevent_initial_call) errors.push(callbackError(cb, "A callback is missing Inputs", NO_INPUTS));
    const groups: [Group, DependencySpec[]][] = [
      ["Output", cb.outputs],
      ["Input", cb.spec.inputs],
      ["State", cb.spec.state],
    ];
    for (const [group, deps] of groups) deps.forEach((dep, i) => errors.push(...itemErrors(cb, group, i, dep)));
    errors.push(...ownDuplicates(cb), ...wildcardErrors(cb), ...sharedOutputs(cb, written));
    written.push(...cb.outputs);
  }
  return errors;
}
