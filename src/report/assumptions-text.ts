import { distQuantile, type Dist } from '../engine/dist';
import type { ValidScenario } from '../scenario/parse';
import type { Lang } from './forecast-report';
import { nameIn } from '../text';
import { definitionWords, floorFormula, growthDefinition } from '../scenario/growth-definition';
import { formatNumber } from '../text/format-number';


/** Formats an input in words: its median, and its 90 % interval unless it is fixed ("43–57 %"). */
function describe(d: Dist, lang: Lang, format: (x: number) => string, suffix = ''): { central: string; interval: string } {
  const central = format(distQuantile(d, 0.5)) + suffix;
  if (d.type === 'fixed') return { central, interval: '' };
  const range = `${format(distQuantile(d, 0.05))}–${format(distQuantile(d, 0.95))}${suffix}`;
  return { central, interval: lang === 'da' ? ` (90 %-interval ${range})` : ` (90 % interval ${range})` };
}

/** A share as a percentage: whole points, one decimal below 10 %. */
const pctNumber = (lang: Lang) => (x: number) => formatNumber(x >= 0.1 ? Math.round(x * 100) : Math.round(x * 1000) / 10, lang);
const describePct = (d: Dist, lang: Lang) => describe(d, lang, pctNumber(lang), ' %');
const num = (lang: Lang, digits = 1) => (x: number) => formatNumber(Math.round(x * 10 ** digits) / 10 ** digits, lang);

/** The heading of a scenario's assumptions in words, so that two pasted texts cannot be taken for each other. */
export function assumptionsTitle(scenarioName: string, lang: Lang): string {
  return `${lang === 'da' ? 'Kritiske antagelser' : 'Critical assumptions'}: ${scenarioName}`;
}

/**
 * The scenario's critical assumptions as sentences, one paragraph per activity and one for
 * the effects, in Danish or English, each stating its numbers: "We assume that about half of
 * the companies (90 % interval 43–57 %) mobilise the resources to go on …". Ready to paste
 * under "Kritiske antagelser".
 */
