// Shared esbuild settings for every bundle: an IIFE for the browser that reads React,
// ReactDOM and PropTypes from the globals the page loads first (never bundled twice).
import { build } from "esbuild";

const GLOBALS = {
  react: "window.React",
  "react-dom": "window.ReactDOM",
  "react-dom/client": "window.ReactDOM",
  "prop-types": "window.PropTypes",
};

const globalsPlugin = {
  name: "page-globals",
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(GLOBALS).map((k) => k.replace("/", "\\/")).join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: "page-global" }));
    b.onLoad({ filter: /.*/, namespace: "page-global" }, (args) => ({
      contents: `module.exports = ${GLOBALS[args.path]};`,
      loader: "js",
    }));
  },
};

/**
 * Bundle `entry` into `outfile` (minified, with a source map unless told otherwise).
 * `define` adds compile-time constants (values are JS source text, as esbuild takes them).
 * @param {{entry: string, outfile: string, minify?: boolean, sourcemap?: boolean, define?: Record<string, string>}} options
 */
export async function bundle({ entry, outfile, minify = true, sourcemap = false, define = {} }) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "iife",
    target: ["es2019"],
    minify,
    sourcemap,
    jsx: "transform",
    jsxFactory: "React.createElement",
    jsxFragment: "React.Fragment",
    define: { "process.env.NODE_ENV": '"production"', ...define },
    plugins: [globalsPlugin],
    logLevel: "warning",
  });
}
