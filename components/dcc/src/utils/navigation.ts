// Client-side navigation shared by Link and Location.

/** The event dash listens to after a history.pushState made by a component. */
export const PUSHSTATE_EVENT = "_dashprivate_pushstate";

/** Push `href` onto the history and tell every Location about it. */
export function pushHistory(href: string): void {
  window.history.pushState({}, "", href);
  window.dispatchEvent(new CustomEvent(PUSHSTATE_EVENT));
}
