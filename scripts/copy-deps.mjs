// Copies the React 18 UMD builds, prop-types and regenerator-runtime into dash/deps, where the server
// serves them from (never a CDN when serve_locally, the default).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, "dash", "deps");
mkdirSync(target, { recursive: true });

const files = [
  ["react/umd/react.production.min.js", "react@18.3.1.min.js"],
  ["react/umd/react.development.js", "react@18.3.1.js"],
  ["react-dom/umd/react-dom.production.min.js", "react-dom@18.3.1.min.js"],
  ["react-dom/umd/react-dom.development.js", "react-dom@18.3.1.js"],
  ["prop-types/prop-types.min.js", "prop-types@15.8.1.min.js"],
  ["prop-types/prop-types.js", "prop-types@15.8.1.js"],
  // regeneratorRuntime, which component bundles built with older Babel presets expect
  // as a page global (upstream's page provides it too); minified below.
  ["regenerator-runtime/runtime.js", "regenerator-runtime@0.14.1.js"],
];
// Resolve through each package's directory: react's "exports" map hides its umd/ files.
function resolveFile(source) {
  const [pkg, ...rest] = source.split("/");
  return join(dirname(require.resolve(`${pkg}/package.json`)), ...rest);
}

for (const [source, name] of files) {
  copyFileSync(resolveFile(source), join(target, name));
}

// regenerator-runtime ships no minified build: make the one production pages load.
const { transformSync } = require("esbuild");
const runtime = readFileSync(join(target, "regenerator-runtime@0.14.1.js"), "utf8");
writeFileSync(join(target, "regenerator-runtime@0.14.1.min.js"), transformSync(runtime, { minify: true }).code);
