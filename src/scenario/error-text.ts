import type { DistType } from '../engine/dist';
import { GENERIC_LABELS, type ProgrammeLabels } from '../text';
import { formatNumber } from '../text/format-number';
import type { ErrorCode, ErrorParams, PathError, ValueKind } from './errors';
import { distFieldWord, fieldLabel, fieldWord, type FieldWordKey } from './labels';

type Lang = 'da' | 'en';

/**
 * How a message names things for its reader. The editor's voice uses the labels and units
 * the editor shows ("95th percentile", "99 %"); a file's voice uses the document's keys and
 * its values as written ("p95", "0.99"), for someone editing the JSON.
 */
export interface Voice {
  lang: Lang;
  /** A field of a distribution (`min`, `p95`, `successes`). */
  field(key: string): string;
  value(x: number, kind?: ValueKind): string;
  /** Two values of one kind as a range, the unit written once: "5–20 %", "DKK 1,000,000–2,500,000". */
  range(min: number, max: number, kind?: ValueKind): string;
  /** A distribution type, as the reader would choose it. */
  dist(type: DistType): string;
  /** Another input of the scenario, by its path. */
  input(path: string): string;
  indicator(id: string): string;
  horizon(id: string): string;
}

// A unit stays on the line of its number.
const NBSP = '\u00a0';

/** The document's keys and values, in the language's number format (no grouping, as in a file). */
export function fileVoice(lang: Lang): Voice {
  return {
    lang,
    field: (key) => key,
    value: (x) => formatNumber(x, lang, 6, 0, false),
    range: (min, max) => `${formatNumber(min, lang, 6, 0, false)}–${formatNumber(max, lang, 6, 0, false)}`,
    dist: (type) => type,
    input: (path) => path,
    indicator: (id) => id,
    horizon: (id) => id,
  };
}

/** The editor's labels, probabilities as percentages, amounts in their units. */
export function editorVoice(lang: Lang, labels: ProgrammeLabels = GENERIC_LABELS): Voice {
  /** A number as the editor's field for its kind shows it: a probability in percent, money in whole kroner. */
  const number = (x: number, kind?: ValueKind) =>
    kind === 'probability' ? formatNumber(x * 100, lang, 2) : formatNumber(x, lang, kind === 'money' ? 0 : kind ? 2 : 4);
  /** The numbers with their kind's unit, as the editor labels it: before them only for English money ("DKK 5"). */
  const withUnit = (numbers: string, kind?: ValueKind) => {
    if (!kind) return numbers;
    const unit = fieldWord(`editor.unit.${kind}`, lang);
    return kind === 'money' && lang === 'en' ? `${unit}${NBSP}${numbers}` : `${numbers}${NBSP}${unit}`;
  };
  return {
    lang,
    field: (key) => distFieldWord(key, lang),
    value: (x, kind) => withUnit(number(x, kind), kind),
    range: (min, max, kind) => withUnit(`${number(min, kind)}–${number(max, kind)}`, kind),
    dist: (type) => fieldWord(`editor.type.${type}` as FieldWordKey, lang),
    input: (path) => fieldLabel(path, lang, labels),
    indicator: (id) => labels.indicator(id, lang),
    horizon: (id) => labels.horizon(id, lang).toLowerCase(),
  };
}

/**
 * Where a message is shown: on its own (`full`: a list of errors, the command line), at the
 * one field it concerns (`field`: the field's label is already there), or at the first or
 * second of two fields that break a rule together (each says how it relates to the other).
 */
type Perspective = 'full' | 'field' | 'first' | 'second';

/**
 * The message of `e` in `voice`'s language and words. `at` is the path of the field it is
 * shown at, if any: there it leaves out what the field's own label already says.
 */
