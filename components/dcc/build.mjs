// Builds the dcc bundle: dash/dcc/dash_core_components.js (plotly.js is never bundled;
// Graph loads it on demand from the server). Each component gets its prop type strings
// from dash/dcc/metadata.json (the renderer's dev-mode props check reads them).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/** {Type: {types: {prop: typeString}, required: [prop]}}; {} without the metadata. */
function propTypeStrings() {
  const file = join(here, "..", "..", "dash", "dcc", "metadata.json");
  if (!existsSync(file)) return {};
  const components = JSON.parse(readFileSync(file, "utf8")).components ?? [];
  return Object.fromEntries(components.map((c) => [c.type, { types: c.prop_types ?? {}, required: c.required ?? [] }]));
}

await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "dcc", "dash_core_components.js"),
  define: { __DASH_DCC_PROP_TYPES__: JSON.stringify(propTypeStrings()) },
});
