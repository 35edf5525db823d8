import { createEffect, createMemo, on, Show, type JSX } from 'solid-js';

/**
 * A <details> section whose body is built only while open (the whole programme is some 2000
 * elements). Its open state is the parent's, kept in step with the element both ways.
 */
export function Collapsible(props: { id: string; open: boolean; onToggle: (open: boolean) => void; summary: JSX.Element; invalid?: boolean; children: JSX.Element }) {
  let el!: HTMLDetailsElement;
  // Write the element only when the parent's state for this section changes: its toggle event
  // may still be pending while another section's change re-runs everything.
  const open = createMemo(() => props.open);
  createEffect(on(open, (o) => o !== el.open && (el.open = o)));
  return (
    <details class="activity" id={props.id} ref={el} onToggle={() => el.open !== open() && props.onToggle(el.open)}>
      <summary classList={{ invalid: props.invalid === true }}>{props.summary}</summary>
      <Show when={open()}>
        <div class="activity-body">{props.children}</div>
      </Show>
    </details>
  );
}
