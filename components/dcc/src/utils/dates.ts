// Calendar dates without time zones: {year, month (1-12), day}, ISO "YYYY-MM-DD" on the wire.

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function utc(date: SimpleDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(value: Date): SimpleDate {
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/** Parse "YYYY-MM-DD" (anything after the date, such as a time, is ignored); null when invalid. */
export function parseIso(text: unknown): SimpleDate | null {
  if (typeof text !== "string") {
    return null;
  }
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text.trim());
  if (!match) {
    return null;
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValid(date) ? date : null;
}

function isValid(date: SimpleDate): boolean {
  const round = fromUtc(utc(date));
  return round.year === date.year && round.month === date.month && round.day === date.day;
}

/** "YYYY-MM-DD". */
export function toIso(date: SimpleDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Negative, zero or positive like a comparator. */
export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return utc(a).getTime() - utc(b).getTime();
}

export function addDays(date: SimpleDate, days: number): SimpleDate {
  const value = utc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtc(value);
}

export function addMonths(date: SimpleDate, months: number): SimpleDate {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export function today(): SimpleDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function weekday(date: SimpleDate): number {
  return utc(date).getUTCDay();
}

const TOKENS = /YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|\[[^\]]*\]/g;

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

/** Format with the common moment.js tokens (YYYY YY MMMM MMM MM M Do DD D dddd ddd, [literal]). */
export function formatDate(date: SimpleDate, format: string): string {
  return format.replace(TOKENS, (token) => {
    switch (token) {
      case "YYYY":
        return pad(date.year, 4);
      case "YY":
        return pad(date.year % 100, 2);
      case "MMMM":
        return MONTHS[date.month - 1];
      case "MMM":
        return MONTHS[date.month - 1].slice(0, 3);
      case "MM":
        return pad(date.month, 2);
      case "M":
        return String(date.month);
      case "Do":
        return ordinal(date.day);
      case "DD":
        return pad(date.day, 2);
      case "D":
        return String(date.day);
      case "dddd":
        return WEEKDAYS[weekday(date)];
      case "ddd":
        return WEEKDAYS[weekday(date)].slice(0, 3);
      default:
        return token.slice(1, -1); // [literal]
    }
  });
}

/** Parse text typed by the user: ISO, or the numeric tokens (YYYY MM M DD D) of `format`. */
export function parseTyped(text: string, format: string): SimpleDate | null {
  const iso = parseIso(text);
  if (iso) {
    return iso;
  }
  const order: string[] = [];
  const pattern = format.replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/YYYY|MM|M|DD|D/g, (token) => {
    order.push(token[0]);
    return token === "YYYY" ? "(\\d{4})" : "(\\d{1,2})";
  });
  const match = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!match || !order.includes("Y") || !order.includes("M") || !order.includes("D")) {
    return null;
  }
  const parts: Record<string, number> = {};
  order.forEach((key, index) => {
    parts[key] = Number(match[index + 1]);
  });
  const date = { year: parts.Y, month: parts.M, day: parts.D };
  return isValid(date) ? date : null;
}

/** The weeks (rows of 7 cells) of a month; cells outside the month are null. */
export function monthGrid(year: number, month: number, firstDayOfWeek: number): (SimpleDate | null)[][] {
  const first = { year, month, day: 1 };
  const lead = (weekday(first) - firstDayOfWeek + 7) % 7;
  const days = fromUtc(new Date(Date.UTC(year, month, 0))).day;
  const cells: (SimpleDate | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day += 1) {
    cells.push({ year, month, day });
  }
  while (cells.length % 7) {
    cells.push(null);
  }
  return Array.from({ length: cells.length / 7 }, (_, row) => cells.slice(row * 7, row * 7 + 7));
}

/** Weekday names in display order, two letters each. */
export function weekdayHeader(firstDayOfWeek: number): string[] {
  return Array.from({ length: 7 }, (_, i) => WEEKDAYS[(i + firstDayOfWeek) % 7].slice(0, 2));
}

/** Whether a day may not be chosen. */
export function isBlocked(date: SimpleDate, min: SimpleDate | null, max: SimpleDate | null, disabled: string[]): boolean {
  return (min !== null && compareDates(date, min) < 0) || (max !== null && compareDates(date, max) > 0) || disabled.includes(toIso(date));
}
