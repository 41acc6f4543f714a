/**
 * Details that do not name the family but narrow it down: the school or kindergarten a child goes
 * to, the health centre that sees them, the programme or residential home that works with them,
 * and the commune or neighbourhood they live in. An external supervisor does not need them, so
 * before export the practitioner may generalise each one ("Colegio San Ignacio" → "[establecimiento
 * educacional]").
 *
 * An institution is its leading word ("Colegio", "CESFAM", "Jardín Infantil", in any case and with
 * or without accents) followed by a proper name ("San Ignacio", "Dr. Salvador Allende", "D-456",
 * "N° 123"), or, in English, a proper name followed by its kind ("Lincoln Elementary", "St Mary's
 * Academy", "Children's Hospital of Philadelphia"). "fue al colegio" or "at the clinic" name no
 * institution. A commune counts written capitalised ("Puente Alto"), or in any case after words
 * that place someone there ("vive en", "comuna de", "lives in"); a commune that is also a word, a
 * name or another place ("Independencia", "Santiago", "Florida") only after such words.
 * Everything is read through `readingView`, so accents, case, invisible characters and entities do
 * not hide a match, and spans refer to the original text.
 */
import { escapeRegExp, fold, originalSpan, readingView, type ReadingView } from '../../text/normalize';
import type { BriefLanguage } from '../language';
import { englishMonths, englishWeekdays } from './data/calendarWords';
import { communeAliases, communeNames, communesNeedingContext, santiagoNeighbourhoods } from './data/communes';

export const quasiIdentifierKinds = [
  'school',
  'health-centre',
  'programme',
  'detention',
  'commune',
  'neighbourhood',
] as const;
export type QuasiIdentifierKind = (typeof quasiIdentifierKinds)[number];

/** A detail found in a text: its span in the original, as written there, and what it is. */
export interface QuasiIdentifier {
  start: number;
  end: number;
  text: string;
  kind: QuasiIdentifierKind;
}

const labels: Record<BriefLanguage, Record<QuasiIdentifierKind, string>> = {
  en: {
    school: '[school]',
    'health-centre': '[health centre]',
    programme: '[programme]',
    detention: '[custodial facility]',
    commune: '[commune]',
    neighbourhood: '[neighbourhood]',
  },
  es: {
    school: '[establecimiento educacional]',
    'health-centre': '[centro de salud]',
    programme: '[programa]',
    detention: '[recinto penitenciario]',
    commune: '[comuna]',
    neighbourhood: '[sector]',
  },
};

/** What replaces a detail of this kind when the practitioner chooses to generalise it. */
export function generalisedLabel(kind: QuasiIdentifierKind, language: BriefLanguage): string {
  return labels[language][kind];
}

// ---------------------------------------------------------------------------------------------
// Words of the text

/** A word of the text. What it is written as is looked at only for the few words near an institution's kind. */
class Token {
  #capital: boolean | undefined;
  #digit: boolean | undefined;

  constructor(
    /** Folded, as in the reading view. */
    readonly word: string,
    /** Span in the reading view. */
    readonly from: number,
    readonly to: number,
    private readonly view: ReadingView,
    private readonly original: string,
  ) {}

