import { baselineDoc, valid, type Doc } from '../scenario-fixture';

/**
 * A scenario whose only flow is A1 (100 seats, all filled) → A2 (100 seats) with the
 * mobilisation rate `proceed`, so participants.A2 in period 1 is exactly Binomial(100, m)
 * given the rate m: the solver and sensitivity can be checked against the binomial.
 */
export function oneStep(proceed: unknown): ReturnType<typeof valid> {
  const d: Doc = baselineDoc();
  for (const a of Object.keys(d.activities)) {
    d.activities[a].units = { period1: 0, period2: 0 };
    delete d.activities[a].routing;
  }
  d.activities.A1.units = { period1: 10, period2: 0 };
  d.activities.A1.companiesPerUnit = 10;
  d.activities.A1.recruitment = { fillRate: 1 };
  d.activities.A1.routing = { proceed, to: { A2: 1 } };
  d.activities.A2.units = { period1: 10, period2: 0 };
  d.activities.A2.companiesPerUnit = 10;
  delete d.activities.A2.recruitment;
  d.targets = { 'participants.A2': { period1: 50 } };
  return valid(d);
}
