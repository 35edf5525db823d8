import type { Lang } from './forecast-report';
import { formatNumber } from '../text/format-number';
import type { PathError } from '../scenario/errors';
import { editorVoice, errorText } from '../scenario/error-text';
import { fieldLabel } from '../scenario/labels';

/**
 * How the forecast being exported differs from the assumptions on screen. A forecast is out
 * of date while an edit's update is due or running, while the assumptions have errors (the
 * forecast is then of their last valid version), and when it is of another scenario than the
 * one open.
 */
export interface OutOfDate {
  /** The scenario the forecast was computed from. */
  forecastOf: string;
  /** Fields with errors in the assumptions now on screen: they cannot be forecast until fixed. */
  errors: number;
  /** The first of those errors, to name its field and what is wrong. */
  firstError?: PathError;
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
  const head = da ? 'FORÆLDET: ' : 'OUT OF DATE: ';
  if (o.openScenario !== null) {
    const which = o.openScenario === ''
      ? (da ? `dette er prognosen for “${o.forecastOf}”, som ikke længere er åbent` : `this is the forecast of “${o.forecastOf}”, which is no longer open`)
      : da ? `dette er prognosen for “${o.forecastOf}”, ikke for det åbne scenarie “${o.openScenario}”` : `this is the forecast of “${o.forecastOf}”, not of the scenario now open, “${o.openScenario}”`;
    const errors = o.errors > 0 && o.openScenario !== ''
      ? (da ? ` (${fields(o.errors, lang)} i det har fejl, og det kan ikke fremskrives, før de er rettet)` : ` (which has ${fields(o.errors, lang)} with errors and cannot be forecast until they are fixed)`)
      : '';
    return `${head}${which}${errors}.`;
  }
  if (o.errors > 0) {
    return da
      ? `${head}prognosen svarer ikke til de nuværende antagelser${which(o, lang)}. Dette er prognosen for “${o.forecastOf}”, som antagelserne var, sidst de var gyldige.`
      : `${head}this forecast does not match the current assumptions${which(o, lang)}. This is the forecast of “${o.forecastOf}” as its assumptions were when last valid.`;
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

/** "1 field", "3 fields"; "1 felt", "3 felter". */
export function fields(n: number, lang: Lang): string {
  const one = new Intl.PluralRules(lang).select(n) === 'one';
  return `${formatNumber(n, lang)} ${lang === 'da' ? (one ? 'felt' : 'felter') : one ? 'field' : 'fields'}`;
}

/**
 * Which field is wrong and how, as the editor names it: "A1: Mobilisation – must be at most
 * 100 %", with how many more fields have errors.
 */
export function firstErrorText(e: PathError, more: number, lang: Lang): string {
  const what = `${fieldLabel(e.path, lang)} – ${errorText(e, editorVoice(lang))}`;
  if (more <= 0) return what;
  return lang === 'da' ? `${what} (og ${fields(more, lang)} mere)` : `${what} (and ${fields(more, lang)} more)`;
}

/** What is wrong with the assumptions, to follow "the current assumptions". */
function which(o: OutOfDate, lang: Lang): string {
  const da = lang === 'da';
  if (o.firstError) return `${da ? ', der har en fejl' : ', which have an error'}: ${firstErrorText(o.firstError, o.errors - 1, lang)}`;
  const one = new Intl.PluralRules(lang).select(o.errors) === 'one';
  return da ? `: ${fields(o.errors, lang)} har fejl` : `: ${fields(o.errors, lang)} ${one ? 'has' : 'have'} errors`;
}
