export function elementNames(): string[];
