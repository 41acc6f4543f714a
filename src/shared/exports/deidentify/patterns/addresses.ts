/**
 * Addresses. Chilean ones after a street word in any case ("calle Los Aromos 1234", "av. vicuña
 * mackenna 7110", "pasaje los aromos 345, villa el sol"), or a name and a house number after
 * "vive en", "domicilio", "dirección" ("vive en Los Aromos 345"); flats, blocks and PO boxes
 * alone ("depto 504", "block 12 depto 34", "Casilla 123"). US and UK ones by number and street
 * word ("1600 Pennsylvania Ave NW", "Flat 2, 14 Mill Lane"), a city with its state and ZIP code,
 * and postcodes in any case. A number followed by what it counts ("3 veces", "2 blocks") is no
 * house number.
 */
import { escapeRegExp } from '../../../text/normalize';
import {
  aDigit,
  anyCase,
  caseless,
  end,
  fiveDigitsInARow,
  start,
  threeDigitsInARow,
  type DetailPattern,
} from './shared';

const particles = caseless('de|del|la|las|los|el|y');
/** Words that end a street name written in lower case: it cannot run into the rest of the sentence. */
const stopWords = [
  'a|al|ante|con|contra|sin|por|para|que|qué|se|lo|le|les|me|te|nos|mi|mis|tu|tus|su|sus|un|una|unos|unas',
  'es|son|era|eran|fue|fueron|está|están|esta|estaba|estaban|estuvo|hay|había|habia|tiene|tienen|tenía|tenia|tuvo',
  'queda|quedaba|muy|más|mas|menos|donde|cuando|como|pero|ni|o|u|no|sí|si|ya|solo|sólo|también|tambien',
  'durante|desde|hasta|hacia|entre|sobre|tras|cerca|lejos|aquí|aqui|ahí|ahi|allí|alli|hoy|ayer|mañana|vez|veces',
  'principal|otra|otro|otras|otros|misma|mismo|toda|todo|todos|todas|cada|cual|este|ese|aquel|junto|frente',
  'dentro|fuera|después|despues|antes|luego|entonces',
  'the|of|to|in|on|at|and|or|was|were|is|are|be|for|with|from|by|as|this|that|these|those|his|her|their|our',
  'my|your|an|more|than|about|after|before|into|down|up|different|separate|new|old',
]
  .map(caseless)
  .join('|');
/** What a number after a street word counts when it is not a house number. */
const countNouns = caseless(
  'a[ñn]os?|mes(?:es)?|d[ií]as?|semanas?|horas?|minutos?|veces|personas?|ni[ñn][oa]s|hij[oa]s|herman[oa]s|cuadras?|metros?|km|kil[óo]metros?|casas|pisos|familias|sesiones|visitas|pesos|years?|months?|days?|weeks?|hours?|minutes?|times|people|children|kids|blocks|meters|metres|miles|houses|floors|families|sessions|visits|%',
);
const notACount = `(?!\\s{0,6}(?:${countNouns})(?![\\p{L}]))`;

/** A word of a street name in any case, not a word of the sentence around it. */
const nameWord = `(?!(?:${stopWords}|${particles})(?![\\p{L}]))[\\p{L}\\p{M}'’]{1,24}(?:\\.(?=\\s))?`;
const anyCaseName = `(?:(?:${particles})\\s{1,6}){0,2}${nameWord}(?:\\s{1,6}(?:(?:${particles})\\s{1,6}){0,2}${nameWord}){0,3}`;
/**
 * A capitalised street name: capitalised words (a short one may be an abbreviation with a full
 * stop, "Gral.", "Sta."), the particles street names carry, and a day number in names like "10
 * de Julio". A sentence's full stop ends it, so the next sentence's first word is never taken along.
 */