export function errorText(e: PathError, voice: Voice, at?: string): string {
  if (e.code === undefined) return e.message;
  const which = e.fields && at !== undefined ? e.fields.indexOf(at) : -1;
  const perspective: Perspective = which === 0 ? 'first' : which === 1 ? 'second' : at !== undefined && at === e.path ? 'field' : 'full';
  const templates = (voice.lang === 'da' ? DA : EN) as Record<ErrorCode, (p: unknown, v: Voice, at: Perspective) => string>;
  return templates[e.code](e.params, voice, perspective);
}

type Templates = { [C in ErrorCode]: (p: ErrorParams[C], v: Voice, at: Perspective) => string };

/** A label in the middle of a sentence: "Most likely" → "most likely"; "PERT" and "5th percentile" stay. */
const mid = (s: string) => (s.length > 1 && s[0] !== s[0].toLowerCase() && s[1] === s[1].toLowerCase() ? s[0].toLowerCase() + s.slice(1) : s);
const quoted = (s: string) => JSON.stringify(s);
/** A name quoted as the language quotes: “…” in English, »…« in Danish. */
const quotedLabel = (s: string, lang: Lang) => (lang === 'da' ? `»${s}«` : `“${s}”`);

const NOUN: Record<Lang, Record<DistType, string>> = {
  en: { fixed: 'a fixed value', uniform: 'a uniform distribution', triangular: 'a triangular distribution', pert: 'a PERT distribution', beta: 'a beta distribution', normal: 'a normal distribution', lognormal: 'a lognormal distribution' },
  da: { fixed: 'en fast værdi', uniform: 'en ligefordeling', triangular: 'en trekantsfordeling', pert: 'en PERT-fordeling', beta: 'en betafordeling', normal: 'en normalfordeling', lognormal: 'en lognormalfordeling' },
};

const EXPECTED: Record<Lang, Record<string, string>> = {
  en: { number: 'a number', string: 'text', object: 'an object', record: 'an object', boolean: 'true or false', array: 'a list', int: 'a whole number' },
  da: { number: 'et tal', string: 'tekst', object: 'et objekt', record: 'et objekt', boolean: 'true eller false', array: 'en liste', int: 'et helt tal' },
};

/** What jsonc-parser found wrong with a file's JSON, in words: the browser's own message is English and terse. */
const JSON_REASONS: Record<Lang, Record<string, string>> = {
  en: {
    Empty: 'the file is empty',
    InvalidSymbol: 'a character that cannot stand here (is a text missing its double quotes?)',
    InvalidNumberFormat: 'a number written wrongly (JSON writes 0.5, not 0,5)',
    PropertyNameExpected: 'a field name in double quotes is expected here (is there a comma too many before it?)',
    ValueExpected: 'a value is missing here',
    ColonExpected: 'a colon (:) is missing after the field name',
    CommaExpected: 'a comma is missing between two entries',
    CloseBraceExpected: 'a closing } is missing',
    CloseBracketExpected: 'a closing ] is missing',
    EndOfFileExpected: 'the file should end here; something follows its last }',
    InvalidCommentToken: 'JSON has no comments',
    UnexpectedEndOfComment: 'JSON has no comments',
    UnexpectedEndOfString: 'a text is not closed with a double quote',
    UnexpectedEndOfNumber: 'a number breaks off',
    InvalidUnicode: 'a \\u code in a text is not valid',
    InvalidEscapeCharacter: 'a backslash in a text starts no valid code (write \\\\ for a backslash)',
    InvalidCharacter: 'a text holds a character JSON does not allow there (a line break, say)',
  },
  da: {
    Empty: 'filen er tom',
    InvalidSymbol: 'et tegn, der ikke kan stå her (mangler en tekst sine dobbelte anførselstegn?)',
    InvalidNumberFormat: 'et forkert skrevet tal (JSON skriver 0.5, ikke 0,5)',
    PropertyNameExpected: 'her skal stå et feltnavn i dobbelte anførselstegn (er der et komma for meget før?)',
    ValueExpected: 'her mangler en værdi',
    ColonExpected: 'der mangler et kolon (:) efter feltnavnet',
    CommaExpected: 'der mangler et komma mellem to elementer',
    CloseBraceExpected: 'der mangler en afsluttende }',
    CloseBracketExpected: 'der mangler en afsluttende ]',
    EndOfFileExpected: 'filen burde slutte her; der står noget efter dens sidste }',
    InvalidCommentToken: 'JSON har ingen kommentarer',
    UnexpectedEndOfComment: 'JSON har ingen kommentarer',
    UnexpectedEndOfString: 'en tekst er ikke afsluttet med dobbelte anførselstegn',
    UnexpectedEndOfNumber: 'et tal er afbrudt',
    InvalidUnicode: 'en \\u-kode i en tekst er ugyldig',
    InvalidEscapeCharacter: 'en omvendt skråstreg i en tekst indleder ingen gyldig kode (skriv \\\\ for en omvendt skråstreg)',
    InvalidCharacter: 'en tekst indeholder et tegn, JSON ikke tillader dér (f.eks. et linjeskift)',
  },
};

