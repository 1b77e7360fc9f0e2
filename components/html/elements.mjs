// The dash.html element type names, read at build time from the Python package's
// metadata (dash/html/metadata.json) or, failing that, from the shared API surface.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const SOURCES = [
  join(repo, "dash", "html", "metadata.json"),
  join(repo, "..", "shared", "api", "dash_api_surface.json"),
  "/work/shared/api/dash_api_surface.json",
];

function namesFrom(file) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const list = data.components?.["dash.html"] ?? data.components;
  return Array.isArray(list) ? list.map((component) => component.type) : [];
}

/** The element type names (e.g. "Div", "MapEl"), sorted. */
export function elementNames() {
  for (const file of SOURCES) {
    if (!existsSync(file)) continue;
    const names = namesFrom(file);
    if (names.length) return [...new Set(names)].sort();
  }
  throw new Error(`No dash.html metadata found; looked in: ${SOURCES.join(", ")}`);
}
