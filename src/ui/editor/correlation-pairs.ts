/** One correlation a planner states: input a and input b have rank correlation rho. */
export interface CorrelationPair {
  a: string;
  b: string;
  rho: number;
}

interface CorrelationDoc {
  inputs: string[];
  matrix: number[][];
}

/** The stated (non-zero, off-diagonal) pairs of a scenario's correlation matrix. */
export function pairsOf(doc: CorrelationDoc | undefined): CorrelationPair[] {
  if (!doc || !Array.isArray(doc.inputs) || !Array.isArray(doc.matrix)) return [];
  const pairs: CorrelationPair[] = [];
  doc.inputs.forEach((a, i) =>
    doc.inputs.forEach((b, j) => {
      const rho = doc.matrix[i]?.[j];
      if (j > i && typeof rho === 'number' && rho !== 0) pairs.push({ a, b, rho });
    }),
  );
  return pairs;
}

/**
 * The correlation matrix for a list of pairs: the inputs they name, in order of appearance,
 * ones on the diagonal, each pair's rho in both its places, 0 elsewhere. Undefined for none.
 */
export function docOf(pairs: CorrelationPair[]): CorrelationDoc | undefined {
  const inputs = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  if (inputs.length === 0) return undefined;
  const matrix: number[][] = inputs.map((_, i) => inputs.map((__, j) => (i === j ? 1 : 0)));
  for (const p of pairs) {
    const i = inputs.indexOf(p.a);
    const j = inputs.indexOf(p.b);
    if (i !== j) matrix[i][j] = matrix[j][i] = p.rho;
  }
  return { inputs, matrix };
}