const KIND_NOUN: Record<Lang, Record<ValueKind, string>> = {
  en: { probability: 'probabilities', years: 'years', fte: 'jobs (FTE)', money: 'amounts of money' },
  da: { probability: 'sandsynligheder', years: 'år', fte: 'årsværk', money: 'beløb' },
};

/** "5th percentile 85 %, most likely 95 % and 95th percentile 99 %": the interval as the planner gave it. */
function given(p: { p5: number; mode?: number; p95: number; kind?: ValueKind }, v: Voice, and: string): string {
  const part = (key: string, x: number) => `${mid(v.field(key))} ${v.value(x, p.kind)}`;
  const parts = [part('p5', p.p5), ...(p.mode === undefined ? [] : [part('mode', p.mode)])];
  return `${parts.join(', ')} ${and} ${part('p95', p.p95)}`;
}

/** Why a bound holds, where a distribution imposes it. */
function because(p: { kind?: ValueKind; dist?: DistType }, v: Voice, lang: Lang): string {
  const x = (n: number) => v.value(n, p.kind);
  if (p.dist === 'lognormal') return lang === 'da' ? ' (en lognormalfordeling har kun positive værdier)' : ' (a lognormal distribution takes only positive values)';
  if (p.dist === 'beta') return lang === 'da' ? ` (en betafordeling ligger mellem ${x(0)} og ${x(1)}, begge udelukket)` : ` (a beta distribution lies strictly between ${x(0)} and ${x(1)})`;
  return '';
}

