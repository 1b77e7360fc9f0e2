// Reads the page config the server renders into <script id="_dash-config">.

/** The `requests_pathname_prefix` of the page (always ends with "/"). */
export function requestsPathnamePrefix(): string {
  const element = document.getElementById("_dash-config");
  let prefix = "/";
  try {
    const config = JSON.parse(element?.textContent || "{}") as { requests_pathname_prefix?: unknown };
    if (typeof config.requests_pathname_prefix === "string" && config.requests_pathname_prefix) {
      prefix = config.requests_pathname_prefix;
    }
  } catch {
    // A missing or malformed config means the default prefix.
  }
  return prefix.endsWith("/") ? prefix : `${prefix}/`;
}
