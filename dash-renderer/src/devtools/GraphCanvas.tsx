/**
 * The callback graph drawn on three stacked canvases, as upstream's graph (users' suites
 * look for `canvas[data-id="layer2-node"]`): `layer2-node` holds the edges and nodes,
 * `layer1-drag` the node being dragged, `layer0-selectbox` the outline of the node under
 * the pointer. Dragging a node moves it for good (its position lives in the layout).
 */
import React, { useEffect, useMemo, useRef, useState } from "react";
import type { GraphCallback } from "../callbacks/graph";
import type { CallbackRecord } from "./callbackMonitor";
import { graphOf, nodeWidth, placeNodes, type GraphLayout, type GraphNode, type Point } from "./graphLayout";

/** The smallest canvas width; a wider graph widens it (the panel scrolls). */
const WIDTH = 700;
const HEIGHT = 300;
const NODE_H = 24;
const FONT = "11px system-ui, sans-serif";
const STATUS_COLOR: Record<string, string> = { done: "#00cc96", prevented: "#a2b1c6", failed: "#ef553b", cancelled: "#a2b1c6", running: "#ffa15a" };

type Ctx = CanvasRenderingContext2D;

function drawNode(ctx: Ctx, node: GraphNode, at: Point, record: CallbackRecord | undefined): void {
  const w = nodeWidth(node);
  ctx.font = FONT;
  ctx.fillStyle = node.kind === "callback" ? STATUS_COLOR[record?.status ?? ""] ?? "#e5e9f0" : "#ffffff";
  ctx.strokeStyle = node.kind === "callback" ? "#7a5af8" : "#506784";
  ctx.beginPath();
  ctx.roundRect(at.x - w / 2, at.y - NODE_H / 2, w, NODE_H, node.kind === "callback" ? NODE_H / 2 : 4);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = "#2a3f5f";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(node.label, at.x, at.y);
}

function context(canvas: HTMLCanvasElement | null): Ctx | null {
  const ctx = canvas?.getContext("2d") ?? null;
  ctx?.clearRect(0, 0, canvas!.width, canvas!.height);
  return ctx;
}

export function GraphCanvas({ callbacks, records, layout }: { callbacks: GraphCallback[]; records: Record<string, CallbackRecord>; layout: GraphLayout }): React.ReactElement {
  const graph = useMemo(() => graphOf(callbacks), [callbacks]);
  placeNodes(layout, graph.nodes, graph.rows);
  const width = Math.max(WIDTH, ...graph.nodes.map((node) => layout.positions[node.id].x + nodeWidth(node) / 2 + 20));
  const select = useRef<HTMLCanvasElement>(null);
  const drag = useRef<HTMLCanvasElement>(null);
  const nodesLayer = useRef<HTMLCanvasElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [moves, setMoves] = useState(0);
  const recordOf = (node: GraphNode) => (node.output === undefined ? undefined : records[node.output]);

  useEffect(() => {
    const ctx = context(nodesLayer.current);
    if (!ctx) return;
    ctx.strokeStyle = "#a2b1c6";
    for (const [from, to] of graph.edges) {
      const a = layout.positions[from];
      const b = layout.positions[to];
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    for (const node of graph.nodes) if (node.id !== dragging) drawNode(ctx, node, layout.positions[node.id], recordOf(node));
    const dragCtx = context(drag.current);
    const held = graph.nodes.find((node) => node.id === dragging);
    if (dragCtx && held) drawNode(dragCtx, held, layout.positions[held.id], recordOf(held));
  });

  useEffect(() => {
    const ctx = context(select.current);
    const node = graph.nodes.find((n) => n.id === hovered);
    if (!ctx || !node) return;
    const at = layout.positions[node.id];
    const w = nodeWidth(node);
    ctx.strokeStyle = "#119dff";
    ctx.lineWidth = 2;
    ctx.strokeRect(at.x - w / 2 - 3, at.y - NODE_H / 2 - 3, w + 6, NODE_H + 6);
  }, [hovered, moves, graph, layout]);

  const point = (event: React.MouseEvent): Point => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const hit = (p: Point): string | null => {
    const node = [...graph.nodes].reverse().find((n) => {
      const at = layout.positions[n.id];
      return Math.abs(p.x - at.x) <= nodeWidth(n) / 2 && Math.abs(p.y - at.y) <= NODE_H / 2;
    });
    return node?.id ?? null;
  };
  const canvas = (id: string, ref: React.RefObject<HTMLCanvasElement>, z: number) => (
    <canvas data-id={id} ref={ref} width={width} height={HEIGHT} style={{ position: "absolute", zIndex: z, width, height: HEIGHT }} />
  );
  return (
    <div
      className="dash-callback-dag__graph"
      style={{ position: "relative", width, height: HEIGHT, overflow: "hidden" }}
      onMouseDown={(event) => setDragging(hit(point(event)))}
      onMouseMove={(event) => {
        const p = point(event);
        if (dragging) {
          Object.assign(layout.positions[dragging], p);
          setMoves(moves + 1);
        }
        setHovered(hit(p));
      }}
      onMouseUp={() => setDragging(null)}
      onMouseLeave={() => setDragging(null)}
    >
      {canvas("layer0-selectbox", select, 3)}
      {canvas("layer1-drag", drag, 2)}
      {canvas("layer2-node", nodesLayer, 1)}
    </div>
  );
}
