// Builds the DataTable bundle: dash/dash_table/bundle.js (window.dash_table).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "dash_table", "bundle.js"),
});
