import { defaultPeriodLabel } from '../text';

/**
 * Scenario documents of earlier format versions, brought to the current one on read, so
 * every file, share link and browser record a planner has keeps opening. Nothing is dropped:
 * a field the old format did not know is carried over, for validation to report.
 */

/** The seed programme's activities in the order version 1 listed them (it keyed them by id). */
const V1_ORDER = ['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F'];
/** Version 1's one innovation activity; the others aimed at growth. */
const V1_INNOVATION = ['F'];
const V1_PERIODS = ['period1', 'period2'];

/** Version 1's unit words as version 2 writes them, singular and plural in each language. */
const V1_UNITS: Record<string, UnitWords> = {
  module: { da: { one: 'modul', other: 'moduler' }, en: { one: 'module', other: 'modules' } },
  camp: { da: { one: 'camp', other: 'camps' }, en: { one: 'camp', other: 'camps' } },
  course: { da: { one: 'forløb', other: 'forløb' }, en: { one: 'course', other: 'courses' } },
  group: { da: { one: 'gruppe', other: 'grupper' }, en: { one: 'group', other: 'groups' } },
  network: { da: { one: 'netværk', other: 'netværk' }, en: { one: 'network', other: 'networks' } },
};

export interface UnitWords {
  da: { one: string; other: string };
  en: { one: string; other: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The document in the current format (version 2), and the version it was written in. A
 * document of version 2, of no known version, or no object at all is returned as it is.
 */
export function migrateScenario(doc: unknown): { doc: unknown; from: number | null } {
  if (!isObject(doc)) return { doc, from: null };
  if (doc.schemaVersion === 1) return { doc: fromV1(doc), from: 1 };
  return { doc, from: typeof doc.schemaVersion === 'number' ? doc.schemaVersion : null };
}

/**
 * Version 1 → 2: periods and activities become lists (the seed's order), each with its id;
 * periods get their names, activities their unit words and what they aim at. Everything else
 * (inputs, outcomes, targets, actuals, sampling) is kept as it was: their paths read the same,
 * `activities.B.units.period1`, since a path names a list's entries by id.
 */
function fromV1(v1: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v1)) {
    if (key === 'schemaVersion') out.schemaVersion = 2;
    else if (key === 'periods') out.periods = isObject(value) ? periods(value) : value;
    else if (key === 'activities') out.activities = isObject(value) ? activities(value) : value;
    else out[key] = value;
  }
  return out;
}

function periods(v: Record<string, unknown>): unknown[] {
  const ids = [...V1_PERIODS.filter((id) => id in v), ...Object.keys(v).filter((id) => !V1_PERIODS.includes(id))];
  return ids.map((id, i) => {
    const p = v[id];
    return isObject(p) ? { id, label: defaultPeriodLabel(i + 1), ...p } : { id, years: p };
  });
}

function activities(v: Record<string, unknown>): unknown[] {
  const ids = [...V1_ORDER.filter((id) => id in v), ...Object.keys(v).filter((id) => !V1_ORDER.includes(id))];
  return ids.map((id) => {
    const a = v[id];
    if (!isObject(a)) return { id, value: a };
    const { name, unit, ...rest } = a;
    return {
      id,
      ...(name === undefined ? {} : { name }),
      unit: typeof unit === 'string' && V1_UNITS[unit] ? V1_UNITS[unit] : unit,
      aim: V1_INNOVATION.includes(id) ? 'innovation' : 'growth',
      ...rest,
    };
  });
}
