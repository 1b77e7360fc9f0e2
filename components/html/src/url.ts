// Guarding URL props against `javascript:` URLs, shared by the html and dcc bundles: a URL
// that came from data must never run script when the user clicks it or the page loads it.

/** Character references (`&#106;`, `&#x6A`) a user agent or later decoding could resolve. */
const CHAR_REF = /&#(x[0-9a-f]+|\d+);?/gi;
/** What browsers ignore in a URL's scheme: controls, whitespace (tab and newlines anywhere). */
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/** Whether `url`, read as browsers read a scheme, is a `javascript:` URL. */
export function isDangerousUrl(url: string): boolean {
  const decoded = url.replace(CHAR_REF, (_, code: string) =>
    String.fromCodePoint(code[0].toLowerCase() === "x" ? parseInt(code.slice(1), 16) : parseInt(code, 10)),
  );
  return /^javascript:/i.test(decoded.replace(IGNORED, ""));
}

/**
 * `url`, or `about:blank` (with a console error, as Dash logs it) when it is dangerous.
 * `label` is the start of the logged message, which differs between Dash's bundles.
 */
export function safeUrl<T>(url: T, label = "Dangerous link detected:"): T | "about:blank" {
  if (typeof url !== "string" || !isDangerousUrl(url)) return url;
  console.error(new Error(`${label} ${url}`));
  return "about:blank";
}
