/**
 * The English and Spanish Hunspell dictionaries behind the name warnings. Loading Spanish takes
 * about a second, so both are loaded on the first preview and kept for the life of the process.
 */
import nspell from 'nspell';
import type { Lexicon } from '../../shared/exports/deidentify/warnings';

let lexicon: Promise<Lexicon> | undefined;

/** Both dictionaries, loaded once. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= (async () => {
    const [english, spanish] = await Promise.all([import('dictionary-en'), import('dictionary-es')]);
    // The packages give Uint8Arrays (they are Buffers at run time); nspell's types ask for Buffers.
    const speller = (dictionary: { aff: Uint8Array; dic: Uint8Array }) =>
      nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
    const spellers = [speller(english.default), speller(spanish.default)];
    return { isWord: (word: string) => spellers.some((speller) => speller.correct(word)) };
  })();
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}
