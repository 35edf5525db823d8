import { describe, expect, it } from 'vitest';
import { coherenceChecks } from '../../src/scenario/checks';
import { baseline, baselineDoc, valid } from '../engine/scenario-fixture';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const message = (id: string, lang: 'da' | 'en', v = baseline()) => {
  const c = coherenceChecks(v).find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return nbsp(c.message[lang]);
};

describe('coherence checks name assumptions as the editor does', () => {
  it('an assumption outside the evidence: its label, its median in percent, the source in the language', () => {
    expect(message('evidence.activities.B.growthProbability', 'en')).toBe(
      'B: Becomes a growth company: the assumption (median 96.5 %) lies outside what published evidence supports (5–20 %; Erhvervsstyrelsen effect chain (200 → 40 → 15); Dansk Industri 2022/6 (5.4 % of firms)).',
    );
    expect(message('evidence.activities.B.growthProbability', 'da')).toBe(
      'B: Bliver vækstvirksomhed: antagelsen (median 96,5 %) ligger uden for det, som offentliggjort evidens støtter (5–20 %; Erhvervsstyrelsens effektkæde (200 → 40 → 15); Dansk Industri 2022/6 (5,4 % af virksomhederne)).',
    );
  });

  it('jobs and kroner in their units', () => {
    const doc = baselineDoc();
    doc.outcomes.revenuePerFteDkk = 3_000_000;
    const v = valid(doc);
    expect(message('evidence.outcomes.revenuePerFteDkk', 'en', v)).toMatch(/^Revenue per new job: the assumption \(median DKK 3,000,000\) lies outside .* \(DKK 1,000,000–2,500,000; effect measurements/);
    expect(message('evidence.outcomes.revenuePerFteDkk', 'da', v)).toMatch(/^Omsætning pr\. nyt job: antagelsen \(median 3\.000\.000 kr\.\) .* \(1\.000\.000–2\.500\.000 kr\.; effektmålinger/);
    expect(message('evidence.outcomes.growth.ftePerGrowthCompany.mean', 'da')).toMatch(/^Nye job pr\. vækstvirksomhed: Middel pr\. virksomhed: antagelsen \(median 2,21 årsværk\) .* \(3,64–35 årsværk; definitionens nedre grænse/);
  });

  it('no check shows a document path or a probability as a fraction', () => {
    for (const c of coherenceChecks(baseline())) {
      for (const lang of ['da', 'en'] as const) {
        expect(c.message[lang]).not.toMatch(/activities\.|outcomes\./);
        expect(c.message[lang]).not.toMatch(/median 0[.,]\d/);
      }
    }
  });

  it('the time to growth status by the editor’s label', () => {
    expect(message('growth.lagShorterThanDefinition', 'en')).toBe('Years from support to growth company: the median (2 years) is shorter than the definition\'s three years of growth.');
    expect(message('growth.lagShorterThanDefinition', 'da')).toBe('År fra støtte til vækstvirksomhed: medianen (2 år) er kortere end definitionens tre års vækst.');
  });
});