export function assumptionsText(v: ValidScenario, lang: Lang): { id: string; text: string }[] {
  const da = lang === 'da';
  const input = (path: string) => v.model.inputs.find((i) => i.path === path)?.dist;
  const periods = v.scenario.periods;
  const routedTo = new Set(v.scenario.activities.flatMap((a) => Object.keys(a.routing?.to ?? {})));
  const paragraphs = v.scenario.activities.map((a) => {
    const id = a.id;
    const seats = v.model.activities.find((x) => x.id === id)!.seats.reduce((k, x) => k + x, 0);
    const word = (n: number) => (n === 1 ? a.unit[lang].one : a.unit[lang].other);
    const perPeriod = periods.map((p) => a.units[p.id] ?? 0);
    const units = perPeriod.reduce((k, x) => k + x, 0);
    const each = periods.map((p, i) => `${perPeriod[i]} ${da ? 'i' : 'in'} ${v.labels.horizon(p.id, lang).toLowerCase()}`).join(', ');
    const parts = [da
      ? `${id} – ${nameIn(a.name, lang)}: ${units} ${word(units)} (${each}) med i alt ${seats} pladser.`
      : `${id} – ${nameIn(a.name, lang)}: ${units} ${word(units)} (${each}) with ${seats} places in all.`];
    const fill = input(`activities.${id}.recruitment.fillRate`);
    if (fill) {
      const f = describePct(fill, lang);
      parts.push(da ? `Vi antager, at ca. ${f.central} af de ledige pladser fyldes med virksomheder, der rekrutteres direkte${f.interval}.` : `We assume that about ${f.central} of the free places are filled by companies recruited directly${f.interval}.`);
    }
    const proceed = input(`activities.${id}.routing.proceed`);
    if (proceed && a.routing) {
      const p = describePct(proceed, lang);
      // "About half" only where the median is 50 % as shown (a cautious 45 % must read as 45 %).
      const half = Math.abs(distQuantile(proceed, 0.5) - 0.5) < 0.005;
      const who = half ? (da ? 'omkring halvdelen' : 'about half') : da ? `ca. ${p.central}` : `about ${p.central}`;
      // Going on from an activity that companies enter from outside only (A1) is mobilising.
      const entry = !routedTo.has(id) && a.recruitment !== undefined;
      const verb = entry ? (da ? 'mobiliserer ressourcerne til at gå videre' : 'mobilise the resources to go on') : da ? 'går videre' : 'go on';
      const routes = Object.keys(a.routing.to).map((to) => `${describePct(input(`activities.${id}.routing.to.${to}`) ?? { type: 'fixed', value: 0 }, lang).central} ${da ? 'til' : 'to'} ${to}`);
      parts.push(da
        ? `Vi antager, at ${who} af virksomhederne${p.interval} ${verb}; af dem går ${routes.join(', ')}.`
        : `We assume that ${who} of the companies${p.interval} ${verb}; of those, ${routes.join(', ')}.`);
    }
    const growth = input(`activities.${id}.growthProbability`);
    if (growth && growth.type === 'fixed' && growth.value === 0) {
      parts.push(da
        ? `Af de virksomheder, der afslutter deres forløb efter ${id}, antager vi, at ingen bliver vækstvirksomheder.`
        : `Of the companies that end their course after ${id}, we assume that none become growth companies.`);
    } else if (growth) {
      const g = describePct(growth, lang);
      parts.push(da
        ? `Af de virksomheder, der afslutter deres forløb efter ${id}, antager vi, at ca. ${g.central}${g.interval} bliver vækstvirksomheder.`
        : `Of the companies that end their course after ${id}, we assume that about ${g.central}${g.interval} become growth companies.`);
    }
    return { id, text: parts.join(' ') };
  });
  const innovation = v.scenario.activities.filter((a) => a.aim === 'innovation').map((a) => a.id);
  const budget = budgetText(v, lang);
  const states = statesText(v, lang);
  const own = ownIndicatorsText(v, lang);
  return [
    ...paragraphs, { id: 'effects', text: effectsText(v, lang) }, ...(innovation.length ? [{ id: 'innovation', text: innovationText(v, lang, innovation) }] : []),
    ...(states ? [{ id: 'states', text: states }] : []),
    ...(budget ? [{ id: 'budget', text: budget }] : []),
    ...(own ? [{ id: 'indicators', text: own }] : []),
  ];
}

const listOf = (lang: Lang, items: string[]) => new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(items);

/** The planner's own outcomes: who reaches each, with what probability, how long after. */
function statesText(v: ValidScenario, lang: Lang): string | null {
  const da = lang === 'da';
  const specs = v.scenario.outcomes.states ?? [];
  if (specs.length === 0) return null;
  return specs.map((st) => {
    const m = v.model.states!.find((x) => x.id === st.id)!;
    const p = describePct(v.model.inputs[m.probabilityInput].dist, lang);
    const lag = describe(m.lag, lang, num(lang));
    const name = st.name[lang].charAt(0).toLowerCase() + st.name[lang].slice(1);
    const spec = st.amountFte ?? st.amountDkk;
    let brings = '';
    if (spec && m.amount) {
      const fte = st.amountFte !== undefined;
      const a = describe(v.model.inputs[m.amount.meanInput].dist, lang, (x) => (fte ? num(lang)(x) : da ? `${formatNumber(Math.round(x), 'da')} kr.` : `DKK ${formatNumber(Math.round(x), 'en')}`));
      brings = da
        ? ` Hver af dem bringer i gennemsnit ca. ${a.central}${fte ? ' nye fuldtidsjob' : ''}${a.interval}.`
        : ` Each of them brings on average about ${a.central}${fte ? ' new full-time jobs' : ''}${a.interval}.`;
    }
    return (da
      ? `Af virksomhederne i ${listOf(lang, st.activities)} antager vi, at ca. ${p.central}${p.interval} når effekten „${name}“, ca. ${lag.central} år efter deres første deltagelse${lag.interval}.`
      : `Of the companies in ${listOf(lang, st.activities)}, we assume that about ${p.central}${p.interval} reach the outcome “${name}”, about ${lag.central} ${lag.central === '1' ? 'year' : 'years'} after first taking part${lag.interval}.`) + brings;
  }).join(' ');
}

