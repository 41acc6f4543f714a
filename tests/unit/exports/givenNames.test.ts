import { describe, expect, it } from 'vitest';
import { calendarWords } from '../../../src/shared/exports/deidentify/data/calendarWords';
import {
  communeAliases,
  communeNames,
  communes,
  communesNeedingContext,
} from '../../../src/shared/exports/deidentify/data/communes';
import {
  englishGivenNames,
  englishNicknames,
  spanishGivenNames,
  spanishNicknames,
} from '../../../src/shared/exports/deidentify/data/givenNames';
import { isCalendarWord, isGivenName, monthUsedAsName } from '../../../src/shared/exports/deidentify/givenNameWords';
import { fold } from '../../../src/shared/text/normalize';

describe('the given-name lists', () => {
  it('are broad in both languages', () => {
    expect(new Set([...spanishGivenNames, ...spanishNicknames]).size).toBeGreaterThanOrEqual(1500);
    expect(new Set([...englishGivenNames, ...englishNicknames]).size).toBeGreaterThanOrEqual(1500);
    expect(spanishNicknames.length).toBeGreaterThanOrEqual(200);
    expect(englishNicknames.length).toBeGreaterThanOrEqual(200);
  });

  it('hold every entry folded, once', () => {
    for (const list of [spanishGivenNames, spanishNicknames, englishGivenNames, englishNicknames]) {
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) expect(name).toBe(fold(name));
      for (const name of list) expect(name).toMatch(/^[a-z][a-z']*$/);
    }
  });

  it.each([
    // Given names that are also ordinary words
    ...'Rosita Esperanza Consuelo Santiago Dolores Mercedes Pilar Soledad Paz Luz Amparo Rosario Victoria Milagros'.split(
      ' ',
    ),
    ...'Faith Joy Will Bill Summer Amber Mercy Junior Hope Grace Mark Rose Dawn Iris'.split(' '),
    // Nicknames
    ...'Pepe Nacho Chuck Coté Cote Pancho Javi Benja Mati Feña Cata Vale Dani Chelo Lucho Pato Kathy Bobby'.split(' '),
    // Common Chilean names, with accents and in capitals
    ...'Ximena Millaray Ayelén Nahuel Brayan Yerko Scarlett Bastián Agustín Isidora JOSEFA Cristóbal'.split(' '),
  ])('has %s', (name) => {
    expect(isGivenName(fold(name))).toBe(true);
  });

  it.each(['casa', 'table', 'the', 'madre', 'padre', 'hijo', 'school', 'colegio', 'and', 'una', 'del', 'don', 'mar'])(
    'does not have the ordinary word "%s"',
    (word) => {
      expect(isGivenName(word)).toBe(false);
    },
  );

  it('keeps months and weekdays that are names, to be told apart by monthUsedAsName', () => {
    for (const name of ['abril', 'julio', 'domingo', 'april', 'may', 'june', 'august']) {
      expect(isGivenName(name)).toBe(true);
      expect(isCalendarWord(name)).toBe(true);
    }
    expect(isGivenName('marzo')).toBe(false);
    expect(isGivenName('monday')).toBe(false);
  });
});

describe('the calendar words', () => {
  it('are every month and weekday in both languages, folded', () => {
    expect(calendarWords.size).toBe(13 + 7 + 12 + 7);
    for (const word of ['enero', 'septiembre', 'setiembre', 'miercoles', 'sabado', 'january', 'sunday']) {
      expect(isCalendarWord(word)).toBe(true);
    }
    expect(isCalendarWord(fold('Miércoles'))).toBe(true);
    expect(isCalendarWord('semana')).toBe(false);
  });
});

describe('a month or weekday used as a name', () => {
  const at = (text: string, word: string, language: 'en' | 'es') =>
    monthUsedAsName(text, text.indexOf(word), word, language);

  it.each([
    ['Yesterday April said she was fine.', 'April', 'en'],
    ['I spoke with June and her mother.', 'June', 'en'],
    ['the mother of April came', 'April', 'en'],
    ["We visited May's grandmother.", "May's", 'en'],
    ['vino Abril con su hermano', 'Abril', 'es'],
    ['la mamá de Julio llamó', 'Julio', 'es'],
    ['el Julio llegó tarde', 'Julio', 'es'],
    ['llegó Domingo con su tío', 'Domingo', 'es'],
    ['la Sra. Abril llamó', 'Abril', 'es'],
    ['Ms. June said so.', 'June', 'en'],
  ] as const)('"%s": %s is a name', (text, word, language) => {
    expect(at(text, word, language)).toBe(true);
  });

  it.each([
    ['We met in April and again in May.', 'April', 'en'],
    ['We met in April and again in May.', 'May', 'en'],
    ['On 5 April the school called.', 'April', 'en'],
    ['The review is on April 5th.', 'April', 'en'],
    ['The review of April 2023.', 'April', 'en'],
    ['April said she was fine.', 'April', 'en'],
    ['from April to June we met', 'June', 'en'],
    ['at the end of April', 'April', 'en'],
    ['See you Monday.', 'Monday', 'en'],
    ['every August since', 'August', 'en'],
    ['She may come.', 'may', 'en'],
    ['el 3 de Abril fue', 'Abril', 'es'],
    ['en Abril fue', 'Abril', 'es'],
    ['a fines de Julio', 'Julio', 'es'],
    ['desde Julio de 2023', 'Julio', 'es'],
    ['el Domingo fue a misa', 'Domingo', 'es'],
    ['del Lunes al Domingo', 'Domingo', 'es'],
    ['vino en abril', 'abril', 'es'],
    ['vino Marzo', 'Marzo', 'es'],
    ['EN ABRIL VINO', 'ABRIL', 'es'],
    ['la reunión del Domingo pasado', 'Domingo', 'es'],
  ] as const)('"%s": %s is a date or a word', (text, word, language) => {
    expect(at(text, word, language)).toBe(false);
  });
});

describe('the communes', () => {
  it('are the 346 communes of Chile, each once, with their accents', () => {
    expect(communeNames).toHaveLength(346);
    expect(new Set(communeNames).size).toBe(346);
    expect(communeNames).toEqual(
      expect.arrayContaining(['Ñuñoa', 'Peñalolén', 'Maipú', 'Concón', "O'Higgins", 'Aysén']),
    );
    expect(communes.has('nunoa')).toBe(true);
    expect(communes.has('la calera')).toBe(true);
  });

  it('give every alias, and every commune that needs context, an official name', () => {
    for (const official of Object.values(communeAliases)) expect(communeNames).toContain(official);
    for (const name of communesNeedingContext) expect(communeNames).toContain(name);
  });
});
