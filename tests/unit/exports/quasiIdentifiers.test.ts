import { describe, expect, it } from 'vitest';
import {
  communeAliases,
  communeNames,
  santiagoNeighbourhoods,
} from '../../../src/shared/exports/deidentify/data/communes';
import {
  findQuasiIdentifiers,
  findQuasiIdentifiersScanningAll,
  generalisedLabel,
  quasiIdentifierKinds,
  type QuasiIdentifierKind,
} from '../../../src/shared/exports/deidentify/quasiIdentifiers';

/** What was found, as "kind: text". */
const found = (text: string) => findQuasiIdentifiers(text).map((item) => `${item.kind}: ${item.text}`);

type Positive = readonly [text: string, kind: QuasiIdentifierKind, expected: string];

const spanishPositives: Positive[] = [
  ['Asiste al Colegio San Ignacio desde marzo.', 'school', 'Colegio San Ignacio'],
  ['Estudia en la Escuela Básica República de Chile.', 'school', 'Escuela Básica República de Chile'],
  ['Lo matricularon en la Escuela D-456 el año pasado.', 'school', 'Escuela D-456'],
  ['Va al Jardín Infantil Los Pollitos en la mañana.', 'school', 'Jardín Infantil Los Pollitos'],
  ['Desde mayo en la Sala Cuna Semillita.', 'school', 'Sala Cuna Semillita'],
  ['Cursa primero medio en el Liceo A-12.', 'school', 'Liceo A-12'],
  ['Matriculado en la Escuela Básica N° 1234.', 'school', 'Escuela Básica N° 1234'],
  ['El Colegio “Los Aromos” informó ausencias.', 'school', 'Colegio “Los Aromos”'],
  ['Egresó del Instituto Nacional.', 'school', 'Instituto Nacional'],
  ['Asiste a la escuela especial Amapola.', 'school', 'escuela especial Amapola'],
  ['Jardin infantil Pasitos llamó.', 'school', 'Jardin infantil Pasitos'],
  ['Va al Complejo Educacional Juanita Fernández.', 'school', 'Complejo Educacional Juanita Fernández'],
  ['Control en el CESFAM Dr. Salvador Allende.', 'health-centre', 'CESFAM Dr. Salvador Allende'],
  ['Derivado al COSAM La Florida.', 'health-centre', 'COSAM La Florida'],
  ['Hospitalizado en el Hospital Sótero del Río.', 'health-centre', 'Hospital Sótero del Río'],
  ['Interconsulta al Hospital Dr. Luis Calvo Mackenna.', 'health-centre', 'Hospital Dr. Luis Calvo Mackenna'],
  ['Lo vieron en el Hospital de Niños Roberto del Río.', 'health-centre', 'Hospital de Niños Roberto del Río'],
  ['Consultó en el cesfam Los Castaños.', 'health-centre', 'cesfam Los Castaños'],
  ['Atención de urgencia en el SAPU Santa Anita.', 'health-centre', 'SAPU Santa Anita'],
  ['Parto en la Clínica Alemana.', 'health-centre', 'Clínica Alemana'],
  ['Controles en la Posta Rural Las Mercedes.', 'health-centre', 'Posta Rural Las Mercedes'],
  ['Ingresó a la Residencia Nido de Luz.', 'programme', 'Residencia Nido de Luz'],
  ['Derivada al PPF Renacer.', 'programme', 'PPF Renacer'],
  ['Vive con su abuela en Puente Alto.', 'commune', 'Puente Alto'],
  ['La familia vive en la comuna de Independencia.', 'commune', 'Independencia'],
  ['Desde 2022 vive en Providencia.', 'commune', 'Providencia'],
  ['Se mudó a La Florida en enero.', 'commune', 'La Florida'],
  ['Tiene familia en La Reina.', 'commune', 'La Reina'],
  ['Antes vivía cerca del bosque, en la comuna de El Bosque.', 'commune', 'El Bosque'],
  ['Su padre trabaja en Lo Espejo.', 'commune', 'Lo Espejo'],
  ['La madre es oriunda de san pedro de la paz.', 'commune', 'san pedro de la paz'],
  ['Viajó a Alto Hospicio a ver a su tía.', 'commune', 'Alto Hospicio'],
  ['Se cambiaron a Natales.', 'commune', 'Natales'],
  ['Arrienda en Las Condes.', 'commune', 'Las Condes'],
  ['Vive en Santiago con su tío.', 'commune', 'Santiago'],
  ['vive en ñuñoa', 'commune', 'ñuñoa'],
  ['Vive en la Población La Legua.', 'neighbourhood', 'Población La Legua'],
  ['La familia vive en el sector Bajos de Mena.', 'neighbourhood', 'sector Bajos de Mena'],
  ['Visita domiciliaria en Lo Hermida.', 'neighbourhood', 'Lo Hermida'],
];