const EN: Templates = {
  json: (p) => {
    const why = (p.reason && JSON_REASONS.en[p.reason]) || p.detail;
    return p.line === undefined ? `not valid JSON: ${why}` : `not valid JSON at line ${p.line}, column ${p.column}: ${why}`;
  },
  schemaVersion: (p) => `this version reads schemaVersion 1 to ${p.expected} (an earlier one is brought up to date as it is read); the file has ${p.got}`,
  notScenarioFile: () => 'is not a scenario file of this workbench (it has no schemaVersion); export a scenario to see the format',
  unknownField: () => 'is not a known field',
  required: (p) => `is required (${p.values ? `one of ${p.values.join(', ')}` : EXPECTED.en[p.expected] ?? p.expected})`,
  notNumber: (p) => (p.text.trim() === '' ? 'must be a number; it is empty' : `must be a number, not ${quoted(p.text)}`),
  wrongType: (p) => `must be ${EXPECTED.en[p.expected] ?? p.expected}`,
  whole: () => 'must be a whole number',
  finite: () => 'must be a finite number',
  atLeast: (p, v) => `must be at least ${v.value(p.min, p.kind)}${because(p, v, 'en')}`,
  above: (p, v) => `must be above ${v.value(p.min, p.kind)}${because(p, v, 'en')}`,
  atMost: (p, v) => `must be at most ${v.value(p.max, p.kind)}${because(p, v, 'en')}`,
  below: (p, v) => `must be below ${v.value(p.max, p.kind)}${because(p, v, 'en')}`,
  empty: () => 'must not be empty',
  tooLong: (p) => `must be at most ${p.max} characters`,
  tooFew: (p) => `must name at least ${p.min}`,
  tooMany: (p) => `must name at most ${p.max}`,
  oneOf: (p) => `must be one of ${p.values.join(', ')}`,
  idFormat: () => 'must be 1–64 lower-case letters, digits or dashes',
  dateFormat: () => 'must be a date written YYYY-MM-DD, such as 2026-06-30',
  entryId: () => 'must start with a letter, then letters, digits, _ or - (at most 32)',
  duplicateId: (p) => `${quoted(p.id)} is used twice; each of the ${p.list} needs an id of its own${p.list === 'indicators' ? ', and none may be a built-in indicator’s' : ''}`,
  indicatorCode: () => 'must start with a letter, then letters, digits, . _ or - (at most 16), such as RCO04',
  unknownRuleIndicator: (p) => `${quoted(p.indicator)} is not an indicator of this programme (any more); choose one it has`,
  ruleOperand: (p) =>
    `${quoted(p.indicator)} is ${{ sum: 'a sum', ratio: 'a ratio', derived: 'a derived amount' }[p.kind]}; ${
      { sum: 'a sum adds indicators that are not sums, ratios or derived amounts', derived: 'a derived amount multiplies an indicator that is not a ratio or a derived amount', ratio: 'a ratio divides indicators that are neither sums nor ratios' }[p.rule]
    }`,
  drawSiteClash: (p) => `with an activity called “state”, an outcome may not be called ${p.names.join(', ')}: its random draws would be that activity’s; rename one of them`,
  mixedUnits: (p) => `adds indicators in different units (${p.units.map((u) => ({ companies: 'companies', fte: 'full-time jobs', dkk: 'DKK' })[u] ?? u).join(', ')}); a sum’s indicators must share one`,
  unknownState: (p) => (p.states.length ? `${quoted(p.state)} is not an outcome of this programme (${p.states.join(', ')})` : `${quoted(p.state)} is not an outcome with an amount in this programme; give an outcome an amount first`),
  parentNotCompanies: (p) => `${quoted(p.parent)} does not count the companies of a set of activities, so nothing can be a subset of it`,
  notInParent: (p) => `names ${p.activities.map(quoted).join(', ')}, which ${quoted(p.parent)} does not count; a subset counts only companies its parent counts`,
  duplicateCode: (p) => `${quoted(p.code)} is already the code of ${quoted(p.first)}; the application would report it twice`,
  twoAmounts: () => 'an outcome brings one amount: new full-time jobs (amountFte) or DKK (amountDkk); make another outcome for the other',
  tooManySets: (p) => `counts companies over ${p.got} different sets of activities; the forecast follows at most ${p.max}`,
  reservedId: (p) => `${quoted(p.id)} names a horizon after the project; a period cannot be called ${p.reserved.join(', ')}`,
  unknownPeriod: (p) => `${quoted(p.period)} is not a period of this programme (${p.periods.join(', ')})`,
  unknownActivity: (p) => `${quoted(p.activity)} is not an activity of this programme (${p.activities.join(', ')})`,
  unknownIndicator: (p) => `${quoted(p.indicator)} is not an indicator of this programme`,
  perObservation: () => 'a cost per result cannot be observed: it is the project’s whole cost over its results, which exist only at the totals; observe the cost (costDkk) and the result instead',
  costTarget: () => 'a cost takes no target: the probability shown beside a target is of reaching at least it, and a cost should stay below its budget',
  unknownHorizon: (p) => `${quoted(p.horizon)} is not a horizon of this programme (${p.horizons.join(', ')})`,
  numberOrDistribution: () => 'must be a number or a distribution such as {"type": "pert", "min": …, "mode": …, "max": …}',
  invalid: (p) => p.detail,
  distFields: (p, v) => {
    const list = (keys: string[]) => keys.map((k) => v.field(k)).join(', ');
    const forms = [list(p.native), ...(p.interval ? [`${list(p.interval)} (a 90 % interval)`] : []), ...(p.counts ? [`${list(['successes', 'trials'])} (observed counts)`] : [])];
    return `${v.dist(p.type)} takes ${forms.join(' or ')}${p.extra.length ? `, and optionally ${list(p.extra)}` : ''}; got ${list(p.given) || 'nothing'}`;
  },
  order: (p, v, at) => {
    const [a, b] = [v.field(p.first), v.field(p.second)];
    const [x, y] = [v.value(p.firstValue, p.kind), v.value(p.secondValue, p.kind)];
    if (at === 'first' || at === 'field') return p.strict ? `must be below ${mid(b)} (${y})` : `must not be above ${mid(b)} (${y})`;
    if (at === 'second') return p.strict ? `must be above ${mid(a)} (${x})` : `must not be below ${mid(a)} (${x})`;
    return `${a} (${x}) ${p.strict ? 'must be below' : 'must not be above'} ${mid(b)} (${y})`;
  },
  outOfRange: (p, v, at) => {
    const [x, b] = [v.value(p.value, p.kind), v.value(p.bound, p.kind)];
    if (at !== 'full') return p.side === 'high' ? `must be at most ${b}` : `must be at least ${b}`;
    return p.side === 'high' ? `${x} is above ${b}, the highest possible value` : `${x} is below ${b}, the lowest possible value`;
  },
  intervalBeyond: (p, v) => {
    const x = (n: number) => v.value(n, p.kind);
    const end = mid(v.field(p.side === 'high' ? 'p95' : 'p5'));
    const fix = p.side === 'high'
      ? `lower the ${end}${p.limit === undefined ? '' : ` to at most ${x(p.limit)}`}`
      : `raise the ${end}${p.limit === undefined ? '' : ` to at least ${x(p.limit)}`}`;
    const what = p.alternative ? `choose ${v.dist(p.alternative)}, or ${fix}` : fix;
    return `${NOUN.en[p.type]} with ${given(p, v, 'and')} would go ${p.side === 'high' ? 'above' : 'below'} ${x(p.bound)}; ${what}`;
  },
  noFit: (p, v) => `${NOUN.en[p.type]} cannot have ${given(p, v, 'and')}; change the interval or choose another distribution`,
  betaKind: (p) => `a beta distribution lies between 0 and 1; use it for shares and probabilities, not for ${KIND_NOUN.en[p.kind]}`,
  unboundedProbability: (_, v) => `a lognormal distribution has no upper limit; use ${v.dist('beta')} or ${v.dist('pert')} for a probability`,
  truncationEmpty: (p, v) => `the truncation bounds leave nothing between ${v.value(p.min, p.kind)} and ${v.value(p.max, p.kind)}`,
  belowMinimum: (p, v) => `can be as low as ${v.value(p.lowest, p.kind)}, below the minimum per company (${v.value(p.minimum, p.kind)})`,
  notAnInput: (p, v) => `${v.input(p.input)} is not an input of this scenario`,
  fixedInput: (p, v) => (p.use === 'correlate' ? `${v.input(p.input)} is fixed; only uncertain inputs can be correlated` : `${v.input(p.input)} is fixed; give it a distribution so that the actuals can update it`),
  notRate: (p, v) => `${v.input(p.input)} is not a rate (a probability)`,
  duplicateInput: () => 'names an input twice',
  matrixRows: (p) => `needs one row per input (${p.expected}); has ${p.got}`,
  matrix: (p) => p.detail,
  notUsedInnovation: (p, v) => (p.field === 'growthProbability'
    ? `is not used: ${p.activity}’s companies are counted in the innovation indicators, and a company’s growth chance is that of the growth activity it left last (before ${p.activity}); remove it`
    : `must be false: ${p.activity}’s companies are counted in ${quotedLabel(v.indicator('supportedCompaniesF'), 'en')}, not among the growth activities’ supported companies`),
  selfRoute: () => 'an activity cannot route to itself',
  cycle: (p) => `routes form a cycle through ${p.activities.join(', ')}; a company cannot return to an activity`,
  sharesOver: (p) => `the shares can add up to ${formatNumber(p.most * 100, 'en', 1)} %; those who go on can be sent onward at most once (100 %)`,
  aboveSeats: (p, v) => `${v.value(p.value)} is more than the ${v.value(p.max)} places that ${v.indicator(p.indicator)} can have in ${v.horizon(p.horizon)}`,
  wrongScenario: (p) => `these actuals are for scenario "${p.got}", not "${p.expected}"`,
};

