// Builds the DataTable bundle: dash/dash_table/bundle.js (window.dash_table). DataTable
// gets its prop type strings from dash/dash_table/metadata.json (the renderer's dev-mode
// props check reads them).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/** {Type: {types: {prop: typeString}, required: [prop]}}; {} without the metadata. */
function propTypeStrings() {
  const file = join(here, "..", "..", "dash", "dash_table", "metadata.json");
  if (!existsSync(file)) return {};
  const components = JSON.parse(readFileSync(file, "utf8")).components ?? [];
  return Object.fromEntries(components.map((c) => [c.type, { types: c.prop_types ?? {}, required: c.required ?? [] }]));
}

await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "dash_table", "bundle.js"),
  define: { __DASH_TABLE_PROP_TYPES__: JSON.stringify(propTypeStrings()) },
});
