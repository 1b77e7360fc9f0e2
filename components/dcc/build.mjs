// Builds the dcc bundle: dash/dcc/dash_core_components.js (plotly.js is never bundled;
// Graph loads it on demand from the server).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "dcc", "dash_core_components.js"),
});
