import React from "react";
import { DashProps } from "../types";
import { pushHistory } from "../utils/navigation";

interface LinkOwnProps {
  children?: React.ReactNode;
  href?: string;
  target?: string;
  refresh?: boolean;
  title?: string;
}

/** An anchor that navigates without reloading (unless `refresh`, a `target`, or a modifier key). */
export function Link(props: DashProps<LinkOwnProps>): React.ReactElement {
  const { href = "", target, refresh = false } = props;
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
    <a id={props.id} className={props.className} style={props.style} href={href} target={target} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  );
}
