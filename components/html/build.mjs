// Builds dash/html/dash_html_components.min.js: one element implementation registered
// under every dash.html type name, each carrying its prop type strings (dev-mode checks).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";
import { elementNames } from "./elements.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The elements' prop type strings from dash/html/metadata.json, compacted: `common` holds
 * the (prop, type) pairs every element shares, `types` the other type strings, and
 * `extra[Type]` the element's other props as "name" (a `string` prop) or "name:i"
 * (`types[i]`), space-separated. Without the metadata nothing is attached (no checks).
 */
function propTypeStrings() {
  const file = join(here, "..", "..", "dash", "html", "metadata.json");
  if (!existsSync(file)) return { common: {}, types: [], extra: {}, required: {} };
  const components = JSON.parse(readFileSync(file, "utf8")).components ?? [];
  const pairs = (c) => Object.entries(c.prop_types ?? {});
  const key = ([prop, type]) => JSON.stringify([prop, type]);
  let shared = new Set(components.length ? pairs(components[0]).map(key) : []);
  for (const c of components) {
    const own = new Set(pairs(c).map(key));
    shared = new Set([...shared].filter((k) => own.has(k)));
  }
  const types = ["string"];
  const extra = {};
  const required = {};
  for (const c of components) {
    extra[c.type] = pairs(c)
      .filter((pair) => !shared.has(key(pair)))
      .map(([prop, type]) => {
        if (/[\s:]/.test(prop)) throw new Error(`html prop name not encodable: ${prop}`);
        if (!types.includes(type)) types.push(type);
        const index = types.indexOf(type);
        return index === 0 ? prop : `${prop}:${index}`;
      })
      .join(" ");
    if (c.required?.length) required[c.type] = c.required;
  }
  const common = Object.fromEntries([...shared].map((k) => JSON.parse(k)));
  return { common, types, extra, required };
}

await bundle({
  entry: join(here, "src", "index.ts"),
  outfile: join(here, "..", "..", "dash", "html", "dash_html_components.min.js"),
  define: {
    __DASH_HTML_ELEMENTS__: JSON.stringify(elementNames()),
    __DASH_HTML_PROP_TYPES__: JSON.stringify(propTypeStrings()),
  },
});
