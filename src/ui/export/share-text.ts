import { errorText, fileVoice } from '../../scenario/error-text';
import type { ShareOutcome } from './share-import';
import { SHARE_MAX_BYTES, SHARE_MAX_CHARS } from './share-link';
import { type ExportText } from '../i18n/messages-export';

export type ShareRefusal = Exclude<ShareOutcome, { ok: true }>;

/** Why a share link cannot be opened (or would not be, by the side that writes it), in words: the `{message}` of export.shareError. */
export function shareRefusalText(x: ExportText, o: ShareRefusal): string {
  switch (o.reason) {
    case 'notScenario':
      return x.tr('export.shareNotScenario', { path: o.error.path, message: errorText(o.error, fileVoice(x.i18n.lang())) });
    case 'tooLong':
      return x.tr('export.shareTooLong', { max: x.i18n.num(SHARE_MAX_CHARS) });
    case 'tooLarge':
      return x.tr('export.shareTooLarge', { max: x.i18n.num(SHARE_MAX_BYTES / (1024 * 1024)) });
    case 'unknownVersion':
      return x.tr('export.shareUnknownVersion', { version: o.version });
    case 'unsupported':
      return x.tr('export.shareUnsupported');
    case 'malformed':
      // Cut short, altered, or mangled by a mail program: to the planner these are one thing.
      return x.tr('export.shareMalformed');
  }
}
