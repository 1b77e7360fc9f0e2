/**
 * Prop type strings, as written in the components' metadata.json (`string`, `number`,
 * `bool`, `object`, `node`, `any`, `array`, `enum['a', 1, None]`, `union[a | b]`,
 * `arrayOf<t>`, `objectOf<t>`, `shape{k?: t, ...}`, `exact{...}`, `literal('auto')`),
 * parsed once into checkers with React prop-types semantics: null and undefined pass
 * unless required, `shape` allows extra keys and `exact` does not. Anything not
 * understood accepts every value (a false report is worse than a missed one).
 */

/** Why a value does not fit: `path` is relative to the prop (`[2].label`), "" at its top. */
interface Mismatch {
  path: string;
  reason: string;
}

type Checker = (value: unknown, path: string) => Mismatch | null;

interface TypeNode {
  check: Checker;
  /** Short description for messages ("`string`", "one of \"a\", \"b\""). */
  describe: string;
}

const ANY: TypeNode = { check: () => null, describe: "`any`" };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isLayoutComponent(value: Record<string, unknown>): boolean {
  return (typeof value.type === "string" && typeof value.namespace === "string") || "$$typeof" in value;
}

function isNode(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return true;
    case "object":
      return Array.isArray(value) ? value.every(isNode) : isLayoutComponent(value as Record<string, unknown>);
    default:
      return false;
  }
}

function simple(name: string, test: (value: unknown) => boolean): TypeNode {
  const describe = `\`${name}\``;
  return { describe, check: (value, path) => (test(value) ? null : { path, reason: `expected ${describe}` }) };
}

const PRIMITIVES: Record<string, TypeNode> = {
  any: ANY,
  string: simple("string", (v) => typeof v === "string"),
  number: simple("number", (v) => typeof v === "number"),
  bool: simple("bool", (v) => typeof v === "boolean"),
  boolean: simple("bool", (v) => typeof v === "boolean"),
  object: simple("object", isObject),
  array: simple("array", Array.isArray),
  func: simple("func", (v) => typeof v === "function"),
  symbol: simple("symbol", (v) => typeof v === "symbol"),
  node: simple("node", isNode),
};

/** Optional nested value: null and undefined pass, as prop-types does. */
function optional(type: TypeNode): Checker {
  return (value, path) => (value === null || value === undefined ? null : type.check(value, path));
}

function required(type: TypeNode): Checker {
  return (value, path) =>
    value === null || value === undefined ? { path, reason: `required (expected ${type.describe})` } : type.check(value, path);
}

function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function showValue(value: unknown): string {
  return value === null ? "None" : JSON.stringify(value);
}

class ParseError extends Error {}

/** Recursive descent over one type string. */
class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseAll(): TypeNode {
    const node = this.type();
    this.space();
    if (this.pos !== this.text.length) throw new ParseError(`trailing text at ${this.pos}`);
    return node;
  }

  private space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private peek(): string {
    this.space();
    return this.text[this.pos] ?? "";
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new ParseError(`expected ${char} at ${this.pos}`);
    this.pos++;
  }

  /** Consumes `char` if it comes next. */
  private accept(char: string): boolean {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }

  private word(): string {
    this.space();
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos));
    if (!match) throw new ParseError(`expected a name at ${this.pos}`);
    this.pos += match[0].length;
    return match[0];
  }

  /** Skips to the `close` matching an `open` already read (quotes respected). */
  private skipBalanced(open: string, close: string): void {
    let depth = 1;
    while (this.pos < this.text.length && depth > 0) {
      const char = this.text[this.pos++];
      if (char === "'" || char === '"') {
        this.pos--;
        this.quoted();
      } else if (char === open) depth++;
      else if (char === close) depth--;
    }
    if (depth) throw new ParseError("unbalanced");
  }

  private quoted(): string {
    const quote = this.text[this.pos++];
    let out = "";
    while (this.pos < this.text.length) {
      const char = this.text[this.pos++];
      if (char === quote) return out;
      if (char === "\\") {
        const next = this.text[this.pos++] ?? "";
        out += { n: "\n", t: "\t", r: "\r" }[next] ?? next;
      } else out += char;
    }
    throw new ParseError("unterminated string");
  }

  /** One literal value (enum member, literal()): strings, numbers, booleans, None/null. */
  private value(): unknown {
    const char = this.peek();
    if (char === "'" || char === '"') return this.quoted();
    const match = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(this.pos));
    if (match) {
      this.pos += match[0].length;
      return Number(match[0]);
    }
    const name = this.word();
    if (name === "true" || name === "True") return true;
    if (name === "false" || name === "False") return false;
    if (name === "None" || name === "null") return null;
    throw new ParseError(`unknown literal ${name}`);
  }

  private type(): TypeNode {
    const name = this.word();
    const next = this.peek();
    switch (name) {
      case "arrayOf":
      case "objectOf": {
        this.expect("<");
        const inner = this.type();
        this.expect(">");
        return name === "arrayOf" ? arrayOf(inner) : objectOf(inner);
      }
      case "union": {
        this.expect("[");
        const members = [this.type()];
        while (this.accept("|")) members.push(this.type());
        this.expect("]");
        return union(members);
      }
      case "enum":
      case "literal": {
        const [open, close] = name === "enum" ? ["[", "]"] : ["(", ")"];
        this.expect(open);
        const values: unknown[] = [];
        if (!this.accept(close)) {
          do values.push(this.value());
          while (this.accept(","));
          this.expect(close);
        }
        return oneOf(values);
      }
      case "shape":
      case "exact": {
        this.expect("{");
        const fields: Record<string, { type: TypeNode; optional: boolean }> = {};
        if (!this.accept("}")) {
          do {
            const key = this.peek() === "'" || this.peek() === '"' ? this.quoted() : this.fieldName();
            const isOptional = this.accept("?");
            this.expect(":");
            fields[key] = { type: this.type(), optional: isOptional };
          } while (this.accept(","));
          this.expect("}");
        }
        return shape(fields, name === "exact");
      }
    }
    // An unknown form with arguments: skip them and accept everything.
    const closers: Record<string, string> = { "<": ">", "[": "]", "{": "}", "(": ")" };
    if (next in closers) {
      this.pos++;
      this.skipBalanced(next, closers[next]);
      return ANY;
    }
    return PRIMITIVES[name] ?? ANY;
  }

  private fieldName(): string {
    this.space();
    const match = /^[^\s?:,{}[\]<>()|]+/.exec(this.text.slice(this.pos));
    if (!match) throw new ParseError(`expected a key at ${this.pos}`);
    this.pos += match[0].length;
    return match[0];
  }
}

