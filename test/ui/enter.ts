import { fireEvent } from '@solidjs/testing-library';

/**
 * Types `value` into a field and makes the entry, as leaving the field or pressing Enter does
 * (a number field takes what is typed only then, or after a pause: see COMMIT_PAUSE_MS).
 */
export function enter(el: Element, value: string): void {
  fireEvent.input(el, { target: { value } });
  fireEvent.change(el);
}