const streetWord =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’]{0,3}\\.|\\p{Lu}[\\p{L}\\p{M}'’]{0,40}(?![°º])|\\d{1,2}(?=\\s{1,6}de\\s))";
/** The first word may be a number ("Pasaje 3"); later numbers are the house number. */
const streetName = `(?:${streetWord}|\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}]))(?:\\s{1,6}(?:(?:${particles})\\s{1,6}){0,3}${streetWord}){0,4}`;
const numberMark = '(?:[nN][°º]\\.?|#|[nN]ro\\.?|[nN][úu]mero)';
/** "345", ", N° 45", "#2400"; a street with a number in its name has two: "Nueva 2 #0456". */
const houseNumber = `(?:\\s{0,6},)?(?:\\s{0,6}${numberMark})?\\s{0,6}\\d{1,5}[A-Za-z]?${end}${notACount}(?:\\s{1,6}${numberMark}\\s{0,6}\\d{1,5}[A-Za-z]?${end})?`;
const unitWords = [
  'depto',
  'dpto',
  'departamento',
  'casa',
  'block',
  'blk',
  'torre',
  'oficina',
  'of.',
  'piso',
  'local',
  'lote',
  'sitio',
  'manzana',
  'mz',
  'parcela',
];
/** What a flat, a block or a lot alone starts with: "depto 504", "block 12", "Flat 2". */
const flatWords = 'depto|dpto|departamento|block|blk|torre|casa|lote|sitio|manzana|mz|parcela|flat|apartment|apt';
/** A flat or house number: digits with a letter, or one letter ("casa B"). */
const unitNumber = `(?:[A-Za-z]?-?\\d{1,5}[A-Za-z]?|[A-Za-z])${end}`;
const unit = `(?:(?:\\s{0,6},)?\\s{0,6}(?:${unitWords.map(anyCase).join('|')})\\.?(?:\\s{0,6}${numberMark})?\\s{0,6}${unitNumber}${notACount}){0,3}`;
/** The neighbourhood after a street: ", villa el sol", ", Población La Victoria". */
const neighbourhoodWords = ['villa', 'población', 'poblacion', 'pobl.', 'condominio', 'campamento']
  .map(anyCase)
  .join('|');
const neighbourhood = `(?:(?:\\s{0,6},)?\\s{0,6}(?:${neighbourhoodWords})\\s{1,6}(?:(?:${particles})\\s{1,6}){0,2}(?:\\p{Lu}[\\p{L}\\p{M}'’]{0,40}(?:\\s{1,6}(?:(?:${particles})\\s{1,6})?\\p{Lu}[\\p{L}\\p{M}'’]{0,40}){0,3}|${nameWord}))?`;
const streetWordListEs = [
  'calle',
  'avenida',
  'avda.',
  'avda',
  'av.',
  'pasaje',
  'psje.',
  'psje',
  'pje.',
  'pje',
  'camino',
  'callejón',
  'callejon',
  'diagonal',
  'alameda',
  'paseo',
  'población',
  'poblacion',
  'pobl.',
  'villa',
  'condominio',
  'parcela',
  'campamento',
  'cité',
];
const streetWordsEs = streetWordListEs.map(anyCase).join('|');

/** Words after which a name and a number are an address: "vive en", "domicilio:", "lives at". */
const livesIn = caseless(
  '(?:viv[eo]n?|viv[ií]an?|vivir[áa]n?|reside[ns]?|resid[ií]an?|domiciliad[oa]s?|se\\s{1,6}(?:mud[oó]|cambi[oó]|traslad[oó])|se\\s{1,6}van?\\s{1,6}a\\s{1,6}mudar|ubicad[oa]|queda)\\s{1,6}(?:en|a)\\s{1,6}(?:(?:la|el)\\s{1,6})?',
);
const addressWords = caseless(
  '(?:domicilio|direcci[oó]n|address|home\\s{1,6}address|lives\\s{1,6}(?:at|on)|living\\s{1,6}(?:at|on)|resides\\s{1,6}(?:at|on)|located\\s{1,6}at|staying\\s{1,6}at)(?:\\s{1,6}(?:en|de|es|is|:))?(?:\\s{0,6}[:-])?\\s{0,6}',
);
/** Capitalised words that, with a number after "en", are a law, a room or a month, not a street. */
const notStreets =
  'Ley|Leyes|Decreto|Art[íi]culo|Art|Sala|Piso|Oficina|Sesi[óo]n|Fase|Etapa|Nivel|Curso|M[óo]dulo|P[áa]gina|P[áa]g|Cap[íi]tulo|Juzgado|Tribunal|C[óo]digo|Norma|Resoluci[óo]n|Oficio|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Chile|Total|Promedio';

const streetWordsEn =
  'Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Boulevard|Blvd|Terrace|Crescent|Gardens|Square|Sq|Row|Grove|Hill|Park|Parade|Mews|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Alley|Walk|Green|Rise|Heights|Plaza|Pike|Loop|Path';
const courtNames =
  /(?:Family|Youth|Crown|County|High|Magistrates['’]?|Supreme|Juvenile|District|Circuit|Probate|Appeals?|Drug|Dependency|Children['’]?s?)\s+Court\b/;
const lowerStreetWordsEn = caseless(
  'street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|terrace|crescent|mews|highway|hwy',
);
const direction = '(?:\\s{1,6}(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)(?![\\p{L}\\p{N}]))?';
const flatEn = `(?:${['flat', 'apt', 'apartment', 'unit', 'suite'].map(anyCase).join('|')})\\.?(?:\\s{0,6}#)?\\s{0,6}${unitNumber}`;
const states =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
/** "Lot 18, Shady Pines…", "Space 4 Oak Park": a mobile home's place in its park. */
const lotNumber = `(?:(?:${['lot', 'space', 'site', 'trailer'].map(anyCase).join('|')})\\.?\\s{0,6}#?\\s{0,6})?`;
const directionBefore = '(?:(?:N|S|E|W|North|South|East|West)\\.?\\s{1,6})?';
/** The full stop of "St.", "Ave.", not the one that ends a sentence after "Park". */
const abbreviationStop = `(?:(?<=${caseless('st|rd|ave|av|ln|dr|ct|pl|blvd|sq|hwy|pkwy|cir')})\\.)?`;
const ordinal = '\\d{1,3}(?:st|nd|rd|th)';
const capitalised = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}";

