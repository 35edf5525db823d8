import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/ui/i18n';
import { appMessages } from '../../../src/ui/i18n/messages-app';
import { editorMessages } from '../../../src/ui/i18n/messages-editor';
import { FIELD_WORDS } from '../../../src/scenario/labels';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('i18n', () => {
  it('formats numbers, money and percentages the Danish way', () => createRoot((dispose) => {
    const { num, money, pct } = createI18n('da');
    expect(num(1234567.891, 1)).toBe('1.234.567,9');
    expect(money(1234567)).toBe('1.234.567 kr.');
    expect(nbsp(pct(0.125))).toBe('12,5 %');
    dispose();
  }));

  it('formats them the English way', () => createRoot((dispose) => {
    const { num, money, pct } = createI18n('en');
    expect(num(1234567.891, 1)).toBe('1,234,567.9');
    expect(money(1234567)).toBe('DKK 1,234,567');
    expect(pct(0.125)).toBe('12.5%');
    dispose();
  }));

  it('switches language, fills parameters, and remembers the choice', () => createRoot((dispose) => {
    const i18n = createI18n();
    i18n.setLang('da');
    expect(i18n.t('run.progress', { done: '5.000', total: '20.000' })).toBe('5.000 af 20.000 iterationer');
    i18n.setLang('en');
    expect(i18n.t('run.progress', { done: '5,000', total: '20,000' })).toBe('5,000 of 20,000 iterations');
    expect(localStorage.getItem('workbench.lang')).toBe('en');
    expect(createI18n().lang()).toBe('en');
    dispose();
  }));

  it('has every English message in Danish', () => {
    expect(Object.keys(appMessages.da).sort()).toEqual(Object.keys(appMessages.en).sort());
    expect(Object.keys(editorMessages.da).sort()).toEqual(Object.keys(editorMessages.en).sort());
  });

  it('labels the editor’s fields with the scenario’s field words, which errors and checks use too', () => createRoot((dispose) => {
    const i18n = createI18n('da');
    expect(i18n.t('editor.fillRate')).toBe(FIELD_WORDS.da['editor.fillRate']);
    expect(i18n.t('editor.field.p95')).toBe('95 %-fraktil');
    i18n.setLang('en');
    expect(i18n.t('editor.field.p95')).toBe('95th percentile');
    dispose();
  }));
});
