import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { spellerInSteps, type Dictionary } from '../../../src/main/exports/lexicon';

function packaged(name: string): Dictionary {
  const folder = path.dirname(createRequire(import.meta.url).resolve(name));
  return { aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic')) };
}

describe('a Hunspell dictionary added in steps', () => {
  it.each(['dictionary-en', 'dictionary-es'])('holds exactly the words of %s added at once', async (name) => {
    const dictionary = packaged(name);
    const stepped = (await spellerInSteps(dictionary)) as unknown as { data: Record<string, string[]> };
    const speller = nspell(dictionary);
    const whole = speller as unknown as { data: Record<string, string[]> };
    const words = Object.keys(whole.data);
    expect(Object.keys(stepped.data)).toHaveLength(words.length);
    expect(words.filter((word) => JSON.stringify(stepped.data[word]) !== JSON.stringify(whole.data[word]))).toEqual([]);
    for (const word of ['house', 'Houses', '22nd', 'casa', 'Casas', 'cantábamos', 'Quintrequeo', 'Majo']) {
      expect((stepped as unknown as ReturnType<typeof nspell>).correct(word), word).toBe(speller.correct(word));
    }
  });
});