/** How each of the programme's own indicators is counted, in words. */
function ownIndicatorsText(v: ValidScenario, lang: Lang): string | null {
  const da = lang === 'da';
  const own = v.scenario.indicators ?? [];
  if (own.length === 0) return null;
  const name = (id: string) => v.labels.indicator(id, lang);
  const totals = listOf(lang, ['projectTotal', 'total'].map((h) => v.labels.horizon(h, lang).toLowerCase()));
  const sentences = own.map((d) => {
    const title = d.code ? `${d.code} – ${d.label[lang]}` : d.label[lang];
    const r = d.rule;
    if (r.kind === 'companies') {
      const sub = r.subsetOf ? (da ? `, en del af „${name(r.subsetOf)}“` : `, a part of “${name(r.subsetOf)}”`) : '';
      return da ? `${title} tæller hver virksomhed i ${listOf(lang, r.activities)} én gang${sub}.` : `${title} counts each company in ${listOf(lang, r.activities)} once${sub}.`;
    }
    if (r.kind === 'state') {
      const state = v.scenario.outcomes.states?.find((st) => st.id === r.state);
      const what = state ? state.name[lang] : name(r.state);
      return da ? `${title} tæller virksomhederne, der når „${what}“.` : `${title} counts the companies reaching “${what}”.`;
    }
    if (r.kind === 'amount') {
      const state = v.scenario.outcomes.states!.find((st) => st.id === r.state)!;
      return da ? `${title} er summen af, hvad virksomhederne, der når „${state.name.da}“, bringer.` : `${title} is the sum of what the companies reaching “${state.name.en}” bring.`;
    }
    if (r.kind === 'sum') return da ? `${title} er summen af ${listOf(lang, r.of.map((id) => `„${name(id)}“`))}.` : `${title} is the sum of ${listOf(lang, r.of.map((id) => `“${name(id)}”`))}.`;
    if (r.kind === 'derived') {
      const dist = v.model.inputs.find((i) => i.path === `indicators.${d.id}.rule.dkkPer`)!.dist;
      // Three significant digits: DKK per unit may be per job (600,000) or per DKK (0.3).
      const kr = (x: number) => formatNumber(x === 0 ? 0 : Number(x.toPrecision(3)), lang);
      const per = describe(dist, lang, (x) => (da ? `${kr(x)} kr.` : `DKK ${kr(x)}`));
      return da ? `${title} er „${name(r.from)}“ gange ca. ${per.central} pr. enhed${per.interval}.` : `${title} is “${name(r.from)}” times about ${per.central} per unit${per.interval}.`;
    }
    return da
      ? `${title} er „${name(r.numerator)}“ divideret med „${name(r.denominator)}“, i kolonnerne ${totals}.`
      : `${title} is “${name(r.numerator)}” over “${name(r.denominator)}”, in the columns ${totals}.`;
  });
  return `${da ? 'Programmets egne indikatorer' : 'The programme’s own indicators'}: ${sentences.join(' ')}`;
}

const INNOVATION_WORDS: Record<string, { da: string; en: string }> = {
  researchCooperation: { da: 'samarbejder med forskningsinstitutioner', en: 'cooperate with research institutions' },
  newToMarket: { da: 'introducerer produkter, der er nye for markedet', en: 'introduce products new to the market' },
  newToFirm: { da: 'introducerer produkter, der er nye for virksomheden', en: 'introduce products new to the firm' },
  productConcepts: { da: 'udvikler koncepter for nye produkter', en: 'develop concepts for new products' },
  innovativeCompanies: { da: 'bliver innovative virksomheder', en: 'become innovative companies' },
};

