import dagre from '@dagrejs/dagre';

export interface FlowNode { id: string; col: number; x: number; y: number }
/** `label` is false for routes that skip a column: their ends crowd others, so the tooltip carries the number. */
export interface FlowEdge { from: string; to: string; path: string; labelX: number; labelY: number; label: boolean }
export interface FlowLayout { nodes: FlowNode[]; edges: FlowEdge[]; width: number; height: number }

export const NODE_W = 56;
export const NODE_H = 46;
const COL_GAP = 30;
const ROW_GAP = 14;
const PAD = 8;

/** A smooth path through dagre's points: each stretch a curve that leaves and arrives level. */
function curve(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  let d = `M${first.x.toFixed(1)},${first.y.toFixed(1)}`;
  let prev = first;
  for (const p of rest) {
    const cx = ((prev.x + p.x) / 2).toFixed(1);
    d += ` C${cx},${prev.y.toFixed(1)} ${cx},${p.y.toFixed(1)} ${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    prev = p;
  }
  return d;
}

/**
 * Lays out any programme's activities and routes (a directed acyclic graph; the scenario layer
 * refuses cycles) left to right in layers, with dagre's layered layout (Sugiyama: ranks by
 * network simplex, crossings reduced by ordering, routes bent around the boxes they pass):
 * A1 → A2 → B/C/D/E1 → E2 → F for the application. A route's count is printed at its end
 * where it comes from the column before; the others carry it in their tooltip.
 */
export function layoutFlow(ids: readonly string[], routes: readonly { from: string; to: string }[]): FlowLayout {
  if (ids.length === 0) return { nodes: [], edges: [], width: 2 * PAD, height: 2 * PAD };
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COL_GAP, marginx: PAD, marginy: PAD + NODE_H / 2 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) g.setNode(id, { width: NODE_W, height: NODE_H });
  const known = new Set(ids);
  const drawn = routes.filter((r) => known.has(r.from) && known.has(r.to) && r.from !== r.to);
  for (const r of drawn) g.setEdge(r.from, r.to);
  dagre.layout(g);

  // Columns are the layers, left to right.
  const xs = [...new Set(ids.map((id) => Math.round(g.node(id).x)))].sort((a, b) => a - b);
  const nodes: FlowNode[] = ids.map((id) => {
    const n = g.node(id);
    return { id, col: xs.indexOf(Math.round(n.x)), x: n.x - NODE_W / 2, y: n.y - NODE_H / 2 };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: FlowEdge[] = drawn.map((r) => {
    const points = g.edge(r.from, r.to).points ?? [];
    const end = points[points.length - 1] ?? { x: at.get(r.to)!.x, y: at.get(r.to)!.y + NODE_H / 2 };
    return { ...r, path: curve(points.length ? points : [end]), labelX: end.x - 6, labelY: end.y - 4, label: at.get(r.to)!.col - at.get(r.from)!.col <= 1 };
  });
  const { width = 0, height = 0 } = g.graph();
  return { nodes, edges, width: Math.max(width, 2 * PAD + NODE_W), height: Math.max(height, 2 * PAD + NODE_H) };
}
