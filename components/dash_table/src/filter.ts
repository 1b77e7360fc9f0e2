// filter_query: parsing, evaluation, derived_filter_query_structure, and the native filter
// row's per-column text <-> query mapping. Pure functions; conditional styles reuse them.
import type { Row } from "./sort";

export type ColumnType = "any" | "numeric" | "text" | "datetime";
export type CaseMode = "sensitive" | "insensitive";
type Scalar = string | number;

type RelationalOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "contains" | "datestartswith";
const RELATIONAL_WORDS: readonly RelationalOp[] = ["eq", "ne", "lt", "le", "gt", "ge", "contains", "datestartswith"];
const SYMBOLS: Record<string, RelationalOp> = { "=": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge" };
const SYMBOL_OF: Partial<Record<RelationalOp, string>> = { eq: "=", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" };

type UnaryOp = "blank" | "bool" | "even" | "nil" | "num" | "object" | "odd" | "prime" | "str";
const UNARY_WORDS: readonly UnaryOp[] = ["blank", "bool", "even", "nil", "num", "object", "odd", "prime", "str"];

export type Operand = { type: "field"; id: string } | { type: "value"; value: Scalar };
export type Expression =
  | { type: "relational"; op: RelationalOp; caseMode?: CaseMode; lexeme: string; left: Operand; right: Operand }
  | { type: "unary"; op: UnaryOp; lexeme: string; operand: Operand }
  | { type: "not"; operand: Expression }
  | { type: "logical"; op: "and" | "or"; lexeme: string; left: Expression; right: Expression };

export type ParseResult = { ok: true; expr: Expression | null } | { ok: false; error: string };

type Token = { start: number; end: number } & (
  | Operand
  | { type: "relational"; op: RelationalOp; caseMode?: CaseMode; lexeme: string }
  | { type: "unary"; op: UnaryOp; lexeme: string }
  | { type: "and" | "or"; lexeme: string }
  | { type: "not" | "(" | ")" }
);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Characters that end a bare word; anything else may appear in an unquoted value.
const WORD_END = /[\s{}()"'`&|!=<>]/;
const QUOTES = "\"'`";

class FilterSyntaxError extends Error {}

/** Reads up to the unescaped `close` from `start`; backslash escapes the next character. */
function readDelimited(query: string, start: number, close: string): { text: string; end: number } {
  let text = "";
  for (let i = start; i < query.length; i++) {
    const char = query[i];
    if (char === "\\" && i + 1 < query.length) {
      text += query[++i];
    } else if (char === close) {
      return { text, end: i + 1 };
    } else {
      text += char;
    }
  }
  throw new FilterSyntaxError(`missing ${close}`);
}

function readWord(query: string, start: number): number {
  let end = start;
  while (end < query.length && !WORD_END.test(query[end])) end++;
  return end;
}

function relationalWord(word: string): { op: RelationalOp; caseMode?: CaseMode } | undefined {
  const lower = word.toLowerCase();
  if ((RELATIONAL_WORDS as readonly string[]).includes(lower)) return { op: lower as RelationalOp };
  const prefix = lower[0];
  const rest = lower.slice(1);
  if ((prefix === "i" || prefix === "s") && (RELATIONAL_WORDS as readonly string[]).includes(rest)) {
    return { op: rest as RelationalOp, caseMode: prefix === "i" ? "insensitive" : "sensitive" };
  }
  return undefined;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i];
    const start = i;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "{") {
      const { text, end } = readDelimited(query, i + 1, "}");
      tokens.push({ type: "field", id: text, start, end });
      i = end;
    } else if (QUOTES.includes(char)) {
      const { text, end } = readDelimited(query, i + 1, char);
      tokens.push({ type: "value", value: text, start, end });
      i = end;
    } else if (query.startsWith("&&", i) || query.startsWith("||", i)) {
      tokens.push({ type: char === "&" ? "and" : "or", lexeme: query.slice(i, i + 2), start, end: i + 2 });
      i += 2;
    } else if (char === "(" || char === ")") {
      tokens.push({ type: char, start, end: i + 1 });
      i++;
    } else if ("<>=!".includes(char)) {
      const two = query.slice(i, i + 2);
      const lexeme = SYMBOLS[two] ? two : char;
      i += lexeme.length;
      tokens.push(SYMBOLS[lexeme] ? { type: "relational", op: SYMBOLS[lexeme], lexeme, start, end: i } : { type: "not", start, end: i });
    } else if (char === "&" || char === "|" || char === "}") {
      throw new FilterSyntaxError(`unexpected ${char}`);
    } else {
      i = readWord(query, i);
      const word = query.slice(start, i);
      const lower = word.toLowerCase();
      const relational = relationalWord(word);
      if (lower === "and" || lower === "or") {
        tokens.push({ type: lower, lexeme: word, start, end: i });
      } else if (relational) {
        tokens.push({ type: "relational", ...relational, lexeme: word, start, end: i });
      } else if (lower === "is") {
        // `is` only starts a unary test: `is blank`, `is num`...
        const next = query.slice(i).match(/^\s+([^\s{}()"'`&|!=<>]+)/);
        const op = next?.[1].toLowerCase();
        if (!next || !(UNARY_WORDS as readonly string[]).includes(op as string)) {
          throw new FilterSyntaxError("unknown `is` test");
        }
        i += next[0].length;
        tokens.push({ type: "unary", op: op as UnaryOp, lexeme: `is ${op}`, start, end: i });
      } else {
        tokens.push({ type: "value", value: NUMBER.test(word) ? Number(word) : word, start, end: i });
      }
    }
  }
  return tokens;
}

/** Recursive descent over the tokens: `||` binds loosest, then `&&`, then `!`. */
class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Expression {
    const expr = this.disjunction();
    if (this.position < this.tokens.length) throw new FilterSyntaxError("unexpected trailing input");
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new FilterSyntaxError("unexpected end of query");
    return token;
  }

  private disjunction(): Expression {
    let left = this.conjunction();
    for (let token = this.peek(); token?.type === "or"; token = this.peek()) {
      this.position++;
      left = { type: "logical", op: "or", lexeme: token.lexeme, left, right: this.conjunction() };
    }
    return left;
  }

  private conjunction(): Expression {
    let left = this.negation();
    for (let token = this.peek(); token?.type === "and"; token = this.peek()) {
      this.position++;
      left = { type: "logical", op: "and", lexeme: token.lexeme, left, right: this.negation() };
    }
    return left;
  }

  private negation(): Expression {
    const token = this.next();
    if (token.type === "not") return { type: "not", operand: this.negation() };
    if (token.type === "(") {
      const inner = this.disjunction();
      if (this.next().type !== ")") throw new FilterSyntaxError("missing )");
      return inner;
    }
    const left = this.operand(token);
    const operator = this.next();
    if (operator.type === "unary") return { type: "unary", op: operator.op, lexeme: operator.lexeme, operand: left };
    if (operator.type !== "relational") throw new FilterSyntaxError("expected an operator");
    const { op, caseMode, lexeme } = operator;
    return { type: "relational", op, caseMode, lexeme, left, right: this.operand(this.next()) };
  }

  private operand(token: Token): Operand {
    if (token.type === "field") return { type: "field", id: token.id };
    if (token.type === "value") return { type: "value", value: token.value };
    throw new FilterSyntaxError("expected a {column} or a value");
  }
}

/** Parses a filter_query; an empty (or blank) query is valid and has no expression. */
export function parseFilter(query: string | undefined | null): ParseResult {
  try {
    const tokens = tokenize(query ?? "");
    return { ok: true, expr: tokens.length ? new Parser(tokens).parse() : null };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

function isNil(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
  if (typeof value === "string" && NUMBER.test(value.trim())) return Number(value);
  return undefined;
}

function asText(value: unknown, caseMode: CaseMode): string {
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return caseMode === "insensitive" ? text.toLowerCase() : text;
}

// Dates compare as text, with the `T` of ISO datetimes read as a space.
function asDate(value: unknown): string {
  return String(value).replace(/^(\d{4}-\d{2}-\d{2})T/, "$1 ");
}

function isPrime(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

function compare(a: unknown, b: unknown, caseMode: CaseMode): number | undefined {
  if (isNil(a) || isNil(b)) return undefined;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  const s = asText(a, caseMode);
  const t = asText(b, caseMode);
  return s < t ? -1 : s > t ? 1 : 0;
}

function relational(op: RelationalOp, a: unknown, b: unknown, caseMode: CaseMode): boolean {
  switch (op) {
    case "contains":
      return !isNil(a) && !isNil(b) && asText(a, caseMode).includes(asText(b, caseMode));
    case "datestartswith":
      return !isNil(a) && !isNil(b) && asDate(a).startsWith(asDate(b));
    case "ne":
      return compare(a, b, caseMode) !== 0;
  }
  const order = compare(a, b, caseMode);
  if (order === undefined) return false;
  return { eq: order === 0, lt: order < 0, le: order <= 0, gt: order > 0, ge: order >= 0 }[op];
}

function unary(op: UnaryOp, value: unknown): boolean {
  switch (op) {
    case "blank":
      return isNil(value) || (typeof value === "string" && value.trim() === "");
    case "nil":
      return isNil(value);
    case "bool":
      return typeof value === "boolean";
    case "num":
      return typeof value === "number";
    case "str":
      return typeof value === "string";
    case "object":
      return typeof value === "object" && value !== null;
    case "even":
      return typeof value === "number" && Number.isInteger(value) && value % 2 === 0;
    case "odd":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value % 2) === 1;
    case "prime":
      return typeof value === "number" && isPrime(value);
  }
}

function resolve(operand: Operand, row: Row): unknown {
  return operand.type === "field" ? row[operand.id] : operand.value;
}

/** Whether `row` satisfies `expr`. Unprefixed operators are case-sensitive. */
export function matchesFilter(expr: Expression, row: Row): boolean {
  switch (expr.type) {
    case "relational":
      return relational(expr.op, resolve(expr.left, row), resolve(expr.right, row), expr.caseMode ?? "sensitive");
    case "unary":
      return unary(expr.op, resolve(expr.operand, row));
    case "not":
      return !matchesFilter(expr.operand, row);
    case "logical":
      return expr.op === "and"
        ? matchesFilter(expr.left, row) && matchesFilter(expr.right, row)
        : matchesFilter(expr.left, row) || matchesFilter(expr.right, row);
  }
}

/** Indices of the rows of `data` that satisfy `expr` (all of them without one). */
export function filterIndices(data: Row[], expr: Expression | null): number[] {
  return data.flatMap((row, index) => (!expr || matchesFilter(expr, row) ? [index] : []));
}

export interface QueryStructure {
  type: "expression" | "relational-operator" | "unary-operator" | "logical-operator";
  subType: string;
  value: unknown;
  left?: QueryStructure;
  right?: QueryStructure;
}

function operandStructure(operand: Operand): QueryStructure {
  return operand.type === "field"
    ? { type: "expression", subType: "field", value: operand.id }
    : { type: "expression", subType: "value", value: operand.value };
}

/** The derived_filter_query_structure tree: symbol forms in `subType`, what was typed in `value`. */
export function queryStructure(expr: Expression): QueryStructure {
  switch (expr.type) {
    case "relational": {
      const prefix = expr.caseMode === "insensitive" ? "i" : expr.caseMode === "sensitive" ? "s" : "";
      const subType = prefix + (SYMBOL_OF[expr.op] ?? expr.op);
      return { type: "relational-operator", subType, value: expr.lexeme, left: operandStructure(expr.left), right: operandStructure(expr.right) };
    }
    case "unary":
      return { type: "unary-operator", subType: expr.lexeme, value: expr.lexeme, left: operandStructure(expr.operand) };
    case "not":
      return { type: "unary-operator", subType: "!", value: "!", right: queryStructure(expr.operand) };
    case "logical": {
      const subType = expr.op === "and" ? "&&" : "||";
      return { type: "logical-operator", subType, value: expr.lexeme, left: queryStructure(expr.left), right: queryStructure(expr.right) };
    }
  }
}

/** A column as the native filter row sees it; `caseMode` is already resolved from filter_options. */
export interface FilterColumn {
  id: string;
  type?: ColumnType;
  caseMode: CaseMode;
}

/** The operator a bare value typed in a column's filter box gets, as upstream picks it by type. */
function defaultOperator(type: ColumnType | undefined): RelationalOp {
  return type === "numeric" ? "eq" : type === "datetime" ? "datestartswith" : "contains";
}

function formatField(id: string): string {
  return `{${id.replace(/[\\}]/g, "\\$&")}}`;
}

function isBareValue(text: string): boolean {
  try {
    const tokens = tokenize(text);
    return tokens.length === 1 && tokens[0].type === "value" && tokens[0].start === 0 && !QUOTES.includes(text[0]);
  } catch {
    return false;
  }
}

function formatValue(value: Scalar): string {
  const text = String(value);
  return typeof value === "number" || isBareValue(text) ? text : `"${text.replace(/["\\]/g, "\\$&")}"`;
}

// Numbers have no case, so numeric columns keep the plain symbol.
/** The case prefix Dash writes on a column's operator (`s`, `i`); none on numbers and dates. */
function casePrefix(column: FilterColumn, op: RelationalOp): string {
  if (column.type === "numeric" || op.startsWith("date")) return "";
  return column.caseMode === "insensitive" ? "i" : "s";
}

function operatorText(op: RelationalOp, column: FilterColumn): string {
  return casePrefix(column, op) + (SYMBOL_OF[op] ?? op);
}

/**
 * The clause for what was typed in `column`'s filter box: `> 5` becomes `{col} > 5`, a bare
 * value gets the column's default operator. "" when the box is empty.
 */
export function columnClause(column: FilterColumn, text: string): string {
  const typed = text.trim();
  if (!typed) return "";
  const field = formatField(column.id);
  let tokens: Token[];
  try {
    tokens = tokenize(typed);
  } catch {
    return `${field} ${typed}`; // stays invalid, so the box is marked invalid
  }
  const first = tokens[0];
  if (first.type === "relational") {
    const asTyped = first.caseMode !== undefined || column.type === "numeric";
    // The operator as typed, prefixed with the column's case mode (`= x` -> `s= x`).
    return asTyped ? `${field} ${typed}` : `${field} ${casePrefix(column, first.op)}${typed}`;
  }
  if (first.type === "unary") return `${field} ${typed}`;
  const value = tokens.length === 1 && first.type === "value" ? typed : formatValue(typed);
  return `${field} ${operatorText(defaultOperator(column.type), column)} ${value}`;
}

/** filter_query from the filter boxes' texts, clauses in column order. */
export function buildFilterQuery(columns: FilterColumn[], texts: Record<string, string>, operator: "and" | "or"): string {
  return columns
    .map((column) => columnClause(column, texts[column.id] ?? ""))
    .filter(Boolean)
    .join(operator === "and" ? " && " : " || ");
}

function flatten(expr: Expression, operator: "and" | "or"): Expression[] {
  return expr.type === "logical" && expr.op === operator
    ? [...flatten(expr.left, operator), ...flatten(expr.right, operator)]
    : [expr];
}

function clauseText(clause: Expression, column: FilterColumn): string | undefined {
  if (clause.type === "unary") return clause.lexeme;
  if (clause.type !== "relational" || clause.right.type !== "value") return undefined;
  const value = formatValue(clause.right.value);
  // The box leaves out the column's own case prefix (and a bare value's default operator).
  const implicitCase = column.type === "numeric" ? undefined : column.caseMode;
  const ownCase = clause.caseMode === undefined || clause.caseMode === implicitCase;
  if (clause.op === defaultOperator(column.type) && ownCase) return value;
  const lexeme = implicitCase && clause.caseMode === implicitCase ? clause.lexeme.slice(1) : clause.lexeme;
  return `${lexeme} ${value}`;
}

/**
 * What each filter box shows for `query`: one clause per column joined by `operator`, each
 * `{col} <op> value` or `{col} is ...`. A query the boxes cannot show gives no texts.
 */
export function columnTexts(query: string, columns: FilterColumn[], operator: "and" | "or"): Record<string, string> {
  const parsed = parseFilter(query);
  if (!parsed.ok || !parsed.expr) return {};
  const texts: Record<string, string> = {};
  for (const clause of flatten(parsed.expr, operator)) {
    const left = clause.type === "relational" ? clause.left : clause.type === "unary" ? clause.operand : undefined;
    const column = left?.type === "field" ? columns.find((c) => c.id === left.id) : undefined;
    const text = column && !(column.id in texts) ? clauseText(clause, column) : undefined;
    if (!column || text === undefined) return {};
    texts[column.id] = text;
  }
  return texts;
}
