import React from "react";
import { DashProps } from "../types";
import { safeUrl } from "../../../html/src/url";
import { pushHistory } from "../utils/navigation";

interface LinkOwnProps {
  children?: React.ReactNode;
  href?: string;
  target?: string;
  refresh?: boolean;
  title?: string;
}

/**
 * An anchor that navigates without reloading (unless `refresh`, a `target`, or a modifier key).
 * A blank `href` renders no href at all; a `javascript:` one renders `about:blank`, as in Dash.
 */
export function Link(props: DashProps<LinkOwnProps>): React.ReactElement {
  const { target, refresh = false } = props;
  const href = safeUrl(props.href ?? "", "Dangerous link detected::");
  const onClick = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    const external = /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(window.location.origin);
    if (refresh || external || (target && target !== "_self") || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    pushHistory(href);
    window.scrollTo(0, 0);
  };
  return (
    <a id={props.id} className={props.className} style={props.style} href={href || undefined} target={target} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  );
}
