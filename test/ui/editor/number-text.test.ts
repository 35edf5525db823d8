import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editableNumber, parseNumber, parseWhole } from '../../../src/ui/editor/number-text';

describe('number text', () => {
  it('reads either decimal mark and refuses what is not a number', () => {
    for (const lang of ['en', 'da'] as const) {
      expect(parseNumber('35,5', lang)).toBe(35.5);
      expect(parseNumber('35.5', lang)).toBe(35.5);
      expect(parseNumber('0,125', lang)).toBe(0.125);
      expect(parseNumber(' 1 515 000 ', lang)).toBe(1515000);
      expect(parseNumber('0.', lang)).toBe(0);
      expect(parseNumber('−3', lang)).toBe(-3);
      expect(parseNumber('abc', lang)).toBeNull();
      expect(parseNumber('', lang)).toBeNull();
      expect(parseNumber('1,2,3', lang)).toBeNull();
      expect(parseNumber('12,34.5', lang)).toBeNull();
    }
  });

  it('reads thousands grouped the way the language writes them, never as a decimal', () => {
    expect(parseNumber('55,000', 'en')).toBe(55000);
    expect(parseNumber('1,515,000', 'en')).toBe(1515000);
    expect(parseNumber('DKK 55,000', 'en', 'DKK')).toBe(55000);
    expect(parseNumber('55.000', 'da')).toBe(55000);
    expect(parseNumber('1.515.000 kr.', 'da', 'kr.')).toBe(1515000);
    // In each language the other mark is its decimal mark.
    expect(parseNumber('55.000', 'en')).toBe(55);
    expect(parseNumber('55,000', 'da')).toBe(55);
    // With both marks, the last is the decimal mark, whatever the language.
    expect(parseNumber('1,234.5', 'da')).toBe(1234.5);
    expect(parseNumber('1.234,5', 'en')).toBe(1234.5);
    // Repeated, a mark can only group.
    expect(parseNumber('1.515.000', 'en')).toBe(1515000);
    // The language's thousands mark that does not group three digits is not guessed at: a zero
    // too many in "60.000" must not read as 60.
    expect(parseNumber('60.0000', 'da')).toBeNull();
    expect(parseNumber('6000.000', 'da')).toBeNull();
    expect(parseNumber('55,0000', 'en')).toBeNull();
    expect(parseNumber('0.5', 'da')).toBe(0.5);
    expect(parseNumber('1,25', 'en')).toBe(1.25);
  });

  it('ignores the field’s own unit typed with the number, and no other', () => {
    expect(parseNumber('45 %', 'en', '%')).toBe(45);
    expect(parseNumber('4,5%', 'da', '%')).toBe(4.5);
    expect(parseNumber('55.000 DKK', 'da', 'kr.')).toBe(55000);
    expect(parseNumber('3 år', 'da', 'år')).toBe(3);
    // Another unit is not this field's: not a number here.
    expect(parseNumber('45 %', 'en', 'DKK')).toBeNull();
    expect(parseNumber('55 kr.', 'da', '%')).toBeNull();
    expect(parseNumber('45 %', 'en')).toBeNull();
  });

  it('reads back every number it writes, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('en' as const, 'da' as const), (x, lang) => {
        const shown = editableNumber(x, lang);
        expect(parseNumber(shown, lang)).toBe(Number(x.toPrecision(12)));
      }),
    );
  });

  it('writes amounts grouped as the app writes them elsewhere, and reads them back', () => {
    expect(editableNumber(3_000_000, 'en')).toBe('3,000,000');
    expect(editableNumber(3_000_000, 'da')).toBe('3.000.000');
    expect(editableNumber(1234.5, 'da')).toBe('1.234,5');
    expect(editableNumber(999, 'en')).toBe('999');
    expect(parseNumber('3.100.000', 'da')).toBe(3_100_000);
    expect(parseNumber(editableNumber(3_100_000, 'en'), 'en')).toBe(3_100_000);
  });

  it('shows percentages without floating-point noise, with the language’s decimal mark', () => {
    expect(editableNumber(0.035 * 100, 'en')).toBe('3.5');
    expect(editableNumber(0.035 * 100, 'da')).toBe('3,5');
  });

  it('reads a whole count grouped any way a planner writes it', () => {
    for (const t of ['100000', '100.000', '100,000', '100 000', "100'000"]) expect(parseWhole(t)).toBe(100000);
    for (const t of ['', 'abc', '-5', '1e5', '12a']) expect(parseWhole(t)).toBeNull();
  });
});
