/**
 * `window.dash_html_components`: every dash.html type, named at build time. Each element
 * carries `dashPropTypes` (prop -> type string, from the metadata) and `dashRequired`,
 * which the renderer's dev-mode props check reads.
 */
import { makeElement } from "./element";

declare const __DASH_HTML_ELEMENTS__: string[];
/** Compacted by build.mjs: shared pairs, then per element "prop" or "prop:typeIndex". */
declare const __DASH_HTML_PROP_TYPES__: {
  common: Record<string, string>;
  types: string[];
  extra: Record<string, string>;
  required: Record<string, string[]>;
};

function propTypesOf(type: string): Record<string, string> {
  const { common, types, extra } = __DASH_HTML_PROP_TYPES__;
  const own: Record<string, string> = { ...common };
  for (const entry of extra[type].split(" ")) {
    if (!entry) continue;
    const [prop, index] = entry.split(":");
    own[prop] = types[index === undefined ? 0 : Number(index)];
  }
  return own;
}

const library: Record<string, unknown> = {};
for (const type of __DASH_HTML_ELEMENTS__) {
  const element = makeElement(type);
  // An element the metadata does not list stays unchecked (rather than half-declared).
  if (__DASH_HTML_PROP_TYPES__.extra[type] !== undefined) {
    Object.assign(element, { dashPropTypes: propTypesOf(type), dashRequired: __DASH_HTML_PROP_TYPES__.required[type] ?? [] });
  }
  library[type] = element;
}
(window as unknown as Record<string, unknown>).dash_html_components = library;
