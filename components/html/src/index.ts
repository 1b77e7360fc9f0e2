/** `window.dash_html_components`: every dash.html type, named at build time. */
import { makeElement } from "./element";

declare const __DASH_HTML_ELEMENTS__: string[];

const library: Record<string, unknown> = {};
for (const type of __DASH_HTML_ELEMENTS__) {
  library[type] = makeElement(type);
}
(window as unknown as Record<string, unknown>).dash_html_components = library;