function innovationText(v: ValidScenario, lang: Lang, ids: string[]): string {
  const da = lang === 'da';
  const parts = v.model.innovation.outcomes.map((o) => {
    const p = describePct(v.model.inputs[o.probabilityInput].dist, lang);
    return `${da ? 'ca.' : 'about'} ${p.central}${p.interval} ${INNOVATION_WORDS[o.indicator][lang]}`;
  });
  const where = new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(ids);
  return da ? `Af virksomhederne i ${where} antager vi, at ${parts.join('; ')}.` : `Of the companies in ${where}, we assume that ${parts.join('; ')}.`;
}

function effectsText(v: ValidScenario, lang: Lang): string {
  const da = lang === 'da';
  const input = (path: string) => v.model.inputs.find((i) => i.path === path)!.dist;
  const lag = describe(v.model.growth.lag, lang, num(lang));
  const fte = describe(input('outcomes.growth.ftePerGrowthCompany.mean'), lang, num(lang));
  const rev = describe(input('outcomes.revenuePerFteDkk'), lang, (x) => num(lang)(x / 1e6));
  const cof = describe(input('outcomes.cofinancingPerSupportedCompanyDkk.mean'), lang, (x) => num(lang, 0)(Math.round(x / 1000) * 1000));
  // A definition the scenario states is written out; one it does not state is the Danish one, which the application's readers know.
  const { definition, stated } = growthDefinition(v.scenario);
  const defined = !stated ? '' : da
    ? `En vækstvirksomhed har ${definitionWords(definition, lang)} og skaber dermed mindst ${floorFormula(definition, lang)} fuldtidsjob. `
    : `A growth company has ${definitionWords(definition, lang)}, and so creates at least ${floorFormula(definition, lang)} full-time jobs. `;
  return defined + (da
    ? `Status som vækstvirksomhed bekræftes ca. ${lag.central} år efter deltagelsen${lag.interval}. Hver vækstvirksomhed skaber i gennemsnit ca. ${fte.central} nye fuldtidsjob${fte.interval}, og hvert nyt job ca. ${rev.central} mio. kr. i omsætning${rev.interval}. Hver støttet virksomhed medfinansierer i gennemsnit ca. ${cof.central} kr.${cof.interval}.`
    : `Growth-company status is confirmed about ${lag.central} years after taking part${lag.interval}. Each growth company creates on average about ${fte.central} new full-time jobs${fte.interval}, and each new job about DKK ${rev.central} million in revenue${rev.interval}. Each supported company co-finances on average about DKK ${cof.central}${cof.interval}.`);
}

/** The programme's costs in words: each costed activity's cost per unit, and the fixed costs per period; null without costs. */
function budgetText(v: ValidScenario, lang: Lang): string | null {
  const da = lang === 'da';
  const costed = v.scenario.activities.filter((a) => a.costPerUnitDkk !== undefined);
  const fixed = v.scenario.budget?.fixedCostsDkk ?? {};
  if (!v.scenario.budget && costed.length === 0) return null;
  const kr = (x: number) => (da ? `${formatNumber(Math.round(x), 'da')} kr.` : `DKK ${formatNumber(Math.round(x), 'en')}`);
  const parts = costed.map((a) => {
    const d = v.model.inputs.find((i) => i.path === `activities.${a.id}.costPerUnitDkk`)!.dist;
    const c = describe(d, lang, (x) => kr(x));
    return da ? `${a.id} koster ca. ${c.central} pr. ${a.unit.da.one}${c.interval}` : `${a.id} costs about ${c.central} per ${a.unit.en.one}${c.interval}`;
  });
  const periods = v.scenario.periods.filter((p) => (fixed[p.id] ?? 0) > 0).map((p) => `${kr(fixed[p.id])} ${da ? 'i' : 'in'} ${v.labels.horizon(p.id, lang).toLowerCase()}`);
  if (periods.length) parts.push(da ? `de faste omkostninger er ${periods.join(', ')}` : `the fixed costs are ${periods.join(', ')}`);
  if (parts.length === 0) return da ? 'Budgettet har ingen omkostninger endnu.' : 'The budget has no costs yet.';
  const list = new Intl.ListFormat(da ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(parts);
  return `Budget: ${list}.`;
}