const spanishNegatives: string[] = [
  'Hoy no fue al colegio.',
  'Estuvo dos días en el hospital.',
  'La escuela citó a la madre.',
  'El jardín infantil cerró por paro.',
  'Pidió hora en el cesfam.',
  'Colegio informa que faltó tres días.',
  'Va al liceo de su hermano.',
  'Le dieron el alta del hospital de día.',
  'Consultó en la posta rural.',
  'Duerme en la sala cuna.',
  'Confía en la providencia divina.',
  'Quiere su independencia.',
  'Celebraron el Día de la Independencia.',
  'Gracias a la Divina Providencia salió bien.',
  'Estudian la Constitución en clases.',
  'Pasaron la Navidad juntos.',
  'Habló con el Coronel Pérez.',
  'Santiago dijo que no quería volver.',
  'La mamá de Victoria llamó.',
  'Victoria Soto vive en el sur.',
  'La granja de su abuelo es grande.',
  'El bosque queda lejos.',
  'Vieron a la reina en la tele.',
  'Se miró en lo espejo.',
  'El CESFAM Y COLEGIO informaron.',
  'Trabaja en la Cruz Roja.',
  'Le duele el pie derecho.',
];

const englishPositives: Positive[] = [
  ['He attends Lincoln Elementary this year.', 'school', 'Lincoln Elementary'],
  ['She moved to Oakwood Primary School in May.', 'school', 'Oakwood Primary School'],
  ["Her sister goes to St Mary's Academy.", 'school', "St Mary's Academy"],
  ["Her sister goes to St. Mary's Academy.", 'school', "St. Mary's Academy"],
  ['He is in year 9 at Springfield High School.', 'school', 'Springfield High School'],
  ['The referral came from Jefferson Middle School.', 'school', 'Jefferson Middle School'],
  ['She is at Little Acorns Nursery three days a week.', 'school', 'Little Acorns Nursery'],
  ['He goes to Bright Horizons Day Care.', 'school', 'Bright Horizons Day Care'],
  ['Enrolled at Westside Head Start.', 'school', 'Westside Head Start'],
  ['Collected from Sunshine Daycare at five.', 'school', 'Sunshine Daycare'],
  ['She attends Our Lady of Lourdes School.', 'school', 'Our Lady of Lourdes School'],
  ['He is in third grade at P.S. 123 now.', 'school', 'P.S. 123'],
  ['She was seen at Riverside Kindergarten.', 'school', 'Riverside Kindergarten'],
  ["Seen at St Mary's Clinic on Tuesday.", 'health-centre', "St Mary's Clinic"],
  ["Admitted to the Children's Hospital of Philadelphia.", 'health-centre', "Children's Hospital of Philadelphia"],
  ['Referred to Great Ormond Street Hospital.', 'health-centre', 'Great Ormond Street Hospital'],
  ['Reviewed at the Hospital for Sick Children.', 'health-centre', 'Hospital for Sick Children'],
  ['Registered with Parkside Surgery.', 'health-centre', 'Parkside Surgery'],
  ['Booked at Brookside GP Surgery.', 'health-centre', 'Brookside GP Surgery'],
  ['Vaccinated at Riverside Health Centre.', 'health-centre', 'Riverside Health Centre'],
  ['Treated at Kaiser Permanente Medical Center.', 'health-centre', 'Kaiser Permanente Medical Center'],
  ['Taken to CityMD Urgent Care overnight.', 'health-centre', 'CityMD Urgent Care'],
  ['Seen at the Mayo Clinic.', 'health-centre', 'Mayo Clinic'],
  ['She lives in Puente Alto with her grandmother.', 'commune', 'Puente Alto'],
  ['The family moved to Maipú last year.', 'commune', 'Maipú'],
  ['He lives in the commune of Independencia.', 'commune', 'Independencia'],
];