const DA: Templates = {
  json: (p) => {
    const why = (p.reason && JSON_REASONS.da[p.reason]) || p.detail;
    return p.line === undefined ? `ikke gyldig JSON: ${why}` : `ikke gyldig JSON i linje ${p.line}, kolonne ${p.column}: ${why}`;
  },
  schemaVersion: (p) => `denne version læser schemaVersion 1 til ${p.expected} (en tidligere opdateres, når den læses); filen har ${p.got}`,
  notScenarioFile: () => 'er ikke en scenariefil fra dette værktøj (den har ingen schemaVersion); eksportér et scenarie for at se formatet',
  unknownField: () => 'er ikke et kendt felt',
  required: (p) => `mangler (${p.values ? `en af ${p.values.join(', ')}` : EXPECTED.da[p.expected] ?? p.expected})`,
  notNumber: (p) => (p.text.trim() === '' ? 'skal være et tal; feltet er tomt' : `skal være et tal, ikke ${quoted(p.text)}`),
  wrongType: (p) => `skal være ${EXPECTED.da[p.expected] ?? p.expected}`,
  whole: () => 'skal være et helt tal',
  finite: () => 'skal være et endeligt tal',
  atLeast: (p, v) => `skal være mindst ${v.value(p.min, p.kind)}${because(p, v, 'da')}`,
  above: (p, v) => `skal være over ${v.value(p.min, p.kind)}${because(p, v, 'da')}`,
  atMost: (p, v) => `må højst være ${v.value(p.max, p.kind)}${because(p, v, 'da')}`,
  below: (p, v) => `skal være under ${v.value(p.max, p.kind)}${because(p, v, 'da')}`,
  empty: () => 'må ikke være tom',
  tooLong: (p) => `må højst være ${p.max} tegn`,
  tooFew: (p) => `skal nævne mindst ${p.min}`,
  tooMany: (p) => `må højst nævne ${p.max}`,
  oneOf: (p) => `skal være en af ${p.values.join(', ')}`,
  idFormat: () => 'skal være 1–64 små bogstaver, cifre eller bindestreger',
  dateFormat: () => 'skal være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-06-30',
  entryId: () => 'skal begynde med et bogstav, derefter bogstaver, cifre, _ eller - (højst 32)',
  duplicateId: (p) => `${quoted(p.id)} bruges to gange; hver ${{ periods: 'periode', activities: 'aktivitet', indicators: 'indikator', states: 'effekt' }[p.list]} skal have sit eget id${p.list === 'indicators' ? ', og intet må være en indbygget indikators' : ''}`,
  indicatorCode: () => 'skal begynde med et bogstav, derefter bogstaver, cifre, . _ eller - (højst 16), f.eks. RCO04',
  unknownRuleIndicator: (p) => `${quoted(p.indicator)} er ikke (længere) en indikator i dette program; vælg en, det har`,
  ruleOperand: (p) =>
    `${quoted(p.indicator)} er ${{ sum: 'en sum', ratio: 'et forhold', derived: 'et afledt beløb' }[p.kind]}; ${
      { sum: 'en sum lægger indikatorer sammen, der hverken er summer, forhold eller afledte beløb', derived: 'et afledt beløb ganger en indikator, der hverken er et forhold eller et afledt beløb', ratio: 'et forhold dividerer indikatorer, der hverken er summer eller forhold' }[p.rule]
    }`,
  drawSiteClash: (p) => `med en aktivitet ved navn „state“ må en effekt ikke hedde ${p.names.join(', ')}: dens tilfældige træk ville være aktivitetens; omdøb en af dem`,
  mixedUnits: (p) => `lægger indikatorer i forskellige enheder sammen (${p.units.map((u) => ({ companies: 'virksomheder', fte: 'årsværk', dkk: 'kr.' })[u] ?? u).join(', ')}); en sums indikatorer skal have samme enhed`,
  unknownState: (p) => (p.states.length ? `${quoted(p.state)} er ikke en effekt i dette program (${p.states.join(', ')})` : `${quoted(p.state)} er ikke en effekt med et beløb i dette program; giv en effekt et beløb først`),
  parentNotCompanies: (p) => `${quoted(p.parent)} tæller ikke virksomhederne i en gruppe af aktiviteter, så intet kan være en delmængde af den`,
  notInParent: (p) => `nævner ${p.activities.map(quoted).join(', ')}, som ${quoted(p.parent)} ikke tæller; en delmængde tæller kun virksomheder, dens overindikator tæller`,
  duplicateCode: (p) => `${quoted(p.code)} er allerede koden for ${quoted(p.first)}; ansøgningen ville rapportere den to gange`,
  twoAmounts: () => 'en effekt bringer ét beløb: nye fuldtidsjob (amountFte) eller kroner (amountDkk); lav en anden effekt til det andet',
  tooManySets: (p) => `tæller virksomheder over ${p.got} forskellige grupper af aktiviteter; prognosen følger højst ${p.max}`,
  reservedId: (p) => `${quoted(p.id)} er navnet på en horisont efter projektet; en periode kan ikke hedde ${p.reserved.join(', ')}`,
  unknownPeriod: (p) => `${quoted(p.period)} er ikke en periode i dette program (${p.periods.join(', ')})`,
  unknownActivity: (p) => `${quoted(p.activity)} er ikke en aktivitet i dette program (${p.activities.join(', ')})`,
  unknownIndicator: (p) => `${quoted(p.indicator)} er ikke en indikator i dette program`,
  perObservation: () => 'en omkostning pr. resultat kan ikke observeres: den er projektets samlede omkostning over resultaterne, som kun findes i totalerne; observér omkostningen (costDkk) og resultatet i stedet',
  costTarget: () => 'en omkostning har intet mål: sandsynligheden ved et mål er for at nå mindst det, og en omkostning skal holde sig under budgettet',
  unknownHorizon: (p) => `${quoted(p.horizon)} er ikke en horisont i dette program (${p.horizons.join(', ')})`,
  numberOrDistribution: () => 'skal være et tal eller en fordeling som {"type": "pert", "min": …, "mode": …, "max": …}',
  invalid: (p) => `er ugyldig (${p.detail})`,
  distFields: (p, v) => {
    const list = (keys: string[]) => keys.map((k) => v.field(k)).join(', ');
    const forms = [list(p.native), ...(p.interval ? [`${list(p.interval)} (et 90 %-interval)`] : []), ...(p.counts ? [`${list(['successes', 'trials'])} (observerede antal)`] : [])];
    return `${v.dist(p.type)} tager ${forms.join(' eller ')}${p.extra.length ? `, og eventuelt ${list(p.extra)}` : ''}; fik ${list(p.given) || 'intet'}`;
  },
  order: (p, v, at) => {
    const [a, b] = [v.field(p.first), v.field(p.second)];
    const [x, y] = [v.value(p.firstValue, p.kind), v.value(p.secondValue, p.kind)];
    if (at === 'first' || at === 'field') return p.strict ? `skal være under ${mid(b)} (${y})` : `må ikke være over ${mid(b)} (${y})`;
    if (at === 'second') return p.strict ? `skal være over ${mid(a)} (${x})` : `må ikke være under ${mid(a)} (${x})`;
    return `${a} (${x}) ${p.strict ? 'skal være under' : 'må ikke være over'} ${mid(b)} (${y})`;
  },
  outOfRange: (p, v, at) => {
    const [x, b] = [v.value(p.value, p.kind), v.value(p.bound, p.kind)];
    if (at !== 'full') return p.side === 'high' ? `må højst være ${b}` : `skal være mindst ${b}`;
    return p.side === 'high' ? `${x} er over ${b}, den højest mulige værdi` : `${x} er under ${b}, den lavest mulige værdi`;
  },
  intervalBeyond: (p, v) => {
    const x = (n: number) => v.value(n, p.kind);
    const end = mid(v.field(p.side === 'high' ? 'p95' : 'p5'));
    const fix = p.side === 'high'
      ? (p.limit === undefined ? `sænk ${end}` : `sæt ${end} til højst ${x(p.limit)}`)
      : (p.limit === undefined ? `hæv ${end}` : `sæt ${end} til mindst ${x(p.limit)}`);
    const what = p.alternative ? `vælg ${v.dist(p.alternative)}, eller ${fix}` : fix;
    return `${NOUN.da[p.type]} med ${given(p, v, 'og')} ville gå ${p.side === 'high' ? 'over' : 'under'} ${x(p.bound)}; ${what}`;
  },
  noFit: (p, v) => `${NOUN.da[p.type]} kan ikke have ${given(p, v, 'og')}; ændr intervallet, eller vælg en anden fordeling`,
  betaKind: (p) => `en betafordeling ligger mellem 0 og 1; brug den til andele og sandsynligheder, ikke til ${KIND_NOUN.da[p.kind]}`,
  unboundedProbability: (_, v) => `en lognormalfordeling har ingen øvre grænse; brug ${v.dist('beta')} eller ${v.dist('pert')} til en sandsynlighed`,
  truncationEmpty: (p, v) => `afskæringsgrænserne efterlader intet mellem ${v.value(p.min, p.kind)} og ${v.value(p.max, p.kind)}`,
  belowMinimum: (p, v) => `kan være helt nede på ${v.value(p.lowest, p.kind)}, under minimum pr. virksomhed (${v.value(p.minimum, p.kind)})`,
  notAnInput: (p, v) => `${v.input(p.input)} er ikke et input i dette scenarie`,
  fixedInput: (p, v) => (p.use === 'correlate' ? `${v.input(p.input)} er fast; kun usikre input kan korreleres` : `${v.input(p.input)} er fast; giv det en fordeling, så de faktiske tal kan opdatere det`),
  notRate: (p, v) => `${v.input(p.input)} er ikke en rate (en sandsynlighed)`,
  duplicateInput: () => 'nævner et input to gange',
  matrixRows: (p) => `skal have én række pr. input (${p.expected}); har ${p.got}`,
  matrix: (p) => `korrelationsmatricen er ugyldig (${p.detail})`,
  notUsedInnovation: (p, v) => (p.field === 'growthProbability'
    ? `bruges ikke: ${p.activity}’s virksomheder tælles i innovationsindikatorerne, og en virksomheds chance for vækst er den fra den vækstaktivitet, den sidst forlod (før ${p.activity}); fjern feltet`
    : `skal være false: ${p.activity}’s virksomheder tælles i ${quotedLabel(v.indicator('supportedCompaniesF'), 'da')}, ikke blandt vækstaktiviteternes støttede virksomheder`),
  selfRoute: () => 'en aktivitet kan ikke sende virksomheder videre til sig selv',
  cycle: (p) => `overgangene danner en ring gennem ${p.activities.join(', ')}; en virksomhed kan ikke vende tilbage til en aktivitet`,
  sharesOver: (p) => `andelene kan tilsammen nå ${formatNumber(p.most * 100, 'da', 1)} %; de, der går videre, kan højst sendes videre én gang (100 %)`,
  aboveSeats: (p, v) => `${v.value(p.value)} er flere end de ${v.value(p.max)} pladser, ${v.indicator(p.indicator)} kan have i ${v.horizon(p.horizon)}`,
  wrongScenario: (p) => `disse faktiske tal hører til scenariet "${p.got}", ikke "${p.expected}"`,
};
