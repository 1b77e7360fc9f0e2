/**
 * Entry point: `window.DashRenderer`. The page's inline script runs `new DashRenderer(hooks)`;
 * it reads the config, fetches the layout and the callback specs in parallel, mounts the
 * tree into `#react-entry-point` and fires the initial callbacks.
 */
import React from "react";
import ReactDOM from "react-dom/client";
import { installComponentApi } from "./api";
import { DashApp } from "./app";
import { Requests, type RendererHooks } from "./callbacks/network";
import { clientsideNamespace } from "./callbacks/clientside";
import { readConfig } from "./config";
import { Root } from "./render/Root";
import { dashWindow } from "./globals";
import { DashStore } from "./store";
import type { CallbackSpec } from "./types";
import { followTitle } from "./title";
import { watchForReload } from "./hotReload";

class DashRenderer {
  /** The running app, once the layout and dependencies have loaded. */
  app: DashApp | null = null;
  readonly ready: Promise<void>;

  constructor(hooks: RendererHooks = {}) {
    this.ready = this.boot(hooks).catch((err: Error) => showFatal(err));
  }

  private async boot(hooks: RendererHooks): Promise<void> {
    const win = dashWindow();
    const config = readConfig();
    win.__dashprivate_childrenProps = config.children_props ?? {};
    const store = new DashStore(config);
    win.store = store;
    (win.dash_stores ??= []).push(store);

    const requests = new Requests(config, hooks);
    const [layout, specs] = await Promise.all([
      requests.getLayout(),
      requests.getJson("_dash-dependencies") as Promise<CallbackSpec[]>,
    ]);
    const app = new DashApp(store, config, specs, requests);
    this.app = app;
    window.addEventListener("pagehide", () => app.scheduler.cancelAllJobs());
    followTitle(store, config.update_title);
    watchForReload(config, app.devtools?.reloadHooks());

    const mount = document.getElementById("react-entry-point");
    if (!mount) throw new Error("The page has no #react-entry-point element to render into.");
    app.start(layout);
    ReactDOM.createRoot(mount).render(<Root app={app} />);
  }
}

function showFatal(err: Error): void {
  console.error(err);
  const mount = document.getElementById("react-entry-point");
  if (mount) {
    mount.innerHTML = "";
    const box = document.createElement("div");
    box.className = "dash-fatal-error";
    box.style.cssText = "color:#b00020;font:14px system-ui,sans-serif;padding:12px";
    box.textContent = `Dash could not start: ${err.message}`;
    mount.appendChild(box);
  }
}

dashWindow().DashRenderer = DashRenderer;
// Helpers such as dash_clientside.no_update exist as soon as the renderer script loads.
clientsideNamespace();
installComponentApi();
