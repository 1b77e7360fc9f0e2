// Builds dash/html/dash_html_components.min.js: one element implementation registered
// under every dash.html type name.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";
import { elementNames } from "./elements.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "html", "dash_html_components.min.js"),
  define: { __DASH_HTML_ELEMENTS__: JSON.stringify(elementNames()) },
});
