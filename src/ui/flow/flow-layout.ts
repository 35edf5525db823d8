export interface FlowNode { id: string; col: number; x: number; y: number }
/** `label` is false for routes that skip a column: their ends crowd others, so the tooltip carries the number. */
export interface FlowEdge { from: string; to: string; path: string; labelX: number; labelY: number; label: boolean }
export interface FlowLayout { nodes: FlowNode[]; edges: FlowEdge[]; width: number; height: number }

export const NODE_W = 56;
export const NODE_H = 46;
const COL_GAP = 30;
const ROW_GAP = 14;
const PAD = 8;

/**
 * Places the activities in columns by their longest route from a starting activity
 * (A1 → A2 → B/C/D/E1 → E2 → F for the application) and draws each route as a path from the
 * right edge of one box to the left edge of the next; routes that skip a column bend around
 * the boxes between. Routes must point forward (the scenario layer checks). O(activities²).
 */
export function layoutFlow(ids: readonly string[], routes: { from: string; to: string }[]): FlowLayout {
  const col = new Map<string, number>(ids.map((a) => [a, 0]));
  for (let pass = 0; pass < ids.length; pass++) {
    for (const r of routes) col.set(r.to, Math.max(col.get(r.to)!, col.get(r.from)! + 1));
  }
  const cols = Math.max(...col.values()) + 1;
  const members = Array.from({ length: cols }, (_, c) => ids.filter((a) => col.get(a) === c));
  const rows = Math.max(...members.map((m) => m.length));
  const height = 2 * PAD + rows * NODE_H + (rows - 1) * ROW_GAP + 2 * NODE_H;
  const mid = height / 2;
  const nodes: FlowNode[] = members.flatMap((m, c) =>
    m.map((id, i) => ({ id, col: c, x: PAD + c * (NODE_W + COL_GAP), y: mid + (i - (m.length - 1) / 2) * (NODE_H + ROW_GAP) - NODE_H / 2 })),
  );
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = routes.map((r) => {
    const a = at.get(r.from)!;
    const b = at.get(r.to)!;
    const [x1, y1, x2, y2] = [a.x + NODE_W, a.y + NODE_H / 2, b.x, b.y + NODE_H / 2];
    if (b.col - a.col <= 1) {
      const cx = (x1 + x2) / 2;
      return { ...r, path: `M${x1},${y1} C${cx},${y1} ${cx},${y2} ${x2},${y2}`, labelX: x2 - 6, labelY: y2 - 4, label: true };
    }
    // Skipping a column: leave from the top or bottom of the box and arc past the boxes between.
    const up = y2 <= y1;
    const sy = up ? a.y : a.y + NODE_H;
    const bend = up ? PAD : height - PAD;
    return { ...r, path: `M${a.x + NODE_W / 2},${sy} C${a.x + NODE_W / 2},${bend} ${x2 - COL_GAP},${bend} ${x2},${y2}`, labelX: x2, labelY: y2, label: false };
  });
  return { nodes, edges, width: 2 * PAD + cols * NODE_W + (cols - 1) * COL_GAP, height };
}
