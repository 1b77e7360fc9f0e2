import { useEffect, useRef } from "react";
import { DashProps } from "../types";
import { pushHistory, PUSHSTATE_EVENT } from "../utils/navigation";

interface LocationOwnProps {
  pathname?: string;
  search?: string;
  hash?: string;
  href?: string;
  refresh?: boolean | "callback-nav";
}

function current(): Required<Pick<LocationOwnProps, "pathname" | "search" | "hash" | "href">> {
  const { pathname, search, hash, href } = window.location;
  return { pathname, search, hash, href };
}

/** The URL a callback asked for, or null when the props match the address bar. */
function requestedHref(props: LocationOwnProps, previous: LocationOwnProps): string | null {
  const here = current();
  if (props.href !== undefined && props.href !== previous.href && props.href !== here.href) {
    return props.href;
  }
  const parts = (["pathname", "search", "hash"] as const).filter(
    (key) => props[key] !== undefined && props[key] !== previous[key] && props[key] !== here[key],
  );
  if (!parts.length) {
    return null;
  }
  const url = new URL(here.href);
  for (const key of parts) {
    url[key] = props[key] as string;
  }
  return url.href;
}

/** Mirrors the address bar in props; props set by callbacks navigate (reload when `refresh=True`). */
export function Location(props: DashProps<LocationOwnProps>): null {
  const { setProps, refresh = true } = props;
  const previous = useRef<LocationOwnProps>({});
  const report = useRef(setProps);
  report.current = setProps;

  const sync = (): void => {
    const here = current();
    const changes = (Object.keys(here) as (keyof typeof here)[]).filter((key) => previous.current[key] !== here[key]);
    if (changes.length) {
      previous.current = { ...previous.current, ...here };
      report.current(here);
    }
  };

  const mounted = useRef(false);

  useEffect(() => {
    // On mount the layout's values are only reported back, never navigated to.
    const target = mounted.current ? requestedHref(props, previous.current) : null;
    mounted.current = true;
    previous.current = { pathname: props.pathname, search: props.search, hash: props.hash, href: props.href };
    if (target === null) {
      sync();
    } else if (refresh === true) {
      window.location.href = target;
    } else {
      pushHistory(target);
    }
  }, [props.pathname, props.search, props.hash, props.href]);

  useEffect(() => {
    window.addEventListener("popstate", sync);
    window.addEventListener(PUSHSTATE_EVENT, sync);
    return () => {
      window.removeEventListener("popstate", sync);
      window.removeEventListener(PUSHSTATE_EVENT, sync);
    };
  }, []);

  return null;
}