const englishNegatives: string[] = [
  'The school called this morning.',
  'We met at the clinic.',
  'She talked about her primary school years.',
  'School was closed today.',
  'High school was hard for him.',
  'She goes to school by bus.',
  'He stays at the after school club.',
  'Mum took her to Hospital.',
  'The Hospital discharged him on Friday.',
  'She was seen in A&E at the hospital.',
  'The clinic nurse phoned.',
  'The Head Start programme has a waiting list.',
  'Elementary teachers were consulted.',
  "Kayla's school called.",
  'The Hospital Trust replied.',
  'He needs Cardiac Surgery.',
  'Santiago said he was happy.',
  'Victoria came with her aunt.',
  'The Independence Day party.',
];

describe('quasi-identifiers in Spanish', () => {
  it('has enough cases', () => {
    expect(spanishPositives.length).toBeGreaterThanOrEqual(20);
    expect(spanishNegatives.length).toBeGreaterThanOrEqual(15);
  });

  it.each(spanishPositives)('"%s" names a %s: %s', (text, kind, expected) => {
    expect(found(text)).toEqual([`${kind}: ${expected}`]);
  });

  it.each(spanishNegatives)('"%s" names none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('quasi-identifiers in English', () => {
  it('has enough cases', () => {
    expect(englishPositives.length).toBeGreaterThanOrEqual(20);
    expect(englishNegatives.length).toBeGreaterThanOrEqual(15);
  });

  it.each(englishPositives)('"%s" names a %s: %s', (text, kind, expected) => {
    expect(found(text)).toEqual([`${kind}: ${expected}`]);
  });

  it.each(englishNegatives)('"%s" names none', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('several quasi-identifiers in one text', () => {
  it('are listed in order, and the longest wins where they overlap', () => {
    expect(found('Vive en Maipú; va al Colegio Los Aromos de Maipú y se atiende en el COSAM La Florida.')).toEqual([
      'commune: Maipú',
      'school: Colegio Los Aromos de Maipú',
      'health-centre: COSAM La Florida',
    ]);
  });

  it('keep two institutions joined by "and" apart', () => {
    expect(found('He attends Lincoln Elementary and Oakwood Primary School.')).toEqual([
      'school: Lincoln Elementary',
      'school: Oakwood Primary School',
    ]);
  });

  it('prefer a commune to a generic "Villa …" of the same words', () => {
    expect(found('Vive en Villa Alemana.')).toEqual(['commune: Villa Alemana']);
  });
});

describe('spans', () => {
  const expectSpans = (text: string, expected: string[]) => {
    const items = findQuasiIdentifiers(text);
    expect(items.map((item) => text.slice(item.start, item.end))).toEqual(expected);
    expect(items.map((item) => item.text)).toEqual(expected);
  };

  it('map back to the original with accents and capitals', () => {
    expectSpans('CONTROL EN CESFAM DR. SALVADOR ALLENDE Y VIVE EN ÑUÑOA.', ['CESFAM DR. SALVADOR ALLENDE', 'ÑUÑOA']);
    expectSpans('Va al JARDÍN INFANTIL Los Pollitos.', ['JARDÍN INFANTIL Los Pollitos']);
  });

  it('see through soft hyphens, zero-width spaces and entities', () => {
    expectSpans('Va al Cole\u00ADgio San Igna\u00ADcio.', ['Cole\u00ADgio San Igna\u00ADcio']);
    expectSpans('Control en el CES\u200BFAM Los Castaños.', ['CES\u200BFAM Los Castaños']);
    expectSpans('Vive en Pe&ntilde;alol&eacute;n.', ['Pe&ntilde;alol&eacute;n']);
  });

  it('are found with or without accents in the institution word', () => {
    expectSpans('Jardin Infantil Los Pollitos y Jardín Infantil Semillita.', [
      'Jardin Infantil Los Pollitos',
      'Jardín Infantil Semillita',
    ]);
    expectSpans('Clinica Davila; Clínica Dávila.', ['Clinica Davila', 'Clínica Dávila']);
  });

  it('read Markdown emphasis as a reader sees it', () => {
    expectSpans('Asiste al **Colegio San Ignacio**.', ['Colegio San Ignacio**']);
  });
});

describe('generalised labels', () => {
  it('are bracketed, readable and distinct in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const labels = quasiIdentifierKinds.map((kind) => generalisedLabel(kind, language));
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label).toMatch(/^\[[\p{L} ]+\]$/u);
    }
    expect(generalisedLabel('school', 'en')).toBe('[school]');
    expect(generalisedLabel('school', 'es')).toBe('[establecimiento educacional]');
    expect(generalisedLabel('health-centre', 'en')).toBe('[health centre]');
    expect(generalisedLabel('health-centre', 'es')).toBe('[centro de salud]');
    expect(generalisedLabel('commune', 'en')).toBe('[commune]');
    expect(generalisedLabel('commune', 'es')).toBe('[comuna]');
  });
});

describe('shapes that the scan reads through', () => {
  const shapes: [text: string, expected: string[]][] = [
    // Communes of several words, in any case after a word that places someone there
    ['La madre es de San Pedro de la Paz.', ['commune: San Pedro de la Paz']],
    ['Vive en Pedro Aguirre Cerda desde 2019.', ['commune: Pedro Aguirre Cerda']],
    ['la familia vive en pedro aguirre cerda', ['commune: pedro aguirre cerda']],
    ['VIVE EN PEDRO AGUIRRE CERDA.', ['commune: PEDRO AGUIRRE CERDA']],
    ['Se mudaron a Padre Las Casas.', ['commune: Padre Las Casas']],
    ['Pedro Aguirre vino a la sesión.', []],
    ['Madre/padre A llamó dos veces.', []],
    // Apostrophes and hyphens the name is also written without
    ["Vive en O'Higgins.", ["commune: O'Higgins"]],
    ['Vive en O’Higgins.', ['commune: O’Higgins']],
    ['Vive en OHiggins.', ['commune: OHiggins']],
    ['Vive en O Higgins.', ['commune: O Higgins']],
    ['Se mudó a Llay-Llay.', ['commune: Llay-Llay']],
    ['Se mudó a Llay Llay.', ['commune: Llay Llay']],
    ['Se mudó a LlayLlay.', ['commune: LlayLlay']],
    // A place in lower case only after a word that places someone there
    ['Fue a maipú con su tía.', []],
    ['Vive en maipu con su tía.', ['commune: maipu']],
    // Line breaks, a hyphen breaking a word, entities, invisible characters, Markdown
    ['Vive en Puente\nAlto con su abuela.', ['commune: Puente\nAlto']],
    ['Vive en Villa\nAlemana.', ['commune: Villa\nAlemana']],
    ['Vive en Puente Al-\nto con su abuela.', ['commune: Puente Al-\nto']],
    ['Vive en Puente&nbsp;Alto.', ['commune: Puente&nbsp;Alto']],
    ['Vive en Maip&uacute;.', ['commune: Maip&uacute;']],
    ['Vive en Ñu\u00ADñoa.', ['commune: Ñu\u00ADñoa']],
    ['Vive en Pe\u200Bña\u200Blolén.', ['commune: Pe\u200Bña\u200Blolén']],
    ['Vive en **Maipú**.', ['commune: Maipú**']],
    ['Control en el CESFAM\u200B Dr. Salvador Allende.', ['health-centre: CESFAM\u200B Dr. Salvador Allende']],
    // A name of an institution does not run on to the next line, but a number after "N°" does
    ['Va al Colegio\nSan Ignacio.', []],
    ['Matriculado en la Escuela N°\n123.', ['school: Escuela N°\n123']],
    ['Va al colegio San Ignacio.', ['school: colegio San Ignacio']],
    ['va al colegio con su hermano.', []],
    // A letter beyond the BMP is a letter: it makes another word
    ['Vive en Maipú\u{20000}.', []],
    ['Vive en \u{20000}Maipú.', []],
    ['Va al \u{20000}Colegio San Ignacio.', []],
    // English kinds with an apostrophe or a hyphen, numbered schools, programmes by their branch
    ['She attends Little Stars Pre-School.', ['school: Little Stars Pre-School']],
    ["Seen at Oakfield Children's Centre.", ["school: Oakfield Children's Centre"]],
    ["Referred to King's College Hospital.", ["health-centre: King's College Hospital"]],
    ['He is at PS 45 now.', ['school: PS 45']],
    ['He is at ps 45 now.', []],
    ['He is at PS\t45 now.', ['school: PS\t45']],
    ['Now at P.S.123.', ['school: P.S.123']],
    ['Enrolled at Head Start on 63rd.', ['programme: Head Start on 63rd']],
    ['She attends Head Start on Oak Lane.', ['programme: Head Start on Oak Lane']],
    ['Lives in Los Ángeles.', ['commune: Los Ángeles']],
  ];

  it.each(shapes)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('looking first for the words a scan needs', () => {
  /** mulberry32: the same texts on every run. */
  const randomSource = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let value = seed;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const pieces = [
    ...communeNames,
    ...Object.keys(communeAliases),
    ...santiagoNeighbourhoods,
    ...['Colegio', 'Escuela Básica', 'Jardín Infantil', 'Sala Cuna', 'CESFAM', 'Hospital', 'Posta Rural', 'COSAM'],
    ...['PPF', 'PIE', 'Residencia', 'Población', 'Villa', 'Sector', 'CDP', 'Centro de Salud Familiar'],
    ...['School', 'Primary School', 'High', 'Academy', 'Clinic', 'Medical Center', 'Surgery', "Children's Centre"],
    ...['Walk-in Centre', 'Pre-School', 'Jail', 'HMP', 'Head Start', 'Sure Start', 'P.S.', 'PS'],
    ...['San Ignacio', 'Dr.', 'Salvador Allende', 'Lincoln', "St Mary's", 'Our Lady', 'D-456', 'N°', '123', '63rd'],
    ...['vive en', 'comuna de', 'se mudó a', 'oriunda de', 'lives in', 'moved to', 'en', 'de', 'del', 'la'],
    ...['in', 'on', 'at', 'of', 'the', 'y', 'and', 'casa', 'madre', 'padre', 'fue', 'con', 'family', 'Attended'],
  ];
  const separators = [' ', ' ', ' ', '  ', '\n', '. ', ', ', ' "', '" ', '\t', '-\n', "'", '’', '-', '&amp;'];
  const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const shapes = [
    (piece: string) => piece,
    (piece: string) => piece.toLowerCase(),
    (piece: string) => piece.toUpperCase(),
    (piece: string) => stripAccents(piece),
    (piece: string) => piece.replace(/ /g, '\n'),
    (piece: string) => piece.replace(/(\p{L})(\p{L})/u, '$1\u00AD$2'),
    (piece: string) => piece.replace(/(\p{L})$/u, '$1\u{20000}'),
  ];

  it('finds in generated texts exactly what every scan run on them finds', () => {
    const random = randomSource(17);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let withFinds = 0;
    for (let count = 0; count < 3000; count += 1) {
      let text = '';
      for (let length = 1 + Math.floor(random() * 10); length > 0; length -= 1) {
        text += pick(shapes)(pick(pieces)) + pick(separators);
      }
      const expected = findQuasiIdentifiersScanningAll(text);
      if (expected.length > 0) withFinds += 1;
      expect(findQuasiIdentifiers(text), text).toEqual(expected);
    }
    // Both kinds of text, those with something to find and those without, are well represented.
    expect(withFinds).toBeGreaterThan(600);
    expect(withFinds).toBeLessThan(2700);
  });
});
