import { describe, expect, it } from 'vitest';
import { logFactorial } from '../../../src/engine/sample/log-factorial';
import { logFactorials } from '../reference';

describe('logFactorial', () => {
  const reference = logFactorials(2000);

  it('equals the sum of ln i for k = 0 … 2000 (table and Stirling series)', () => {
    let worst = 0;
    let at = -1;
    for (let k = 0; k <= 2000; k++) {
      const err = Math.abs(logFactorial(k) - reference[k]);
      if (err > worst) [worst, at] = [err, k];
    }
    // Dropping the series' 1/(360 x³) term would be off by 1.6e-10 at k = 256.
    expect(worst, `worst at k = ${at}`).toBeLessThan(1e-11);
  });

  it('is exact at small k: 0! = 1! = 1, 5! = 120, 10! = 3628800', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 14);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 13);
  });

  it('steps by ln k across the table/series boundary', () => {
    for (let k = 250; k <= 262; k++) expect(Math.abs(logFactorial(k) - logFactorial(k - 1) - Math.log(k))).toBeLessThan(1e-11);
  });
});
