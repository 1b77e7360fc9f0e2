/**
 * Partial updates (`Patch`): applying a server or clientside patch to a prop value, and
 * the builder clientside callbacks use (`dash_clientside.Patch`).
 */

type Location = (string | number)[];

export interface PatchOperation {
  operation: string;
  location: Location;
  params: { value?: unknown; index?: number };
}

export interface PatchValue {
  __dash_patch_update: "__dash_patch_update";
  operations: PatchOperation[];
}

export function isPatch(value: unknown): value is PatchValue {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as PatchValue).__dash_patch_update === "__dash_patch_update" &&
    Array.isArray((value as PatchValue).operations)
  );
}

type Container = unknown[] | Record<string, unknown>;

/** A copy of `value` with every operation applied in order; the input is not mutated. */
export function applyPatch(value: unknown, patch: PatchValue): unknown {
  let result = clone(value);
  for (const op of patch.operations) {
    result = applyOperation(result, op);
  }
  return result;
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Resolves a negative list index the way Python does. */
function key(container: Container, k: string | number): string | number {
  return Array.isArray(container) && typeof k === "number" && k < 0 ? container.length + k : k;
}

/** The container holding the location's last key, created (as a dict) where missing. */
function parentOf(root: Record<string, unknown>, location: Location): [Container, string | number] {
  let current: Container = root;
  const full: Location = ["__root__", ...location];
  for (const step of full.slice(0, -1)) {
    const k = key(current, step);
    let next = (current as Record<string | number, unknown>)[k];
    if (typeof next !== "object" || next === null) {
      next = {};
      (current as Record<string | number, unknown>)[k] = next;
    }
    current = next as Container;
  }
  return [current, key(current, full[full.length - 1])];
}

function applyOperation(value: unknown, op: PatchOperation): unknown {
  // A wrapper lets operations on the whole value (empty location) share one code path.
  const root: Record<string, unknown> = { __root__: value };
  const [parent, k] = parentOf(root, op.location);
  const slot = parent as Record<string | number, unknown>;
  const target = slot[k];
  const param = op.params.value;
  switch (op.operation) {
    case "Assign":
      slot[k] = param;
      break;
    case "Merge":
      slot[k] = { ...(target as object), ...(param as object) };
      break;
    case "Extend":
      slot[k] = [...asList(target), ...asList(param)];
      break;
    case "Delete":
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete slot[k];
      break;
    case "Insert": {
      const list = [...asList(target)];
      const index = op.params.index ?? 0;
      list.splice(index < 0 ? list.length + index : index, 0, param);
      slot[k] = list;
      break;
    }
    case "Append":
      slot[k] = [...asList(target), param];
      break;
    case "Prepend":
      slot[k] = [param, ...asList(target)];
      break;
    case "Add":
      slot[k] = (target as number) + (param as number);
      break;
    case "Sub":
      slot[k] = (target as number) - (param as number);
      break;
    case "Mul":
      slot[k] = (target as number) * (param as number);
      break;
    case "Div":
      slot[k] = (target as number) / (param as number);
      break;
    case "Clear":
      slot[k] = Array.isArray(target) ? [] : {};
      break;
    case "Reverse":
      slot[k] = [...asList(target)].reverse();
      break;
    case "Remove": {
      const list = asList(target);
      const at = list.findIndex((item) => JSON.stringify(item) === JSON.stringify(param));
      slot[k] = at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
      break;
    }
    default:
      throw new Error(`Unknown Patch operation ${op.operation}`);
  }
  return root.__root__;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Clientside builder mirroring the Python `Patch` methods; `build()` gives the wire value. */
export class PatchBuilder {
  private readonly operations: PatchOperation[] = [];

  private op(operation: string, location: Location, params: PatchOperation["params"] = {}): this {
    this.operations.push({ operation, location: [...location], params });
    return this;
  }

  assign(location: Location, value: unknown): this {
    return this.op("Assign", location, { value });
  }
  merge(location: Location, value: object): this {
    return this.op("Merge", location, { value });
  }
  extend(location: Location, value: unknown[]): this {
    return this.op("Extend", location, { value });
  }
  delete(location: Location): this {
    return this.op("Delete", location);
  }
  insert(location: Location, index: number, value: unknown): this {
    return this.op("Insert", location, { index, value });
  }
  append(location: Location, value: unknown): this {
    return this.op("Append", location, { value });
  }
  prepend(location: Location, value: unknown): this {
    return this.op("Prepend", location, { value });
  }
  add(location: Location, value: number): this {
    return this.op("Add", location, { value });
  }
  sub(location: Location, value: number): this {
    return this.op("Sub", location, { value });
  }
  mul(location: Location, value: number): this {
    return this.op("Mul", location, { value });
  }
  div(location: Location, value: number): this {
    return this.op("Div", location, { value });
  }
  clear(location: Location): this {
    return this.op("Clear", location);
  }
  reverse(location: Location): this {
    return this.op("Reverse", location);
  }
  remove(location: Location, value: unknown): this {
    return this.op("Remove", location, { value });
  }

  build(): PatchValue {
    return { __dash_patch_update: "__dash_patch_update", operations: [...this.operations] };
  }
}