  /** Its first letter is a capital in the original. */
  get capital(): boolean {
    return (this.#capital ??= capitalAt(this.view, this.original, this.from));
  }

  /** It holds a digit ("D-456", "123"). */
  get digit(): boolean {
    return (this.#digit ??= digit.test(this.word));
  }
}

const capitalLetter = /\p{Lu}/u;
const digit = /\d/u;
const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** Whether each BMP character is a letter or a digit: 0 not known yet, 1 yes, 2 no. */
const letterOrDigitUnits = new Uint8Array(0x10000);

/** The length of the letter or digit at `index` (2 for one beyond the BMP), or 0. */
function letterOrDigitAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? code;
    if (point > 0xffff) return letterOrDigit.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = letterOrDigitUnits[code] ?? 0;
  if (known === 0) {
    known = letterOrDigit.test(text.charAt(index)) ? 1 : 2;
    letterOrDigitUnits[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** True when the original characters behind folded character `index` hold a capital letter. */
function capitalAt(view: ReadingView, original: string, index: number): boolean {
  const start = view.starts[index] ?? 0;
  const end = view.ends[index] ?? 0;
  // Most characters stand for one ASCII character of the original: no need to cut it out.
  if (end - start === 1) {
    const code = original.charCodeAt(start);
    if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  }
  return capitalLetter.test(original.slice(start, end));
}

/**
 * The words of the view: letters and digits, joined by single apostrophes or hyphens ("O'Higgins",
 * "D-456"), as the pattern [\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)* finds them, but read character by
 * character: a pattern with Unicode classes costs several times more on every word.
 */
function tokenize(view: ReadingView, original: string): Token[] {
  const text = view.text;
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    let size = letterOrDigitAt(text, index);
    if (size === 0) {
      index += 1;
      continue;
    }
    const from = index;
    for (;;) {
      while (size > 0) {
        index += size;
        size = letterOrDigitAt(text, index);
      }
      const mark = text.charCodeAt(index);
      if (mark !== 0x27 /* ' */ && mark !== 0x2d /* - */) break;
      size = letterOrDigitAt(text, index + 1);
      if (size === 0) break;
      index += 1;
    }
    tokens.push(new Token(text.slice(from, index), from, index, view, original));
  }
  return tokens;
}

/** Words shortened with a full stop that may sit inside a proper name ("Dr. Luis Calvo", "St. Mary's"). */
const abbreviations = new Set([
  'dr',
  'dra',
  'sr',
  'sra',
  'srta',
  'st',
  'sta',
  'sto',
  'prof',
  'profa',
  'pdte',
  'pte',
  'gral',
  'mons',
  'pbro',
  'mt',
  'ft',
  'av',
  'avda',
  'no',
  'nro',
  'num',
  'cap',
  'tte',
  'cnel',
  'sgto',
  'hno',
  'hna',
  'fr',
]);

/** Spaces only (no line break): the words belong to one name. */
const spaceGap = /^[ \t]+$/u;

class Reader {
  readonly tokens: Token[];

  constructor(
    readonly view: ReadingView,
    readonly original: string,
  ) {
    this.tokens = tokenize(view, original);
  }

  gap(a: number, b: number): string {
    return this.view.text.slice(this.tokens[a]?.to ?? 0, this.tokens[b]?.from ?? 0);
  }

  /** Token `a` and the next one are words of one name: only spaces, or a full stop after an abbreviation. */
  joined(a: number): boolean {
    const gap = this.gap(a, a + 1);
    if (spaceGap.test(gap)) return true;
    const token = this.tokens[a];
    if (token === undefined || !/^\.[ \t]+$/u.test(gap)) return false;
    return abbreviations.has(token.word) || (token.word.length === 1 && token.capital);
  }

  /** True when token `index` starts a sentence (or a line, or the text). */
  startsSentence(index: number): boolean {
    const before = this.view.text.slice(Math.max(0, (this.tokens[index]?.from ?? 0) - 6), this.tokens[index]?.from);
    return index === 0 || /(?:^|[.!?:;\n])[\s"'“”«»()[\]•-]*$/u.test(before);
  }
}

// ---------------------------------------------------------------------------------------------
// Institutions

type InstitutionKind = 'school' | 'health-centre' | 'programme' | 'detention' | 'neighbourhood';

interface Trigger {
  words: readonly string[];
  kind: InstitutionKind;
  /** The proper name follows ("Colegio San Ignacio"), as in Spanish. */
  nameAfter: boolean;
  /** The proper name comes first ("Lincoln Elementary"), as in English. */
  nameBefore: boolean;
  /** Counts only written with a capital ("Elementary", "Surgery"), being a plain word otherwise. */
  capitalOnly?: boolean;
  /** Counts only written in capitals ("PIE", "DAM"), being a word otherwise. */
  upperOnly?: boolean;
}

const spanish = (kind: InstitutionKind, phrases: string[], options: Partial<Trigger> = {}): Trigger[] =>
  phrases.map((phrase) => ({ words: phrase.split(' '), kind, nameAfter: true, nameBefore: false, ...options }));
const english = (kind: InstitutionKind, phrases: string[], options: Partial<Trigger> = {}): Trigger[] =>
  phrases.map((phrase) => ({ words: phrase.split(' '), kind, nameAfter: false, nameBefore: true, ...options }));

const triggers: Trigger[] = [
  ...spanish('school', [
    'jardin infantil y sala cuna',
    'sala cuna y jardin infantil',
    'jardin infantil',
    'jardin',
    'sala cuna',
    'escuela basica',
    'escuela especial',
    'escuela de lenguaje',
    'escuela rural',
    'escuela',
    'colegio',
    'liceo',
    'instituto',
    'complejo educacional',
    'centro educacional',
    'centro educativo',
  ]),
  ...spanish('health-centre', [
    'centro de salud familiar',
    'centro comunitario de salud familiar',
    'centro comunitario de salud mental',
    'centro de salud mental',
    'centro de salud',
    'centro de referencia de salud',
    'centro de diagnostico terapeutico',
    'centro medico',
    'servicio de atencion primaria de urgencia',
    'servicio de urgencia',
    'cesfam',
    'cecosf',
    'cosam',
    'sapu',
    'sar',
    'consultorio',
    'policlinico',
    'hospital clinico',
    'hospital base',
    'hospital de dia',
    'clinica',
    'posta rural',
    'posta',
    'crs',
    'cdt',
    'instituto psiquiatrico',
    'instituto traumatologico',
    'instituto nacional del cancer',
    'instituto de neurocirugia',
  ]),
  // "Hospital" leads a Spanish name and ends an English one.
  { words: ['hospital'], kind: 'health-centre', nameAfter: true, nameBefore: true },
  ...spanish('programme', ['opd', 'ppf', 'prm', 'pdc', 'pib', 'pri', 'cread', 'residencia', 'hogar']),
  ...spanish('programme', ['pie', 'dam', 'fae'], { upperOnly: true }),
  // A parent in prison is named by the prison: "CP Colina II", "CDP Santiago Sur", "HMP Holloway".
  ...spanish('detention', ['centro penitenciario femenino', 'centro penitenciario', 'centro de detencion preventiva']),
  ...spanish('detention', [
    'centro de cumplimiento penitenciario',
    'complejo penitenciario',
    'carcel',
    'penitenciaria',
  ]),
  ...spanish('detention', ['cp', 'cdp', 'ccp', 'cpf', 'cet', 'hmp', 'yoi'], { upperOnly: true }),
  // A school's official number identifies it as surely as its name ("RBD 24567").
  ...spanish('school', ['rbd'], { upperOnly: true }),
  ...spanish('neighbourhood', [
    'poblacion',
    'villa',
    'campamento',
    'barrio',
    'sector',
    'conjunto habitacional',
    'condominio',
  ]),
  ...english('school', [
    'elementary school',
    'primary school',
    'middle school',
    'junior high school',
    'junior high',
    'high school',
    'secondary school',
    'junior school',
    'infant school',
    'infants school',
    'nursery school',
    'preschool',
    'pre-school',
    'day care',
    'daycare',
    'day nursery',
    'child care center',
    'childcare center',
    'child care centre',
    'childcare centre',
    'early learning centre',
    'early learning center',
    'learning center',
    'learning centre',
    'head start',
    'kindergarten',
    'nursery',
    'montessori',
    'school',
    'college',
  ]),
  ...english('school', ['elementary', 'primary', 'high', 'academy'], { capitalOnly: true }),
  ...english('health-centre', [
    'clinic',
    'medical center',
    'medical centre',
    'health center',
    'health centre',
    'health clinic',
    'mental health center',
    'mental health centre',
    'gp surgery',
    'gp practice',
    'medical practice',
    'family practice',
    'medical group',
    'urgent care',
    'walk-in centre',
    'walk-in center',
    'infirmary',
  ]),
  ...english('health-centre', ['surgery'], { capitalOnly: true }),
  ...english('school', ["children's centre", "children's center", 'family centre', 'family center']),
  ...english('detention', [
    'county jail',
    'jail',
    'prison',
    'detention center',
    'detention centre',
    'correctional facility',
    'correctional center',
    'correctional institution',
    'juvenile hall',
    'young offender institution',
  ]),
];

/** Triggers by their first word, longest first. */
const triggersByWord = new Map<string, Trigger[]>();
for (const trigger of triggers) {
  const list = triggersByWord.get(trigger.words[0] ?? '') ?? [];
  list.push(trigger);
  list.sort((a, b) => b.words.length - a.words.length);
  triggersByWord.set(trigger.words[0] ?? '', list);
}

/** First words of the English kinds, never part of the name before another ("Lincoln Elementary and Oakwood …"). */
// "Children's" and "Family" also begin other names ("Children's Hospital of Philadelphia").
const englishTriggerWords = new Set(
  triggers
    .filter((trigger) => trigger.nameBefore)
    .map((trigger) => trigger.words[0])
    .filter((word) => word !== "children's" && word !== 'family'),
);

/** Leading words that never belong to another institution's name ("Colegio San Ignacio y CESFAM…"). */
const institutionHeads = new Set([
  'colegio',
  'liceo',
  'escuela',
  'jardin',
  'cesfam',
  'cecosf',
  'cosam',
  'sapu',
  'sar',
  'consultorio',
  'hospital',
  'clinica',
  'posta',
  'crs',
  'cdt',
  'policlinico',
  'opd',
  'ppf',
  'prm',
  'pdc',
  'pib',
  'cread',
  'school',
  'academy',
  'clinic',
]);

/** Words between the leading word and the name that say what kind of school it is ("Escuela Básica N° 5"). */
const schoolQualifiers = new Set([
  'basica',
  'basico',
  'especial',
  'rural',
  'particular',
  'municipal',
  'subvencionada',
  'subvencionado',
  'polivalente',
  'tecnico',
  'tecnica',
  'profesional',
  'tecnico-profesional',
  'industrial',
  'comercial',
  'bicentenario',
  'diferencial',
  'hospitalaria',
  'infantil',
  'experimental',
  'artistica',
  'agricola',
  'fiscal',
  'publico',
  'publica',
  'privado',
  'privada',
  'integrada',
  'familiar',
  'especializada',
  'especializado',
  'transitoria',
]);

/** Words that join the words of a name ("República de Chile", "Sótero del Río", "Hospital of the …"). */
const nameConnectors = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'of', 'the']);
const numberMarkers = new Set(['n', 'no', 'nro', 'num', 'numero']);

/** Capitalised words that start an English sentence or a note, never the name of an institution. */
const englishStops = new Set([
  ...englishMonths,
  ...englishWeekdays,
  ...`the a an this that these those his her hers their our my your its at in on to from of for with by and or but
  then when after before while since until yesterday today tomorrow tonight same another every each no any some which
  whose what where who also both other nearby said says went called contacted visited attended left we i he she they
  it you him them mum mom dad mother father per via about as is was if so not only just still later during because
  although though however meanwhile regarding re note notes update summary plan local new old former current previous
  next last first child young baby carer foster social ward trust staff team nurse nurses doctor
  doctors consultant records discharge department services service unit board appointment appointments visit letter
  report liaison safeguarding referral`
    .split(/\s+/)
    .filter((word) => word !== ''),
]);

/** Kinds of surgery, not a GP surgery's name ("Cardiac Surgery"). */
const surgeryKinds = new Set(
  `cardiac heart knee hip eye dental oral plastic general orthopaedic orthopedic paediatric pediatric day minor major
  elective emergency keyhole laser brain spinal bariatric cosmetic vascular thoracic neuro neurosurgery`.split(/\s+/),
);

/** The trigger that starts at token `index`, if any, and the index of its last token. */
function triggerAt(reader: Reader, index: number): { trigger: Trigger; last: number } | undefined {
  const candidates = triggersByWord.get(reader.tokens[index]?.word ?? '');
  if (candidates === undefined) return undefined;
  for (const trigger of candidates) {
    const last = index + trigger.words.length - 1;
    let matches = true;
    for (let offset = 1; offset < trigger.words.length && matches; offset += 1) {
      matches = reader.tokens[index + offset]?.word === trigger.words[offset] && reader.joined(index + offset - 1);
    }
    if (!matches) continue;
    const first = reader.tokens[index];
    if (first === undefined) continue;
    if (trigger.capitalOnly === true && !first.capital) continue;
    if (trigger.upperOnly === true) {
      const written = reader.original.slice(reader.view.starts[first.from], reader.view.ends[first.to - 1]);
      if (written !== written.toLocaleUpperCase()) continue;
    }
    return { trigger, last };
  }
  return undefined;
}

/**
 * If token `index` starts a part of a proper name, the index of that part's last token: a capitalised
 * word, a code or number ("D-456", "123"), or a number after "N°"/"Nº"/"No."/"Nro.".
 */
function namePartAt(reader: Reader, index: number): number | undefined {
  const token = reader.tokens[index];
  if (token === undefined) return undefined;
  const next = reader.tokens[index + 1];
  if (numberMarkers.has(token.word) && next?.digit === true && /^[\s°º.#]*$/u.test(reader.gap(index, index + 1)))
    return index + 1;
  if (token.digit) return index;
  // "CESFAM Y COLEGIO": a conjunction or preposition in capitals is no initial.
  if (/^[yeoua]$/u.test(token.word) && !/^\.[ \t]/u.test(reader.gap(index, index + 1))) return undefined;
  if (token.capital && !institutionHeads.has(token.word) && !nameConnectors.has(token.word)) return index;
  // A capitalised article may begin a name ("Jardín Infantil Los Pollitos"), followed by a capitalised word.
  if (token.capital && nameConnectors.has(token.word) && next?.capital === true && reader.joined(index)) return index;
  return undefined;
}

/** The proper name that starts at token `index`: the index of its last token, or undefined. */
function nameFrom(reader: Reader, index: number, firstWordStops?: ReadonlySet<string>): number | undefined {
  const first = reader.tokens[index];
  if (first === undefined || firstWordStops?.has(first.word) === true) return undefined;
  let last = namePartAt(reader, index);
  if (last === undefined) return undefined;
  for (let parts = 1; parts < 8; parts += 1) {
    if (!reader.joined(last)) break;
    const part = namePartAt(reader, last + 1);
    if (part !== undefined) {
      last = part;
      continue;
    }
    // "de", "del", "de la", "of the" between two parts of the name.
    let next = last + 1;
    while (next - last <= 2 && nameConnectors.has(reader.tokens[next]?.word ?? '') && reader.joined(next)) next += 1;
    if (next === last + 1) break;
    const after = namePartAt(reader, next);
    if (after === undefined) break;
    last = after;
  }
  return last;
}

/** An opening quote right before the name, and the matching closing quote right after it, go with it. */
function withQuotes(reader: Reader, from: number, to: number): { from: number; to: number } {
  const text = reader.view.text;
  const open = /["“«']\s*$/u.exec(text.slice(Math.max(0, from - 3), from));
  const close = /^\s*["”»']/u.exec(text.slice(to, to + 3));
  if (open !== null && close !== null) return { from: from - open[0].length, to: to + close[0].length };
  return { from, to };
}

interface Candidate {
  from: number;
  to: number;
  kind: QuasiIdentifierKind;
}

/** After the leading word ("Colegio", "CESFAM"), skipping kinds of school and an opening quote. */
function spanishInstitution(reader: Reader, start: number, last: number, kind: InstitutionKind): Candidate | undefined {
  let index = last;
  while (reader.joined(index) && schoolQualifiers.has(reader.tokens[index + 1]?.word ?? '')) index += 1;
  // "Escuela de Lenguaje …", "Escuela de Párvulos …"
  if (
    reader.tokens[index + 1]?.word === 'de' &&
    /^(?:lenguaje|parvulos)$/u.test(reader.tokens[index + 2]?.word ?? '') &&
    reader.joined(index) &&
    reader.joined(index + 1)
  )
    index += 2;
  const gap = reader.gap(index, index + 1);
  if (!spaceGap.test(gap) && !/^[ \t]*["“«'][ \t]*$/u.test(gap)) return undefined;
  let nameStart = index + 1;
  // "Hospital de Niños …", "Colegio de los Sagrados Corazones", "Hogar de Cristo": only when the
  // leading word is capitalised too, since "el colegio de Pedro" is Pedro's school.
  if (reader.tokens[start]?.capital === true && /^(?:de|del)$/u.test(reader.tokens[nameStart]?.word ?? '')) {
    while (
      nameStart - index <= 2 &&
      nameConnectors.has(reader.tokens[nameStart]?.word ?? '') &&
      reader.joined(nameStart)
    )
      nameStart += 1;
  }
  const nameEnd = nameFrom(reader, nameStart, kind === 'health-centre' ? englishStops : undefined);
  if (nameEnd === undefined) return undefined;
  const span = withQuotes(reader, reader.tokens[index + 1]?.from ?? 0, reader.tokens[nameEnd]?.to ?? 0);
  return { from: reader.tokens[start]?.from ?? 0, to: span.to, kind };
}

/** The capitalised words before an English kind of institution ("Lincoln", "St Mary's", "Our Lady of Lourdes"). */
function englishNameBefore(reader: Reader, triggerStart: number, lowercaseTrigger: boolean, trigger: Trigger) {
  const accept = (index: number): boolean => {
    const token = reader.tokens[index];
    if (token === undefined || !(token.capital || token.digit)) return false;
    if (englishStops.has(token.word) || institutionHeads.has(token.word) || englishTriggerWords.has(token.word))
      return false;
    if (trigger.words[0] === 'surgery' && surgeryKinds.has(token.word)) return false;
    // "Attended Lincoln Elementary", "Recently Oakwood School": a verb or adverb opening the sentence.
    if (reader.startsSentence(index) && token.word.length > 4 && /(?:ed|ly)$/u.test(token.word)) return false;
    return true;
  };
  let first: number | undefined;
  let index = triggerStart - 1;
  for (let parts = 0; parts < 6 && index >= 0; parts += 1) {
    if (!reader.joined(index) && !/^[ \t]*&[ \t]*$/u.test(reader.gap(index, index + 1))) break;
    if (accept(index)) {
      first = index;
      index -= 1;
      continue;
    }
    const word = reader.tokens[index]?.word ?? '';
    if (first !== undefined && (word === 'of' || word === 'and') && index > 0 && reader.joined(index - 1)) {
      if (accept(index - 1)) {
        first = index - 1;
        index -= 2;
        continue;
      }
    }
    break;
  }
  if (first === undefined) return undefined;
  if (reader.tokens[first]?.word === 'lady' && reader.tokens[first - 1]?.word === 'our' && reader.joined(first - 1))
    first -= 1;
  // "Kayla's school": with a lower-case kind, a possessive is a person's, not a name.
  if (lowercaseTrigger && /'s$/u.test(reader.tokens[triggerStart - 1]?.word ?? '')) return undefined;
  return first;
}

/** "… Hospital of Philadelphia", "Hospital for Sick Children": the index of the last token, or `last`. */
function englishNameAfter(reader: Reader, last: number): number {
  const word = reader.tokens[last + 1]?.word;
  if ((word !== 'of' && word !== 'for') || !reader.joined(last)) return last;
  let index = last + 2;
  if (reader.tokens[index]?.word === 'the' && reader.joined(last + 1)) index += 1;
  if (!reader.joined(index - 1)) return last;
  return nameFrom(reader, index) ?? last;
}

function institutions(reader: Reader): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index < reader.tokens.length; index += 1) {
    const match = triggerAt(reader, index);
    if (match === undefined) continue;
    const { trigger, last } = match;
    if (trigger.nameAfter) {
      const candidate = spanishInstitution(reader, index, last, trigger.kind);
      if (candidate !== undefined) found.push(candidate);
    }
    if (trigger.nameBefore) {
      const lowercase = reader.tokens[index]?.capital !== true;
      const first = englishNameBefore(reader, index, lowercase, trigger);
      const end = first !== undefined || !lowercase ? englishNameAfter(reader, last) : last;
      if (first !== undefined || end > last) {
        found.push({
          from: reader.tokens[first ?? index]?.from ?? 0,
          to: reader.tokens[end]?.to ?? 0,
          kind: trigger.kind,
        });
      }
    }
  }
  return found;
}

/** New York's numbered public schools: "P.S. 123", "PS 123". */
function numberedSchools(view: ReadingView, original: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of view.text.matchAll(/(?<![\p{L}\p{N}])(?:p\.s\.[ \t]*\d{1,3}|ps[ \t]\d{2,3})(?![\p{L}\p{N}])/gu)) {
    const written = original.slice(view.starts[match.index], view.starts[match.index + 1]);
    if (written === 'P') found.push({ from: match.index, to: match.index + match[0].length, kind: 'school' });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Communes and neighbourhoods

interface Place {
  kind: 'commune' | 'neighbourhood';
  needsContext: boolean;
}

/** The letters of a folded name alone, so "O'Higgins", "OHiggins" and "O Higgins" are one key. */
const placeKey = (folded: string): string => folded.replace(/[^\p{L}\p{N}]+/gu, '');
const places = new Map<string, Place>();
const placeSources: string[] = [];
const needingContext = new Set(communesNeedingContext.map(fold));
for (const name of [...communeNames, ...Object.keys(communeAliases)]) {
  const folded = fold(name);
  const official = fold(communeAliases[name] ?? name);
  places.set(placeKey(folded), { kind: 'commune', needsContext: needingContext.has(official) });
  placeSources.push(folded);
}
for (const name of santiagoNeighbourhoods) {
  places.set(placeKey(fold(name)), { kind: 'neighbourhood', needsContext: false });
  placeSources.push(fold(name));
}
const placePattern = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${placeSources
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      name
        .split(/\s+/u)
        .map((word) => escapeRegExp(word).replace(/'/gu, "['\\s]?").replace(/-/gu, '[\\s-]?'))
        .join('\\s+'),
    )
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const articles = new Set(['la', 'las', 'el', 'los', 'lo']);
/** Words a place name keeps in lower case inside it ("Viña del Mar", "San Pedro de la Paz"). */
const smallWords = new Set([...articles, 'de', 'del']);

/** Words right before a place that put someone there, in any case ("vive en", "comuna de", "lives in"). */
const strongCue = new RegExp(
  `(?<![\\p{L}])(?:${[
    'comunas?(?:\\s+de)?',
    '(?:vive|viven|vivia|vivian|vivio|vivieron|vivimos|vivir|viviendo|reside|residen|residia|residian|residio|residir|residiendo|residente|residentes|domiciliad[oa]s?|domicilio|habita|habitan|habitaba|radicad[oa]s?|radica|radican)(?:\\s+actualmente)?\\s+en(?:\\s+la\\s+comuna\\s+de)?',
    '(?:se\\s+)?(?:mudo|mudaron|mudamos|traslado|trasladaron|cambio|cambiaron|fue\\s+a\\s+vivir|fueron\\s+a\\s+vivir)(?:\\s+de\\s+(?:casa|domicilio))?\\s+(?:a|hacia)(?:\\s+la\\s+comuna\\s+de)?',
    '(?:oriund[oa]s?|proveniente|provenientes|procedente|procedentes)\\s+de(?:\\s+la\\s+comuna\\s+de)?',
    '(?:municipalidad|municipio|ciudad|localidad)\\s+de',
    '(?:commune|municipality|town|city)\\s+of',
    '(?:lives|lived|living|live|resides|resided|residing|reside|based|settled|relocated|moved|moving|moves)\\s+(?:in|to)(?:\\s+the\\s+commune\\s+of)?',
  ].join('|')})\\s+$`,
  'u',
);
/** A preposition of place right before a capitalised place ("en Maipú", "desde Puente Alto", "in Ñuñoa"). */
const weakCue = /(?<![\p{L}])(?:en|a|desde|hasta|hacia|de|in|to|from|near|at)\s+$/u;
/** The same for a place whose name is also a word or a person's name: "a Victoria", "de Santiago" tell nothing. */
const weakContextCue = /(?<![\p{L}])(?:en|desde|hasta|hacia|in|near)\s+$/u;

function placesIn(view: ReadingView, original: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of view.text.matchAll(placePattern)) {
    const place = places.get(placeKey(match[0]));
    if (place === undefined) continue;
    const from = match.index;
    const to = from + match[0].length;
    const words = [...match[0].matchAll(/[\p{L}\p{N}'-]+/gu)];
    const content = words.find((word, position) => position > 0 || !articles.has(word[0])) ?? words[0];
    const capitalContent = capitalAt(view, original, from + (content?.index ?? 0));
    // Every word but the small ones capitalised: "Puente Alto", "El Bosque", "Viña del Mar".
    const allCapital = words.every((word) =>
      smallWords.has(word[0]) && word.index > 0 ? true : capitalAt(view, original, from + word.index),
    );
    const before = view.text.slice(Math.max(0, from - 60), from);
    let accepted: boolean;
    if (strongCue.test(before)) accepted = true;
    else if (place.needsContext) {
      // "Victoria Soto", "Los Ángeles Times", "La Cruz Roja": part of a longer proper name.
      const next = /^[ \t]+(\p{L})/u.exec(view.text.slice(to, to + 3));
      const longer = next !== null && capitalAt(view, original, to + next[0].length - 1);
      accepted = weakContextCue.test(before) && capitalContent && !longer;
    } else accepted = allCapital || (capitalContent && weakCue.test(before));
    if (accepted) found.push({ from, to, kind: place.kind });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Words without which nothing is found

/*
 * Most texts name no institution and no place, yet each scan would read all of them: the
 * institutions word by word, the places with one pattern of some 350 names. A scan can only find
 * something in a text that holds certain words (an institution's kind, every word of a commune's
 * name), so one search for those words first tells which scans to run, for most texts none.
 */

type Scan = 'institutions' | 'numbered-schools' | 'places' | 'branches';
const everyScan: ReadonlySet<Scan> = new Set(['institutions', 'numbered-schools', 'places', 'branches']);

/** The words (runs of letters and digits) of a folded text. */
const wordsOf = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
/** The longest word, the last of equally long ones ("Padre Las Casas": "casas"), less likely an ordinary word. */
const longest = (words: readonly string[]): string =>
  words.reduce((longer, word) => (word.length >= longer.length ? word : longer), '');

/**
 * Sets of words, one of which every match of a place's pattern holds whole: the name's words of
 * letters alone (the pattern puts no letter against them), or, when each of its words has an
 * apostrophe or a hyphen that the pattern lets go ("O'Higgins" is also "OHiggins"), an ending of
 * the last ("higgins", "ohiggins").
 */
function placeCues(name: string): string[][] {
  const words = name.split(/\s+/u);
  const whole = words.filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
  if (whole.length > 0) return [whole];
  const pieces = wordsOf(words[words.length - 1] ?? '');
  return pieces.map((_, index) => [pieces.slice(index).join('')]);
}

/** Words a text must all hold for a scan to find something, listed by the longest of them. */
interface Cue {
  words: readonly string[];
  scan: Scan;
}
const cuesByWord = new Map<string, Cue[]>();
function addCue(words: readonly string[], scan: Scan): void {
  const key = longest(words);
  cuesByWord.set(key, [...(cuesByWord.get(key) ?? []), { words, scan }]);
}
// A trigger matches whole words of the text ("walk-in", "children's"), so all their runs of letters are there.
for (const trigger of triggers) addCue(wordsOf(trigger.words.join(' ')), 'institutions');
for (const name of placeSources) for (const words of placeCues(name)) addCue(words, 'places');
addCue(['start'], 'branches');
/** What a numbered school starts with ("p.s. 123", "ps 123"): cheaper to look for than the word "p", which starts so many. */
const numberedSchoolStart = /p\.s\.|ps[ \t]/;

/**
 * Every word by which a cue is listed, after no ASCII letter or digit (the view has no capitals): a
 * pattern with no Unicode class runs several times faster; `wholeWordAt` then checks each match.
 */
const cueWord = new RegExp(
  `(?<![A-Za-z0-9])(?:${[...cuesByWord.keys()].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/**
 * True when `length` characters at `at` are a whole word: no letter or digit against them. The
 * second half of a letter beyond the BMP counts as none before a word, which only lets more through.
 */
function wholeWordAt(folded: string, at: number, length: number): boolean {
  return (at === 0 || letterOrDigitAt(folded, at - 1) === 0) && letterOrDigitAt(folded, at + length) === 0;
}

/** True when `word` is in the folded text as a whole word. */
function holdsWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (wholeWordAt(folded, at, word.length)) return true;
  }
  return false;
}

/** The scans that may find something in a folded text: none for most texts, which one search tells. */
function scansCuedIn(folded: string): Set<Scan> {
  const scans = new Set<Scan>();
  if (numberedSchoolStart.test(folded)) scans.add('numbered-schools');
  cueWord.lastIndex = 0;
  // `exec` on the one pattern: `matchAll` would copy it, a costly copy for a pattern this large.
  for (let found = cueWord.exec(folded); found !== null; found = cueWord.exec(folded)) {
    const key = found[0];
    if (!wholeWordAt(folded, found.index, key.length)) {
      // A shorter word here would end inside this one: look again from the next character.
      cueWord.lastIndex = found.index + 1;
      continue;
    }
    for (const cue of cuesByWord.get(key) ?? []) {
      if (cue.words.every((word) => word === key || holdsWord(folded, word))) scans.add(cue.scan);
    }
  }
  return scans;
}

// ---------------------------------------------------------------------------------------------

/** The order among spans of equal length: a commune is more exact than a generic "Villa …". */
const priority: Record<QuasiIdentifierKind, number> = {
  school: 0,
  'health-centre': 0,
  programme: 0,
  detention: 0,
  commune: 1,
  neighbourhood: 2,
};

/**
 * Programmes known by one name everywhere, which identify a family only by their branch: "Head
 * Start on 63rd", "Sure Start at Oak Lane". Written capitalised and with the branch; alone they name no place.
 */
const branchProgrammes =
  /(?<!\p{L})(?:early head start|head start|sure start)[ \t]+(?:on|at)[ \t]+(?:\d{1,3}(?:st|nd|rd|th)|\p{L}+(?:[ \t]+\p{L}+)?)(?!\p{L})/gu;
function branches(view: ReadingView, original: string): Candidate[] {
  return [...view.text.matchAll(branchProgrammes)]
    .filter((match) => capitalAt(view, original, match.index))
    .map((match) => ({ from: match.index, to: match.index + match[0].length, kind: 'programme' as const }));
}

/** "King's College" followed by "Hospital" is the hospital: the name takes the kind written after it. */
const trailingKind = /^[ \t]+(hospital|clinic|infirmary|medical cent(?:er|re)|health cent(?:er|re))(?!\p{L})/u;
function withTrailingKind(candidate: Candidate, view: ReadingView, original: string): Candidate {
  if (candidate.kind !== 'school' && candidate.kind !== 'health-centre') return candidate;
  const found = trailingKind.exec(view.text.slice(candidate.to, candidate.to + 40));
  if (found === null) return candidate;
  const at = candidate.to + found[0].length - (found[1] ?? '').length;
  if (!capitalAt(view, original, at)) return candidate;
  return { ...candidate, to: candidate.to + found[0].length, kind: 'health-centre' };
}

/**
 * Schools and kindergartens, health centres, programmes and residential homes, communes and
 * neighbourhoods named in a text, in order, without overlaps (the longest wins: "COSAM La Florida"
 * is a health centre, not a commune), with spans in the original text.
 */
export function findQuasiIdentifiers(text: string): QuasiIdentifier[] {
  const view = readingView(text, { markup: true });
  const scans = scansCuedIn(view.text);
  return scans.size === 0 ? [] : detailsFound(view, text, scans);
}

/** The same, every scan run whatever words the text holds: what looking for cues first must not change. For tests. */
export function findQuasiIdentifiersScanningAll(text: string): QuasiIdentifier[] {
  return detailsFound(readingView(text, { markup: true }), text, everyScan);
}

/** What the scans find, in order, without overlaps, with spans in the original. */
function detailsFound(view: ReadingView, text: string, scans: ReadonlySet<Scan>): QuasiIdentifier[] {
  const candidates = [
    ...(scans.has('institutions') ? institutions(new Reader(view, text)) : []),
    ...(scans.has('numbered-schools') ? numberedSchools(view, text) : []),
    ...(scans.has('places') ? placesIn(view, text) : []),
    ...(scans.has('branches') ? branches(view, text) : []),
  ].sort((a, b) => a.from - b.from);
  const kept: Candidate[] = [];
  // Overlapping candidates form small clusters; within each, the longest (then the most exact) wins.
  for (let first = 0; first < candidates.length;) {
    let last = first + 1;
    let clusterEnd = candidates[first]?.to ?? 0;
    while (last < candidates.length && (candidates[last]?.from ?? 0) < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, candidates[last]?.to ?? 0);
      last += 1;
    }
    const cluster = candidates
      .slice(first, last)
      .sort((a, b) => b.to - b.from - (a.to - a.from) || priority[a.kind] - priority[b.kind] || a.from - b.from);
    const chosen: Candidate[] = [];
    for (const candidate of cluster) {
      if (chosen.every((other) => candidate.to <= other.from || candidate.from >= other.to)) chosen.push(candidate);
    }
    kept.push(...chosen);
    first = last;
  }
  return kept
    .sort((a, b) => a.from - b.from)
    .map((candidate) => withTrailingKind(candidate, view, text))
    .map((candidate) => {
      const { start, end } = originalSpan(view, candidate.from, candidate.to);
      return { start, end, text: text.slice(start, end), kind: candidate.kind };
    });
}
