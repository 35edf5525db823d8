import { distCdf, distQuantile, type Dist } from '../../engine/dist';
import { supportRange } from '../../scenario/support';

export interface Density {
  /** Bin edges, `n + 1` of them. */
  edges: number[];
  /** Average density in each bin: (F(right) − F(left)) / width, so bars integrate to the mass shown. */
  heights: number[];
  /** A point mass (a fixed value) has no density; it is drawn as a spike. */
  spike?: number;
}

/**
 * The density of `d` on a grid of `n` bins by differencing its CDF, which needs no density
 * formula and is exact in mass per bin. The range is the support where it is finite, the
 * 0.1 % and 99.9 % quantiles where not. O(n) CDF calls.
 */
export function densityOf(d: Dist, n = 48): Density {
  if (d.type === 'fixed') return { edges: [d.value, d.value], heights: [], spike: d.value };
  const [s0, s1] = supportRange(d);
  const lo = Number.isFinite(s0) ? s0 : distQuantile(d, 0.001);
  const hi = Number.isFinite(s1) ? s1 : distQuantile(d, 0.999);
  if (!(hi > lo)) return { edges: [lo, lo], heights: [], spike: lo };
  const edges = Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
  const cdf = edges.map((x) => distCdf(d, x));
  const heights = edges.slice(0, n).map((x, i) => (cdf[i + 1] - cdf[i]) / (edges[i + 1] - x));
  return { edges, heights };
}

/** An SVG path (area under a step-free polyline through the bin centres) filling width × height. */
export function sparkPath(density: Density, width: number, height: number): string {
  const { edges, heights, spike } = density;
  if (spike !== undefined || heights.length === 0) {
    const x = width / 2;
    return `M${x},${height}L${x},0`;
  }
  const top = Math.max(...heights);
  const x0 = edges[0];
  const span = edges[edges.length - 1] - x0;
  const sx = (x: number) => round(((x - x0) / span) * width);
  const sy = (h: number) => round(height - (top > 0 ? (h / top) * height : 0));
  const points = heights.map((h, i) => `L${sx((edges[i] + edges[i + 1]) / 2)},${sy(h)}`);
  return `M0,${height}L0,${sy(heights[0])}${points.join('')}L${width},${sy(heights[heights.length - 1])}L${width},${height}Z`;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
