import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteSchema, noteText } from '../../src/scenario/note';
import { validateScenario } from '../../src/scenario/parse';
import { errorText, fileVoice } from '../../src/scenario/error-text';
import { baselineDoc } from '../engine/scenario-fixture';

describe('notes', () => {
  it('are one text or one per language; each language shows its own, or the other where its own is empty', () => {
    expect(noteText('about half', 'da')).toBe('about half');
    expect(noteText({ da: 'omkring halvdelen', en: 'about half' }, 'da')).toBe('omkring halvdelen');
    expect(noteText({ da: 'omkring halvdelen', en: 'about half' }, 'en')).toBe('about half');
    expect(noteText({ da: '', en: 'about half' }, 'da')).toBe('about half');
    expect(noteText(undefined, 'en')).toBe('');
    expect(noteSchema.safeParse({ da: 'x', en: 'y' }).success).toBe(true);
    expect(noteSchema.safeParse({ da: 'x' }).success).toBe(false);
  });

  it('a note in one language only is refused, naming the missing one', () => {
    const doc = baselineDoc();
    doc.activities.A1.routing.proceed.note = { da: 'omkring halvdelen' };
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path}: ${errorText(e, fileVoice('en'))}`)).toEqual(['activities.A1.routing.proceed.note.en: is required (text)']);
  });

  it.each(['baseline', 'evidence'])('every note of the built-in %s scenario is written in Danish and in English', (name) => {
    const notes: unknown[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'note' ? notes.push(v) : walk(v));
    };
    walk(JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')));
    expect(notes.length).toBeGreaterThan(40);
    for (const n of notes) {
      expect(n).toMatchObject({ da: expect.any(String), en: expect.any(String) });
      const { da, en } = n as { da: string; en: string };
      expect(da.length, en).toBeGreaterThan(0);
      expect(da, 'a Danish note that is the English one').not.toBe(en);
    }
  });
});
