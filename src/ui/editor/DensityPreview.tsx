import { createMemo, Show } from 'solid-js';
import { distQuantile } from '../../engine/dist';
import type { InputKind } from '../../scenario/resolve';
import { useI18n } from '../i18n';
import { densityOf, sparkPath } from './density';
import { resolveCached } from './resolve-cached';
import { useText } from './use-text';

const W = 96;
const H = 28;

/** A sparkline of the input's density with its 90 % interval, or nothing while the input is invalid. */
export function DensityPreview(props: { spec: unknown; kind: InputKind }) {
  const t = useText();
  const { num, pct } = useI18n();
  // A fixed value has no spread worth drawing; its number says it all.
  const dist = createMemo(() => {
    const d = resolveCached(props.spec, props.kind);
    return d?.type === 'fixed' ? null : d;
  });
  const fmt = (x: number) => (props.kind === 'probability' ? pct(x, 1) : num(x, Math.abs(x) < 10 ? 2 : 0));
  const caption = () => {
    const d = dist()!;
    return t('editor.density', { p5: fmt(distQuantile(d, 0.05)), p95: fmt(distQuantile(d, 0.95)) });
  };
  return (
    <Show when={dist()}>
      {(d) => (
        <figure class="density-preview">
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
            <path d={sparkPath(densityOf(d()), W, H)} />
          </svg>
          <figcaption>{caption()}</figcaption>
        </figure>
      )}
    </Show>
  );
}
