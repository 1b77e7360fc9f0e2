/**
 * `ExternalWrapper`: renders a layout object outside the normal tree (used by libraries
 * for portals and popups). The component is inserted into the store at `componentPath`.
 */
import React, { useEffect, useLayoutEffect, useRef, useState } from "react";
import { isLayoutNode, type LayoutNode, type Path } from "../types";
import { useApp } from "./context";
import { TreeNode } from "./TreeNode";

interface ExternalWrapperProps {
  component: LayoutNode;
  componentPath: Path;
  temp?: boolean;
}

export function ExternalWrapper({ component, componentPath, temp = false }: ExternalWrapperProps): React.ReactElement | null {
  const app = useApp();
  const [inserted, setInserted] = useState(false);
  const first = useRef(true);

  useLayoutEffect(() => {
    app.insertExternal(componentPath, component);
    setInserted(true);
    return () => {
      if (temp) app.insertExternal(componentPath, undefined);
    };
    // Mounting and unmounting only; later prop changes go through the effect below.
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (isLayoutNode(component)) app.setPropsAt(componentPath, component.props, "components");
  }, [component]);

  return inserted ? <TreeNode componentPath={componentPath} /> : null;
}
