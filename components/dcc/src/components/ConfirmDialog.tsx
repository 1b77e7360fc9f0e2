import React, { useEffect } from "react";
import { DashProps } from "../types";

interface ConfirmOwnProps {
  message?: string;
  submit_n_clicks?: number;
  submit_n_clicks_timestamp?: number;
  cancel_n_clicks?: number;
  cancel_n_clicks_timestamp?: number;
  displayed?: boolean;
}

interface ProviderOwnProps extends ConfirmOwnProps {
  children?: React.ReactNode;
}

/** Shows the browser's confirm dialog whenever `displayed` turns true and reports the answer. */
function useConfirmation(props: DashProps<ConfirmOwnProps>): void {
  const { displayed, message, setProps, submit_n_clicks = 0, cancel_n_clicks = 0 } = props;
  useEffect(() => {
    if (!displayed) {
      return undefined;
    }
    // Leave the render first: window.confirm blocks the page until answered.
    const timer = window.setTimeout(() => {
      const now = Date.now();
      setProps(
        window.confirm(message ?? "")
          ? { displayed: false, submit_n_clicks: submit_n_clicks + 1, submit_n_clicks_timestamp: now }
          : { displayed: false, cancel_n_clicks: cancel_n_clicks + 1, cancel_n_clicks_timestamp: now },
      );
    }, 0);
    return () => window.clearTimeout(timer);
  }, [displayed]);
}

/** A confirm dialog shown when a callback sets `displayed=True`; renders nothing itself. */
export function ConfirmDialog(props: DashProps<ConfirmOwnProps>): null {
  useConfirmation(props);
  return null;
}

/** Wraps a clickable child; a click asks for confirmation first. */
export function ConfirmDialogProvider(props: DashProps<ProviderOwnProps>): React.ReactElement {
  useConfirmation(props);
  return (
    <div id={props.id} className="dash-confirm-provider" onClick={() => props.setProps({ displayed: true })}>
      {props.children}
    </div>
  );
}
