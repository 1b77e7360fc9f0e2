// Builds the renderer bundle that the server serves as dash-renderer/build/dash_renderer.min.js.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle({
  entry: join(here, "src", "index.tsx"),
  outfile: join(here, "..", "dash", "dash-renderer", "build", "dash_renderer.min.js"),
});
