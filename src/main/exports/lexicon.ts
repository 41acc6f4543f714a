/**
 * The English and Spanish Hunspell dictionaries behind the name warnings. Loading Spanish takes
 * about a second, so both are loaded on the first preview and kept for the life of the process.
 * The words are added a few thousand lines at a time, yielding between, so main keeps answering
 * (and a key derivation started meanwhile runs beside it) instead of stalling for that second.
 *
 * The dictionaries are data files, not code: the build copies them (with their licences) to
 * `out/main/dictionaries/`, beside the bundle, so the packaged app needs no `node_modules`.
 * Run from the sources (tests, benchmarks), they are read from the `dictionary-en` and
 * `dictionary-es` packages.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import nspell from 'nspell';
import type { Lexicon } from '../../shared/exports/deidentify/warnings';

type Language = 'en' | 'es';

export interface Dictionary {
  aff: Buffer;
  dic: Buffer;
}

/**
 * Where the build puts the dictionaries, from this module's chunk (`out/main` or `out/main/chunks`).
 * Plain paths, not URLs: Electron reads files inside the app's asar archive by path.
 */
const bundledFolders = [
  path.join(import.meta.dirname, '../dictionaries'),
  path.join(import.meta.dirname, 'dictionaries'),
];

/** Lines of a `.dic` added between two yields: about a tenth of a second of work. */
const linesPerStep = 4_000;

let lexicon: Promise<Lexicon> | undefined;

/** Both dictionaries, loaded once. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= (async () => {
    const dictionaries = await Promise.all([dictionary('en'), dictionary('es')]);
    const spellers: ReturnType<typeof nspell>[] = [];
    for (const each of dictionaries) spellers.push(await spellerInSteps(each));
    return { isWord: (word: string) => spellers.some((speller) => speller.correct(word)) };
  })();
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}

/**
 * A speller with the words of `dictionary.dic` added in steps, the same words in the same order
 * as `nspell(dictionary)`. nspell rebuilds its compound rules after each `.dictionary()` call and
 * cannot rebuild them twice, so a dictionary with compound rules (English) is added in one step.
 */
export async function spellerInSteps({ aff, dic }: Dictionary): Promise<ReturnType<typeof nspell>> {
  const speller = nspell(aff);
  const lines = dic.toString('utf8').split('\n').slice(1);
  // Not in nspell's types: the compound rules read from the affix file.
  const { compoundRules } = speller as unknown as { compoundRules: unknown[] };
  const step = compoundRules.length === 0 ? linesPerStep : lines.length;
  for (let start = 0; start < lines.length; start += step) {
    await new Promise((resolve) => setImmediate(resolve));
    // nspell skips the first line of a dictionary (the word count): an empty one here.
    speller.dictionary(`\n${lines.slice(start, start + step).join('\n')}`);
  }
  return speller;
}

async function dictionary(language: Language): Promise<Dictionary> {
  for (const folder of bundledFolders) {
    try {
      const [aff, dic] = await Promise.all([
        readFile(path.join(folder, `${language}.aff`)),
        readFile(path.join(folder, `${language}.dic`)),
      ]);
      return { aff, dic };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // From the sources: the packages (Uint8Arrays that are Buffers at run time; nspell's types ask for Buffers).
  const { default: packaged } = language === 'en' ? await import('dictionary-en') : await import('dictionary-es');
  return { aff: Buffer.from(packaged.aff), dic: Buffer.from(packaged.dic) };
}