// Words the patterns need, looked for quickly before the patterns run.
/** A Spanish street word: "calle ", "villa ", "av. ". */
const aStreetWord = new RegExp(`(?:${streetWordListEs.map(escapeRegExp).join('|')})\\s`, 'iu');
/** A street word before a capital or a number: "calle Los", "pasaje 3". */
const aStreetWordBeforeName = new RegExp(`(?:${streetWordsEs})\\s{1,6}[\\p{Lu}\\d]`, 'u');
/** "vive en villa", "se mudó a la población". */
const aStreetWordAfterLivesIn = new RegExp(`${livesIn}(?:${streetWordsEs})\\s`, 'u');
/** "camino a", "ruta hacia". */
const aRoadTo = /(?:camino|ruta|carretera)\s{1,6}(?:a|al|hacia)\s/iu;
/** "vive en", "domicilio:", "lives at". */
const aLivesInOrAddressWord = new RegExp(`${livesIn}|${addressWords}`, 'u');
/** "domicilio:", "lives at". */
const anAddressWord = new RegExp(addressWords, 'u');
/** " Street", " Ave." */
const anEnglishStreetWord = new RegExp(`\\s(?:${streetWordsEn})(?![\\p{L}\\p{N}])`, 'u');
/** " street", " st." in any case. */
const aLowerCaseEnglishStreetWord = new RegExp(`\\s(?:${lowerStreetWordsEn})(?![\\p{L}\\p{N}])`, 'u');
/** "flat", "apt", "suite". */
const anEnglishFlatWord = /flat|apt|apartment|unit|suite/iu;
/** "P.O. Box", "casilla", "apartado". */
const aPostBoxWord = /box|casilla|apartado/iu;
/** "345 depto", "12, casa": a number with a flat's word after it, as a house number before its flat has. */
const aNumberThenUnitWord = new RegExp(
  `\\d[A-Za-z]?(?:\\s{0,6},)?\\s{0,6}(?:${unitWords.map(anyCase).join('|')})`,
  'u',
);
/**
 * "depto 504", "block #12": a flat's word and its number, looked for from the number's digit, since
 * the word alone ("casa") is common.
 */
const aFlatWordBeforeNumber = new RegExp(
  `\\d(?<=(?:${flatWords})\\.?(?:\\s{0,6}(?:n[°º]\\.?|#|nro\\.?))?\\s{0,6}[A-Z]?-?\\d)`,
  'iu',
);
/** "en Tobalaba": what every address after "en" starts with, and a line of dates and numbers has not. */
const anEnThenCapital = /[eE]n\s{1,6}\p{Lu}/u;
/** A letter glued to a digit ("SW1A", "M1"), as the `iu` postcode pattern reads letters. */
const aLetterThenDigit = /[A-Z]\d/iu;

