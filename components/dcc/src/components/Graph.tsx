import React, { useEffect, useRef, useState } from "react";
import { loadPlotly, PlotlyApi, PlotlyDiv } from "../plotly";
import { DashProps } from "../types";
import { eventData, traceUpdate } from "../utils/plotlyEvents";

interface Figure {
  data?: unknown[];
  layout?: Record<string, unknown>;
  frames?: unknown[];
}

interface GraphOwnProps {
  figure?: Figure;
  config?: Record<string, unknown>;
  responsive?: boolean | "auto";
  animate?: boolean;
  animation_options?: object;
  clear_on_unhover?: boolean;
  extendData?: unknown;
  prependData?: unknown;
  clickData?: unknown;
  clickAnnotationData?: unknown;
  hoverData?: unknown;
  selectedData?: unknown;
  relayoutData?: unknown;
  restyleData?: unknown;
  mathjax?: boolean;
}

type GraphProps = DashProps<GraphOwnProps>;

const DEFAULT_ANIMATION = { frame: { redraw: false }, transition: { duration: 750, ease: "cubic-in-out" } };

function isResponsive(responsive: GraphProps["responsive"], layout: Record<string, unknown>): boolean {
  if (responsive === true || responsive === false) {
    return responsive;
  }
  // "auto": follow the container unless the figure fixes its own size.
  return layout.autosize !== false && layout.width == null && layout.height == null;
}

/** A Plotly figure; plotly.js is fetched from the server when the first Graph mounts. */
export function Graph(props: GraphProps): React.ReactElement {
  const { id, className, style, figure, config, responsive = "auto", animate = false } = props;
  const graphDiv = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  // Every plotly.js call goes through this chain, so updates apply in prop order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const plotted = useRef(false);
  // As upstream, `dash-graph--pending` marks a graph not drawn yet (tests wait on it).
  const [pending, setPending] = useState(true);

  const enqueue = (work: (plotly: PlotlyApi, gd: PlotlyDiv) => unknown): void => {
    queue.current = queue.current
      .then(() => loadPlotly())
      .then((plotly) => {
        const gd = graphDiv.current as PlotlyDiv | null;
        return gd ? work(plotly, gd) : undefined;
      })
      .catch((error: unknown) => console.error("dcc.Graph:", error));
  };

  const layout = figure?.layout ?? {};
  const responsiveNow = isResponsive(responsive, layout);

  const figureGeneration = useRef(0);

  useEffect(() => {
    const generation = ++figureGeneration.current;
    enqueue((plotly, gd) => {
      if (generation !== figureGeneration.current) {
        return undefined; // a newer figure is already queued: draw only that one
      }
      const data = figure?.data ?? [];
      // plotly.js writes user interactions (zoom, ...) into the layout it is given; give it its own copy.
      const ownLayout = JSON.parse(JSON.stringify(layout)) as Record<string, unknown>;
      if (animate && plotted.current) {
        return plotly.animate(gd, { data, layout: ownLayout }, latest.current.animation_options ?? DEFAULT_ANIMATION);
      }
      const fullConfig = { ...(config ?? {}), responsive: responsiveNow };
      return plotly.react(gd, { data, layout: ownLayout, frames: figure?.frames, config: fullConfig }).then(() => {
        if (!plotted.current) {
          plotted.current = true;
          bindEvents(gd);
          setPending(false);
        }
      });
    });
  }, [figure, config, responsiveNow, animate]);

  useEffect(() => {
    const change = traceUpdate(props.extendData);
    if (props.extendData != null && change) {
      enqueue((plotly, gd) => plotly.extendTraces(gd, change.update, change.indices, change.maxPoints));
    }
  }, [props.extendData]);

  useEffect(() => {
    const change = traceUpdate(props.prependData);
    if (props.prependData != null && change) {
      enqueue((plotly, gd) => plotly.prependTraces(gd, change.update, change.indices, change.maxPoints));
    }
  }, [props.prependData]);

  useEffect(() => {
    const gd = graphDiv.current;
    if (!responsiveNow || !gd || typeof ResizeObserver === "undefined") {
      return undefined;
    }
    // plotly.js only listens to window resizes; containers also change size on their own.
    const observer = new ResizeObserver(() => {
      if (plotted.current && window.Plotly) {
        window.Plotly.Plots.resize(gd).catch(() => undefined);
      }
    });
    observer.observe(gd);
    return () => observer.disconnect();
  }, [responsiveNow]);

  useEffect(
    () => () => {
      const gd = graphDiv.current;
      if (gd && window.Plotly) {
        window.Plotly.purge(gd);
      }
    },
    [],
  );

  function bindEvents(gd: PlotlyDiv): void {
    const set = (changes: Partial<GraphOwnProps>): void => latest.current.setProps(changes);
    gd.on("plotly_click", (event) => set({ clickData: eventData(event) }));
    gd.on("plotly_clickannotation", (event) => {
      const { index, annotation } = (event ?? {}) as { index?: number; annotation?: unknown };
      set({ clickAnnotationData: { index, annotation: JSON.parse(JSON.stringify(annotation ?? null)) } });
    });
    gd.on("plotly_hover", (event) => set({ hoverData: eventData(event) }));
    gd.on("plotly_unhover", () => {
      if (latest.current.clear_on_unhover) {
        set({ hoverData: null });
      }
    });
    gd.on("plotly_selected", (event) => set({ selectedData: event ? eventData(event) : null }));
    gd.on("plotly_deselect", () => set({ selectedData: null }));
    gd.on("plotly_relayout", (event) => set({ relayoutData: event }));
    gd.on("plotly_restyle", (event) => set({ restyleData: event }));
  }

  const graphStyle: React.CSSProperties = responsiveNow ? { height: "100%", width: "100%" } : {};
  return (
    <div id={id} className={["dash-graph", pending ? "dash-graph--pending" : "", className ?? ""].filter(Boolean).join(" ")} style={style}>
      <div ref={graphDiv} style={graphStyle} />
    </div>
  );
}