function arrayOf(inner: TypeNode): TypeNode {
  if (inner === ANY) return PRIMITIVES.array;
  const item = optional(inner);
  return {
    describe: "`array`",
    check: (value, path) => {
      if (!Array.isArray(value)) return { path, reason: `expected an array of ${inner.describe}` };
      for (let i = 0; i < value.length; i++) {
        const problem = item(value[i], `${path}[${i}]`);
        if (problem) return problem;
      }
      return null;
    },
  };
}

function objectOf(inner: TypeNode): TypeNode {
  if (inner === ANY) return PRIMITIVES.object;
  const item = optional(inner);
  return {
    describe: "`object`",
    check: (value, path) => {
      if (!isObject(value)) return { path, reason: `expected an object of ${inner.describe}` };
      for (const key of Object.keys(value)) {
        const problem = item(value[key], keyPath(path, key));
        if (problem) return problem;
      }
      return null;
    },
  };
}

function union(members: TypeNode[]): TypeNode {
  if (members.includes(ANY)) return ANY;
  const describe = [...new Set(members.map((m) => m.describe))].join(" or ");
  return {
    describe,
    check: (value, path) => {
      const deep: Mismatch[] = [];
      for (const member of members) {
        const problem = member.check(value, path);
        if (!problem) return null;
        if (problem.path !== path) deep.push(problem);
      }
      // One member fit the value's outer form and failed deeper inside: its report is
      // the more useful one.
      return deep.length === 1 ? deep[0] : { path, reason: `expected ${describe}` };
    },
  };
}

function oneOf(values: unknown[]): TypeNode {
  const describe = values.length === 1 ? showValue(values[0]) : `one of ${values.map(showValue).join(", ")}`;
  return {
    describe,
    check: (value, path) => (values.some((v) => Object.is(v, value)) ? null : { path, reason: `expected ${describe}` }),
  };
}

function shape(fields: Record<string, { type: TypeNode; optional: boolean }>, exact: boolean): TypeNode {
  const checks = Object.entries(fields).map(([key, field]) => [key, field.optional ? optional(field.type) : required(field.type)] as const);
  return {
    describe: "`object`",
    check: (value, path) => {
      if (!isObject(value)) return { path, reason: "expected `object`" };
      for (const [key, check] of checks) {
        const problem = check(value[key], keyPath(path, key));
        if (problem) return problem;
      }
      if (exact) {
        const extra = Object.keys(value).find((key) => !(key in fields));
        if (extra !== undefined) {
          return { path, reason: `unexpected key ${JSON.stringify(extra)} (allowed: ${Object.keys(fields).join(", ")})` };
        }
      }
      return null;
    },
  };
}

const cache = new Map<string, TypeNode>();

function parse(typeString: string): TypeNode {
  let node = cache.get(typeString);
  if (!node) {
    try {
      node = new Parser(typeString).parseAll();
    } catch {
      node = ANY;
    }
    cache.set(typeString, node);
  }
  return node;
}

/**
 * Checks `value` of prop `propName` against `typeString`. Returns null when it fits, else
 * a short reason ("expected `number`", "expected `string` at `options[2].label`").
 */
export function checkTypeString(typeString: string, value: unknown, isRequired = false, propName = ""): string | null {
  if (value === null || value === undefined) {
    return isRequired ? `required: \`${propName}\` must be given (${value === null ? "None" : "missing"})` : null;
  }
  const problem = parse(typeString).check(value, "");
  if (!problem) return null;
  return problem.path ? `${problem.reason} at \`${propName}${problem.path}\`` : problem.reason;
}

/** Whether `typeString` parses (tests and diagnostics; unparsable strings accept everything). */
export function parsesTypeString(typeString: string): boolean {
  try {
    new Parser(typeString).parseAll();
    return true;
  } catch {
    return false;
  }
}
