// Windowing for long lists: only the rows in (or near) the viewport are rendered.

const OVERSCAN = 10;

/** Index range `[start, end)` of the rows to render for a scroll position. */
export function visibleWindow(
  count: number,
  rowHeight: number,
  viewportHeight: number,
  scrollTop: number,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, first + Math.ceil(viewportHeight / rowHeight) + OVERSCAN);
  return { start, end: Math.max(start, end) };
}
