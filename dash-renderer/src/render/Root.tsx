/** The root of the page: the layout (a component or a list of them) and the dev tools. */
import React, { useCallback, useSyncExternalStore } from "react";
import type { DashApp } from "../app";
import { showsDevErrors } from "../config";
import { DevTools } from "../errors/DevTools";
import { UndoRedo } from "../devtools/UndoRedo";
import { AppContext } from "./context";
import { renderValue } from "./TreeNode";
import { ROOT_PATH } from "../store";

function Layout({ app }: { app: DashApp }): React.ReactElement {
  const subscribe = useCallback((listener: () => void) => app.store.subscribePath([], listener), [app]);
  const layout = useSyncExternalStore(subscribe, () => app.store.getIn(ROOT_PATH));
  return <>{renderValue(layout, ROOT_PATH)}</>;
}

export function Root({ app }: { app: DashApp }): React.ReactElement {
  return (
    <AppContext.Provider value={app}>
      <Layout app={app} />
      {showsDevErrors(app.config) && <DevTools errors={app.errors} />}
      {app.history && <UndoRedo history={app.history} onUndo={() => app.undoRedo(false)} onRedo={() => app.undoRedo(true)} />}
    </AppContext.Provider>
  );
}
