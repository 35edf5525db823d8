import type { Lang } from './forecast-report';
import { formatNumber } from './format-number';

/**
 * How the forecast being exported differs from the assumptions on screen. A forecast is out
 * of date while an edit's update is due or running, while the assumptions have errors (the
 * forecast is then of their last valid version), and when it is of another scenario than the
 * one open.
 */
export interface OutOfDate {
  /** The scenario the forecast was computed from. */
  forecastOf: string;
  /** Errors in the assumptions now on screen: they cannot be forecast until fixed. */
  errors: number;
  /** When the forecast is of another scenario: the name of the one open ('' when none is). */
  openScenario: string | null;
  /** Whether its update is due or running (false after it was cancelled or failed: nothing will replace it by itself). */
  updating?: boolean;
}

/**
 * The mark every export of an out-of-date forecast carries, first, in words a reader of the
 * file understands without the app: what the figures are of, and why they are not those of
 * the assumptions now.
 */
export function outOfDateText(o: OutOfDate, lang: Lang): string {
  const da = lang === 'da';
  const n = formatNumber(o.errors, lang);
  const head = da ? 'FORÆLDET: ' : 'OUT OF DATE: ';
  if (o.openScenario !== null) {
    const which = o.openScenario === ''
      ? (da ? `dette er prognosen for “${o.forecastOf}”, som ikke længere er åbent` : `this is the forecast of “${o.forecastOf}”, which is no longer open`)
      : da ? `dette er prognosen for “${o.forecastOf}”, ikke for det åbne scenarie “${o.openScenario}”` : `this is the forecast of “${o.forecastOf}”, not of the scenario now open, “${o.openScenario}”`;
    const errors = o.errors > 0 && o.openScenario !== ''
      ? (da ? ` (det har ${n} fejl og kan ikke fremskrives, før de er rettet)` : ` (which has ${n} error(s) and cannot be forecast until they are fixed)`)
      : '';
    return `${head}${which}${errors}.`;
  }
  if (o.errors > 0) {
    return da
      ? `${head}prognosen svarer ikke til de nuværende antagelser. De har ${n} fejl, så dette er prognosen for “${o.forecastOf}”, som antagelserne var, sidst de var gyldige.`
      : `${head}this forecast does not match the current assumptions. They have ${n} error(s), so this is the forecast of “${o.forecastOf}” as its assumptions were when last valid.`;
  }
  if (o.updating === false) {
    return da
      ? `${head}antagelserne er ændret, efter prognosen for “${o.forecastOf}” blev beregnet, og dens opdatering blev stoppet. Kør prognosen, og eksportér igen.`
      : `${head}the assumptions were changed after this forecast of “${o.forecastOf}” was computed, and its update was stopped. Run the forecast, then export again.`;
  }
  return da
    ? `${head}antagelserne er ændret, efter prognosen for “${o.forecastOf}” blev beregnet; den opdateres. Eksportér igen, når den er opdateret.`
    : `${head}the assumptions were changed after this forecast of “${o.forecastOf}” was computed; it is being updated. Export again once it is.`;
}