export const addressPatterns: readonly DetailPattern[] = [
  // English ones first: their street word ends them, where a Spanish one may run on.
  {
    kind: 'address',
    // "12 Baker Street", "1600 Pennsylvania Ave NW", "Flat 2, 14 Mill Lane", "Lot 18, Shady Pines Mobile Home Park".
    pattern: new RegExp(
      `(?:${start}${flatEn},?\\s{0,6})?${start}${lotNumber}\\d{1,5}[A-Za-z]?,?\\s{1,6}${directionBefore}(?:(?:\\p{Lu}[\\p{L}\\p{M}'’-]{0,40}|${ordinal})\\s{1,6}){1,4}(?:${streetWordsEn})${abbreviationStop}${end}${direction}(?:,?\\s{0,6}${flatEn})?`,
      'gu',
    ),
    needs: [aDigit, anEnglishStreetWord],
    // "3 Family Court hearings", "2 Youth Court dates": courts, not streets.
    keep: (match) => courtNames.test(match),
  },
  {
    kind: 'address',
    // In lower case: "12 baker street", "1402 w. 63rd st.".
    pattern: new RegExp(
      `${start}\\d{1,5}[A-Za-z]?,?\\s{1,6}${caseless(directionBefore)}(?:(?:${nameWord}|${ordinal})\\s{1,6}){1,3}(?:${lowerStreetWordsEn})${abbreviationStop}${end}${direction}(?:,?\\s{0,6}${flatEn})?`,
      'gu',
    ),
    needs: [aDigit, aLowerCaseEnglishStreetWord],
  },
  {
    kind: 'address',
    // A flat, then a number and a name without a street word: "Apt. #2R, 1550 S. State".
    pattern: new RegExp(
      `${start}${flatEn},?\\s{1,6}\\d{1,5}[A-Za-z]?\\s{1,6}${directionBefore}${capitalised}(?:\\s{1,6}${capitalised}){0,2}`,
      'gu',
    ),
    needs: [aDigit, anEnglishFlatWord],
  },
  {
    kind: 'address',
    // A street word and a name in any case, with its house number: "av. vicuña mackenna 7110".
    pattern: new RegExp(
      `${start}(?:${streetWordsEs})\\s{1,6}${anyCaseName}${houseNumber}${unit}${neighbourhood}`,
      'gu',
    ),
    needs: [aDigit, aStreetWord],
  },
  {
    kind: 'address',
    // A street word and a capitalised name, with or without a number: "la villa Los Héroes", "Calle 10 de Julio 345".
    pattern: new RegExp(
      `${start}(?:${streetWordsEs})\\s{1,6}${streetName}(?:${houseNumber})?${unit}${neighbourhood}`,
      'gu',
    ),
    needs: [aStreetWord, aStreetWordBeforeName],
  },
  {
    kind: 'address',
    // After "vive en" a street word needs no capital and no number: "vive en villa los héroes".
    pattern: new RegExp(
      `(?<=\\s)(?=\\p{L})(?<=${start}${livesIn})(?:${streetWordsEs})\\s{1,6}${anyCaseName}(?:${houseNumber})?${unit}${neighbourhood}`,
      'gu',
    ),
    needs: [aStreetWord, aStreetWordAfterLivesIn],
  },
  {
    kind: 'address',
    // "vive en Los Aromos 345", "domicilio: los aromos 345, depto 12".
    pattern: new RegExp(
      `(?<=[\\s:-])(?=[\\p{L}\\p{N}])(?<=${start}(?:${livesIn}|${addressWords}))${anyCaseName}${houseNumber}${unit}${neighbourhood}`,
      'gu',
    ),
    needs: [aDigit, aLivesInOrAddressWord],
  },
  {
    kind: 'address',
    // "lives at 881 Fulton", "address: 42 Wallaby Way".
    pattern: new RegExp(
      `(?<=[\\s:-])(?=\\d)(?<=${start}${addressWords})\\d{1,5}[A-Za-z]?,?\\s{1,6}${capitalised}(?:\\s{1,6}${capitalised}){0,2}${direction}(?:,?\\s{0,6}${flatEn})?`,
      'gu',
    ),
    needs: [aDigit, anAddressWord],
  },
  {
    kind: 'address',
    // "en Tobalaba 1450": a capitalised name and a house number after "en", unless a law, a room or a year.
    pattern: new RegExp(
      `(?=\\p{Lu})(?<=${start}[eE]n\\s{1,6})(?!(?:${notStreets})(?![\\p{L}]))\\p{Lu}[\\p{Ll}\\p{M}'’]{1,40}(?:\\s{1,6}(?:(?:${particles})\\s{1,6})?\\p{Lu}[\\p{L}\\p{M}'’]{1,40}){0,3}\\s{1,6}(?:${numberMark}\\s{0,6})?(?!(?:19|20)\\d{2}${end})\\d{3,5}${end}${notACount}${unit}`,
      'gu',
    ),
    needs: [threeDigitsInARow, anEnThenCapital],
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `${start}(?:P\\.?\\s?O\\.?\\s?Box|Post\\s{1,6}Office\\s{1,6}Box|Casilla(?:\\s{1,6}de\\s{1,6}correos?)?|Apartado(?:\\s{1,6}(?:postal|de\\s{1,6}correos))?)(?:\\s{0,6}(?:n[°º]\\.?|#|no\\.?))?\\s{0,6}\\d{2,6}${end}`,
      'giu',
    ),
    needs: [aDigit, aPostBoxWord],
  },
  {
    kind: 'address',
    // A number, a name and a flat: "881 Fulton, apartment 3C".
    pattern: new RegExp(
      `${start}\\d{1,5}[A-Za-z]?\\s{1,6}${capitalised}(?:\\s{1,6}${capitalised}){0,2},?\\s{0,6}${flatEn}`,
      'gu',
    ),
    needs: [aDigit, anEnglishFlatWord],
  },
  {
    kind: 'address',
    // A road named by where it goes: "camino a Lonquén", "ruta hacia El Volcán".
    pattern: new RegExp(
      `${start}(?:${['camino', 'ruta', 'carretera'].map(anyCase).join('|')})\\s{1,6}(?:a|al|hacia)\\s{1,6}(?:(?:${particles})\\s{1,6})?\\p{Lu}[\\p{L}\\p{M}'’]{1,40}(?:\\s{1,6}(?:(?:${particles})\\s{1,6})?\\p{Lu}[\\p{L}\\p{M}'’]{1,40}){0,3}(?:\\s{0,6},?\\s{0,6}(?:km\\.?|kil[óo]metro)\\s{0,6}\\d{1,4}(?:[.,]\\d)?)?`,
      'gu',
    ),
    needs: [aRoadTo],
  },
  {
    kind: 'address',
    // A capitalised name and a number with a flat after it: "Los Aromos 345 depto 12".
    pattern: new RegExp(
      `${start}(?!(?:${notStreets})(?![\\p{L}]))\\p{Lu}[\\p{Ll}\\p{M}'’]{1,40}(?:\\s{1,6}(?:(?:${particles})\\s{1,6})?\\p{Lu}[\\p{L}\\p{M}'’]{1,40}){0,3}${houseNumber}${unit.replace(/\{0,3\}$/, '{1,3}')}`,
      'gu',
    ),
    needs: [aDigit, aNumberThenUnitWord],
  },
  {
    kind: 'address',
    // A flat, a block or a lot alone: "depto 504", "block 12 depto 34", "Flat 2".
    pattern: new RegExp(
      `${start}(?:${flatWords})\\.?(?:\\s{0,6}(?:n[°º]\\.?|#|nro\\.?))?\\s{0,6}(?:[A-Z]?-?\\d{1,5}[A-Z]?)${end}${notACount}(?:(?:\\s{0,6},)?\\s{0,6}(?:depto|dpto|departamento|casa|torre|piso|of\\.|oficina|lote|sitio|flat|apt|apartment)\\.?(?:\\s{0,6}(?:n[°º]\\.?|#|nro\\.?))?\\s{0,6}[A-Z]?-?\\d{1,5}[A-Z]?${end}){0,3}`,
      'giu',
    ),
    needs: [aDigit, aFlatWordBeforeNumber],
  },
];

/** Postcodes, which run before phone numbers: a ZIP+4 code has a phone number's shape. */
export const postcodePatterns: readonly DetailPattern[] = [
  {
    kind: 'address',
    // A US city with its state and ZIP code: "Springfield, IL 62704", "IL 62704-1234".
    pattern: new RegExp(
      `${start}(?:${capitalised}(?:\\s{1,6}${capitalised}){0,2},?\\s{1,6})?(?:${states})\\s{1,6}\\d{5}(?:-\\d{4})?${end}`,
      'gu',
    ),
    needs: [threeDigitsInARow, fiveDigitsInARow],
  },
  {
    kind: 'address',
    pattern: new RegExp(`${start}\\d{5}-\\d{4}${end}`, 'gu'),
    needs: [threeDigitsInARow, fiveDigitsInARow],
  },
  {
    kind: 'address',
    // UK postcodes in any case: "SW1A 1AA", "sw1a 1aa", "M1 1AE".
    pattern: new RegExp(`${start}[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}${end}`, 'giu'),
    needs: [aDigit, aLetterThenDigit],
    keep: (match) => /\d(?:st|nd|rd|th)$/i.test(match),
  },
];
