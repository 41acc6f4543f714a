/**
 * The English and Spanish Hunspell dictionaries behind the name warnings. Loading Spanish takes
 * about a second, so both are loaded on the first preview and kept for the life of the process.
 *
 * The dictionaries are data files, not code: the build copies them (with their licences) to
 * `out/main/dictionaries/`, beside the bundle, so the packaged app needs no `node_modules`.
 * Run from the sources (tests, benchmarks), they are read from the `dictionary-en` and
 * `dictionary-es` packages.
 */
import { readFile } from 'node:fs/promises';
import nspell from 'nspell';
import type { Lexicon } from '../../shared/exports/deidentify/warnings';

type Language = 'en' | 'es';

interface Dictionary {
  aff: Buffer;
  dic: Buffer;
}

/** Where the build puts the dictionaries, from this module's chunk (`out/main` or `out/main/chunks`). */
const bundledFolders = [new URL('./dictionaries/', import.meta.url), new URL('../dictionaries/', import.meta.url)];

let lexicon: Promise<Lexicon> | undefined;

/** Both dictionaries, loaded once. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= (async () => {
    const dictionaries = await Promise.all([dictionary('en'), dictionary('es')]);
    const spellers = dictionaries.map((each) => nspell(each));
    return { isWord: (word: string) => spellers.some((speller) => speller.correct(word)) };
  })();
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}

async function dictionary(language: Language): Promise<Dictionary> {
  for (const folder of bundledFolders) {
    try {
      const [aff, dic] = await Promise.all([
        readFile(new URL(`${language}.aff`, folder)),
        readFile(new URL(`${language}.dic`, folder)),
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
