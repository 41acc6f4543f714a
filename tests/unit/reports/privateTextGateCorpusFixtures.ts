/**
 * A red team's battery against the private-text gate: two families' journals (one in Spanish, one
 * in English) with the practitioner's frustration, suspicions and questions for supervision, and
 * court reports that try to carry that text out — through every field the documents print, from
 * every private source, disguised, lightly edited, cut across statements — beside clean reports
 * that share only ordinary phrases and common words with it.
 */
import { statementWords } from '../../../src/shared/domain/report/factWords';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { EntryContent } from '../../../src/shared/domain/entry';
import type { Party } from '../../../src/shared/domain/party';
import { createReport } from '../../../src/shared/domain/report/lifecycle';
import { prefillFromJournal } from '../../../src/shared/domain/report/prefill';
import type { CaregiverComment, CourtReport, ReportVersion, Statement } from '../../../src/shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../src/shared/domain/report/reportTaxonomy';
import { entryContent, storedEntry } from '../journal/journalFixtures';

const at = '2025-03-20T10:00:00.000Z';

// ——— The Spanish family: Tomás, his mother María José, his grandmother Rosa, and Jorge ———

export const es = {
  e1What:
    'Visita domiciliaria. La madre asistió puntualmente a la sesión y Tomás jugó con los autos en el living. Rosa preparó once y habló poco. Cuando pregunté por Jorge, María José cambió de tema y miró hacia la puerta.',
  e1Mine:
    'Salí con rabia y con la sensación de que me están tomando el pelo. María José repite lo que cree que quiero oír, y yo sigo haciendo preguntas como si fuera fiscal. Me da miedo que Tomás pague el costo de mi impaciencia.',
  e1DareTitle: 'Lo que no me atrevo a escribir en el informe',
  e1Dare:
    'Tengo la sospecha de que Jorge golpea a María José cuando bebe los fines de semana; los moretones del brazo no se explican con una caída en la feria.',
  e1Court: 'Tomás se mostró tranquilo y jugó con sus autos durante toda la visita domiciliaria.',
  e1Fear: 'Creo que teme que le quiten a Tomás si reconoce que Jorge sigue viviendo en la casa.',
  e1Tension: 'Cada vez que nombro a Jorge se queda callada y mira el celular sin parar.',
  e1Relationship: 'La abuela protege a su hija y me mira como a una enemiga.',
  e1Strategy: 'Le recordé que debo informar al tribunal y se puso a llorar; fue un error mío.',
  e1Feeling: 'Rabia contenida y cansancio; me fui pensando en dejar el caso.',
  e1Questions: [
    '¿Estoy confundiendo mi enojo con María José con una evaluación de riesgo?',
    '¿Cómo pregunto por los moretones sin que se cierre por completo?',
  ],
  e1EditReason: 'Saqué lo que escribí sobre el alcohol de Jorge porque no lo vi yo, me lo contó la vecina.',
  e1Before:
    'La vecina me contó que Jorge llega borracho los viernes y que se escuchan gritos hasta tarde en el pasaje.',
  e2What:
    'Entrevista en el programa. Rosa vino sola; dijo que María José estaba enferma. Según la profesora, Tomás faltó al colegio tres días la semana pasada.',
  e2Mine:
    'No le creo a Rosa: la enfermedad de María José aparece justo los días en que hay que hablar de Jorge. Me siento usada como mensajera entre ellas y el juzgado, y eso me quita las ganas de seguir.',
  e2HypothesisTitle: 'Hipótesis que debo llevar a supervisión',
  e2Hypothesis: 'Quizás la abuela encubre a Jorge porque depende de su plata para pagar el arriendo.',
  e2Court: 'Rosa asistió a la entrevista. Refirió que María José no pudo asistir por enfermedad.',
  e2Guarded: 'Responde con frases hechas, como si hubiera ensayado las respuestas con alguien antes de venir.',
  e2Question: '¿Debo contarle a Rosa que hablé con la profesora sin que ella supiera?',
  e3WhatTitle: 'Rosa me mintió otra vez',
  e3What:
    'Noto moretones nuevos en sus brazos, Rosa evita mirarme a los ojos, Jorge llama cada diez minutos, y Tomás se tapa los oídos cuando suena el teléfono.',
  e3Mine:
    'No se observan indicadores de riesgo, y aun así salgo de cada visita con un nudo en el estómago. Tal vez lo que me pasa es que no tolero que María José no me necesite.',
  e3Court: 'Tomás asiste regularmente al colegio desde el 10 de marzo, según el certificado de asistencia.',
  phaseReason: 'Paso a evaluación porque sospecho violencia de Jorge hacia María José y necesito informar.',
};

// ——— The English family: Liam, his mother Kelly, his grandmother Maureen, and Dean ———

export const en = {
  e1What:
    'Home visit. The mother attended the session on time and Liam played with his trains in the kitchen. Maureen made tea and said very little. When I asked about Dean, Kelly changed the subject and kept glancing at the door.',
  e1Mine:
    'I left furious, with the feeling that they are taking me for a fool. Kelly repeats whatever she thinks I want to hear, and I keep firing questions at her like a prosecutor. I am scared that Liam pays the price for my impatience.',
  e1DareTitle: 'What I cannot put in the report yet',
  e1Dare:
    'I strongly suspect Dean hits Kelly when he drinks at weekends; the bruises on her arm do not fit the story about falling over at the market.',
  e1Court: 'Liam was calm and played with his trains throughout the home visit.',
  e1Fear: 'I think she is terrified Liam will be taken away if she admits Dean still lives in the house.',
  e1Tension: 'Every time I mention Dean she goes silent and scrolls through her phone without looking up.',
  e1Relationship: 'Maureen shields her daughter and looks at me as if I were the enemy.',
  e1Strategy: 'I reminded her that I have to report to the court and she burst into tears; that was my mistake.',
  e1Feeling: 'Swallowed anger and exhaustion; I drove home thinking about handing the case over.',
  e1Questions: [
    'Am I mistaking my irritation with Kelly for a proper risk assessment?',
    'How do I ask about the bruises without her shutting down completely?',
  ],
  e1EditReason: "Removed what I wrote about Dean's drinking because I did not see it myself, the neighbour told me.",
  e1Before: 'The neighbour told me Dean comes home drunk on Fridays and the shouting goes on until late at night.',
  e2What:
    'Office interview. Maureen came alone; she said Kelly was ill. According to his teacher, Liam missed school three days last week.',
  e2Mine:
    "I do not believe Maureen: Kelly's illness turns up exactly on the days we need to talk about Dean. I feel used as a messenger between them and the court, and it drains any wish to carry on.",
  e2HypothesisTitle: 'Hypothesis to take to supervision next month',
  e2Hypothesis: 'Maybe the grandmother covers for Dean because she depends on his money to pay the rent.',
  e2Court: 'Maureen attended the interview. She said Kelly could not attend because she was unwell.',
  e2Guarded: 'She answers in stock phrases, as if she had rehearsed the answers with someone before coming.',
  e2Question: 'Should I tell Maureen that I spoke to the teacher without her knowing?',
  e3WhatTitle: 'Maureen lied to me again',
  e3What:
    'I notice new bruises on her arms, Maureen avoids my eyes, Dean rings every ten minutes, and Liam covers his ears whenever the phone goes.',
  e3Mine:
    'The child appeared well cared for and no risk indicators were observed, and still I leave every visit with a knot in my stomach. Maybe what bothers me is that Kelly does not need me.',
  e3Court: 'Liam has attended school regularly since 10 April, according to the attendance certificate.',
  phaseReason: 'Moving to evaluation because I suspect Dean is violent towards Kelly and I need to report it.',
};

type Texts = typeof es;

const partiesEs: Party[] = [
  { id: 'p-child', role: 'child', name: 'Tomás', aliases: ['Tomi'] },
  { id: 'p-mother', role: 'parent', name: 'María José', aliases: [], relationship: 'madre' },
  { id: 'p-grandmother', role: 'caregiver', name: 'Rosa', aliases: ['la abuela'] },
  { id: 'p-partner', role: 'relative', name: 'Jorge', aliases: [] },
];

const partiesEn: Party[] = [
  { id: 'p-child', role: 'child', name: 'Liam', aliases: [] },
  { id: 'p-mother', role: 'parent', name: 'Kelly', aliases: [], relationship: 'mother' },
  { id: 'p-grandmother', role: 'caregiver', name: 'Maureen', aliases: ['Nan'] },
  { id: 'p-partner', role: 'relative', name: 'Dean', aliases: [] },
];

const titles = {
  es: { what: 'Lo que pasó', mine: 'Mi reflexión', court: 'Para el tribunal' },
  en: { what: 'What happened', mine: 'My reflection', court: 'For the court' },
};

function sessions(texts: Texts, language: 'es' | 'en'): CaseWithEntries['entries'] {
  const title = titles[language];
  const first = (mine: string): EntryContent =>
    entryContent({
      sessionDate: language === 'es' ? '2025-03-05' : '2025-04-02',
      phase: 'start',
      modality: 'home-visit',
      sections: [
        { id: 'what', title: title.what, visibility: 'supervision', text: texts.e1What },
        { id: 'mine', title: title.mine, visibility: 'private', text: mine },
        { id: 'dare', title: texts.e1DareTitle, visibility: 'private', text: texts.e1Dare },
        {
          id: 'court',
          title: title.court,
          visibility: 'reportable',
          statementType: 'observation',
          text: texts.e1Court,
        },
      ],
      promptAnswers: [{ promptId: 'start-caregiver-fears', answer: texts.e1Fear }],
      tensions: [
        {
          type: 'fear-of-losing-children',
          indicators: ['hiding-information'],
          parties: ['p-mother'],
          intensity: 2,
          rupture: 'withdrawal',
          repairSteps: [],
          note: texts.e1Tension,
        },
      ],
      relationships: [{ relationship: 'professional-caregiver', quality: 'strained', note: texts.e1Relationship }],
      strategies: [
        {
          kind: 'counterproductive',
          strategy: 'warning-court-report',
          outcome: 'not-resolved',
          note: texts.e1Strategy,
        },
      ],
      feelings: ['frustration'],
      feelingNote: texts.e1Feeling,
      supervisionQuestions: texts.e1Questions,
    });
  const e1 = storedEntry('e1', first(texts.e1Mine));
  e1.history = [
    {
      editedAt: '2025-03-06T10:00:00.000Z',
      reason: texts.e1EditReason,
      previous: first(`${texts.e1Before} ${texts.e1Mine}`),
    },
  ];
  const e2 = storedEntry(
    'e2',
    entryContent({
      sessionDate: language === 'es' ? '2025-03-12' : '2025-04-09',
      phase: 'evaluation',
      modality: 'office',
      sections: [
        { id: 'what', title: title.what, visibility: 'supervision', text: texts.e2What },
        { id: 'mine', title: title.mine, visibility: 'private', text: texts.e2Mine },
        { id: 'hypothesis', title: texts.e2HypothesisTitle, visibility: 'private', text: texts.e2Hypothesis },
        {
          id: 'court',
          title: title.court,
          visibility: 'reportable',
          statementType: 'observation',
          text: texts.e2Court,
        },
      ],
      promptAnswers: [{ promptId: 'evaluation-guarded-answers', answer: texts.e2Guarded }],
      tensions: [],
      relationships: [],
      strategies: [],
      feelings: [],
      feelingNote: undefined,
      supervisionQuestions: [texts.e2Question],
    }),
  );
  const e3 = storedEntry(
    'e3',
    entryContent({
      sessionDate: language === 'es' ? '2025-03-19' : '2025-04-16',
      phase: 'evaluation',
      modality: 'home-visit',
      sections: [
        { id: 'what', title: texts.e3WhatTitle, visibility: 'supervision', text: texts.e3What },
        { id: 'mine', title: title.mine, visibility: 'private', text: texts.e3Mine },
        { id: 'court', title: title.court, visibility: 'reportable', statementType: 'fact', text: texts.e3Court },
      ],
      promptAnswers: [],
      tensions: [],
      relationships: [],
      strategies: [],
      feelings: [],
      feelingNote: undefined,
      supervisionQuestions: [],
    }),
  );
  return [e1, e2, e3];
}

export function journalOf(language: 'es' | 'en'): CaseWithEntries {
  const texts = language === 'es' ? es : en;
  return {
    id: `case-${language}`,
    alias: language === 'es' ? 'Familia R.' : 'Family K.',
    reference: language === 'es' ? 'RIT C-1234-2024' : 'ZC24C00123',
    status: 'open',
    phase: 'evaluation',
    phaseHistory: [
      { phase: 'start', changedAt: '2025-03-01', decidedBy: 'court' },
      { phase: 'evaluation', changedAt: '2025-03-08', decidedBy: 'practitioner', reason: texts.phaseReason },
    ],
    openedAt: '2025-03-01',
    parties: language === 'es' ? partiesEs : partiesEn,
    goals: [
      {
        id: 'g-school',
        description: language === 'es' ? 'Asistencia escolar regular de Tomás' : 'Liam attends school every day',
        agreedWith: ['p-grandmother'],
        status: 'agreed',
      },
    ],
    createdAt: at,
    updatedAt: at,
    entries: sessions(texts, language),
  };
}

// ——— Reports ———

export type StatementSpec = string | (Partial<Statement> & { text: string });

/** What a report holds beyond the clean base of its language. */
export interface ReportSpec {
  title?: string;
  court?: string;
  /** Statements added to the base's, per section; `replace` drops the base's first. */
  sections?: Partial<Record<ReportSectionKind, StatementSpec[]>>;
  replace?: boolean;
  caregiverViewAbsentReason?: string;
  comments?: { section: ReportSectionKind; words: string; line?: string; note?: string }[];
  submittedCourt?: string;
  /** The reason given when finalizing (not yet kept). */
  overrideReason?: string;
  /** The case reference, a journal field the documents print. */
  reference?: string;
}

/** A clean report's statements in each language: what a practitioner writes afresh, with the facts the journal holds. */
export const baseSections: Record<'es' | 'en', Partial<Record<ReportSectionKind, string[]>>> = {
  es: {
    identification: ['Niño: Tomás, 8 años.', 'Cuidadora principal: Rosa, abuela materna.'],
    referral: ['El tribunal solicitó este informe para la audiencia de revisión de la medida de protección.'],
    intervention: [
      'El caso ingresó al programa el 1 de marzo de 2025.',
      'Se realizaron dos visitas domiciliarias y una entrevista en el programa.',
    ],
    goals: ['Asistencia escolar regular de Tomás: acordado con Rosa, en curso.'],
    strengths: ['Rosa organiza las comidas y los horarios de Tomás con constancia.'],
    concerns: ['Persisten inasistencias escolares puntuales durante marzo.'],
    'caregiver-view': ['Rosa señala que hace todo lo posible por su nieto y que agradece el apoyo.'],
    recommendations: ['Se recomienda mantener la medida de protección y continuar con visitas quincenales.'],
  },
  en: {
    identification: ['Child: Liam, aged 7.', 'Main carer: Maureen, maternal grandmother.'],
    referral: ['The court asked for this report for the review hearing of the protection order.'],
    intervention: ['The case was opened on 1 March 2025.', 'There were two home visits and one office interview.'],
    goals: ['Liam attends school every day: agreed with Maureen, in progress.'],
    strengths: ['Maureen keeps regular meal and bed times for Liam.'],
    concerns: ['Some school absences remain during April.'],
    'caregiver-view': ['Maureen says she does everything she can for her grandson and values the support.'],
    recommendations: ['The protection order should continue, with home visits every two weeks.'],
  },
};

let statementCount = 0;

function statementOf(spec: StatementSpec): Statement {
  statementCount += 1;
  const base: Statement = { id: `s${statementCount}`, text: '', type: 'observation', citations: [] };
  return typeof spec === 'string' ? { ...base, text: spec } : { ...base, ...spec };
}

export interface BuiltReport {
  report: CourtReport;
  version: ReportVersion;
  journalCase: CaseWithEntries;
  overrideReason?: string;
}

/** A report of the base's statements and `spec`'s, in the language of `language`'s journal. */
export function buildReport(language: 'es' | 'en', spec: ReportSpec = {}): BuiltReport {
  const journal = journalOf(language);
  const journalCase = spec.reference === undefined ? journal : { ...journal, reference: spec.reference };
  const base = baseSections[language];
  const created = createReport(
    {
      id: 'r1',
      caseId: journal.id,
      title: spec.title ?? (language === 'es' ? 'Audiencia de revisión, marzo' : 'Review hearing, April'),
      ...(spec.court === undefined
        ? { court: language === 'es' ? 'Juzgado de Familia de Pudahuel' : 'Family Court at Leeds' }
        : { court: spec.court }),
      hearing: { kind: 'review', date: '2025-03-31' },
    },
    at,
  );
  const sections = reportSectionKinds.map((kind) => {
    const added = spec.sections?.[kind] ?? [];
    const kept = spec.replace === true && added.length > 0 ? [] : (base[kind] ?? []);
    const statements = [...kept, ...added].map(statementOf);
    return {
      kind,
      statements: kind === 'caregiver-view' && spec.caregiverViewAbsentReason !== undefined ? [] : statements,
    };
  });
  const comments: CaregiverComment[] = (spec.comments ?? []).map((comment, index) => ({
    id: `c${index + 1}`,
    version: 1,
    section: comment.section,
    stance: 'disagrees',
    words: comment.words,
    ...(comment.line === undefined ? {} : { line: comment.line }),
    recordedOn: '2025-03-21',
    ...(comment.note === undefined ? {} : { response: { outcome: 'not-changed', note: comment.note } }),
  }));
  const first = created.versions[0] as ReportVersion;
  const version: ReportVersion = {
    ...first,
    sections,
    ...(spec.caregiverViewAbsentReason === undefined
      ? {}
      : { caregiverViewAbsentReason: spec.caregiverViewAbsentReason }),
    ...(spec.submittedCourt === undefined
      ? {}
      : {
          status: 'submitted',
          finalized: { at, checks: [] },
          submitted: { date: '2025-03-28', court: spec.submittedCourt },
        }),
  };
  const report: CourtReport = { ...created, versions: [version], comments };
  return {
    report,
    version,
    journalCase,
    ...(spec.overrideReason === undefined ? {} : { overrideReason: spec.overrideReason }),
  };
}

/** The clean report of each language as the app starts it: the facts the journal holds, then the base. */
export function prefilledReport(language: 'es' | 'en'): BuiltReport {
  const journalCase = journalOf(language);
  let id = 0;
  const prefilled = prefillFromJournal({
    journalCase,
    court: language === 'es' ? 'Juzgado de Familia de Pudahuel' : 'Family Court at Leeds',
    newId: () => `p${(id += 1)}`,
  });
  const sections = Object.fromEntries(
    Object.entries(prefilled).map(([kind, statements]) => [
      kind,
      statements.map((statement) => statementWords(statement, language)),
    ]),
  ) as Partial<Record<ReportSectionKind, string[]>>;
  return buildReport(language, { sections });
}

// ——— Disguises ———

/** Invisible characters nobody sees: soft hyphen, zero-width space, direction marks. */
export function withInvisible(text: string, mark: string): string {
  return text.replace(/(\p{L}{2})(\p{L}{2,})/gu, `$1${mark}$2`);
}

const cyrillic: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'А',
  E: 'Е',
  O: 'О',
  C: 'С',
  P: 'Р',
  X: 'Х',
  Y: 'У',
  I: 'І',
};
/** Latin letters swapped for the Cyrillic letters that look the same. */
export function withCyrillic(text: string): string {
  return text.replace(/[aeocpxyiAEOCPXYI]/g, (letter) => cyrillic[letter] ?? letter);
}

/** ASCII letters as their fullwidth forms. */
export function fullwidth(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0));
}

/** Accented letters as HTML entities, spaces as `&nbsp;`, every "s" as `&#115;` (and "S" as `&#83;`). */
export function withEntities(text: string): string {
  return text
    .replace(/[áéíóúñÁÉÍÓÚÑ]/g, (letter) => {
      const plain = letter.normalize('NFD')[0] ?? letter;
      return `&${plain}${plain.toLowerCase() === 'n' ? 'tilde' : 'acute'};`;
    })
    .replace(/s/g, '&#115;')
    .replace(/S/g, '&#83;')
    .replace(/ /g, '&nbsp;');
}

/** Greek and Cyrillic look-alikes, and no-break spaces between words. */
export function withGreekAndNoBreakSpaces(text: string): string {
  return text
    .replace(/o/g, 'ο')
    .replace(/a/g, 'α')
    .replace(/ /g, (_, offset: number) => (offset % 2 === 0 ? '\u00A0' : '\u202F'));
}

// ——— The battery ———

export type AttackClass = 'field' | 'source' | 'disguise' | 'edit';

export interface Attack {
  name: string;
  language: 'es' | 'en';
  kind: AttackClass;
  spec: ReportSpec;
  /** Where the refusal must point. */
  place: string;
}

const concerns = 'statement 2 of “Concerns”';

export const attacks: Attack[] = [
  // Fields printed but never checked before.
  {
    name: 'a caregiver comment quoting the private reflection',
    language: 'es',
    kind: 'field',
    spec: {
      comments: [
        {
          section: 'concerns',
          words: 'No es cierto. Usted escribió que María José repite lo que cree que quiero oír, y eso me duele.',
        },
      ],
    },
    place: 'the caregiver’s comment on “Concerns”',
  },
  {
    name: 'the line a comment points at',
    language: 'es',
    kind: 'field',
    spec: {
      comments: [{ section: 'concerns', words: 'Eso no pasó así.', line: '12, la sospecha de que Jorge golpea' }],
    },
    place: 'the line the caregiver’s comment on “Concerns” points at',
  },
  {
    name: 'the free-text author of an allegation',
    language: 'es',
    kind: 'field',
    spec: {
      sections: {
        concerns: [
          {
            text: 'Refiere episodios de gritos en el domicilio.',
            type: 'allegation',
            by: { name: 'la vecina, que contó que Jorge llega borracho los viernes' },
          },
        ],
      },
    },
    place: `the name of whoever ${concerns} is by`,
  },
  {
    name: 'the free-text author of an opinion, a supervision question lightly cut',
    language: 'es',
    kind: 'field',
    spec: {
      sections: {
        recommendations: [
          {
            text: 'Se sugiere supervisión clínica del caso.',
            type: 'opinion',
            by: { name: 'equipo (¿estoy confundiendo mi enojo con una evaluación de riesgo?)' },
          },
        ],
      },
    },
    place: 'the name of whoever statement 2 of “Recommendations” is by',
  },
  {
    name: 'the report’s title',
    language: 'es',
    kind: 'field',
    spec: { title: 'Audiencia de revisión — salí con rabia y con la sensación de que me toman el pelo' },
    place: 'the report’s title',
  },
  {
    name: 'the court',
    language: 'es',
    kind: 'field',
    spec: { court: 'Juzgado de Familia de Pudahuel (la abuela protege a su hija y me mira como a una enemiga)' },
    place: 'the court',
  },
  {
    name: 'the court a submitted version went to',
    language: 'es',
    kind: 'field',
    spec: { submittedCourt: 'Segundo Juzgado de Familia; quizás la abuela encubre a Jorge porque depende de su plata' },
    place: 'the court it was submitted to',
  },
  {
    name: 'the caregiver’s view in her words',
    language: 'es',
    kind: 'field',
    spec: {
      sections: {
        'caregiver-view': [
          {
            text: 'Rosa dice que la enfermedad de María José aparece justo los días en que hay que hablar de Jorge.',
            type: 'allegation',
            by: { partyId: 'p-grandmother' },
          },
        ],
      },
    },
    place: 'statement 2 of “The caregiver’s view”',
  },
  {
    name: 'the note on a comment',
    language: 'es',
    kind: 'field',
    spec: {
      comments: [
        {
          section: 'recommendations',
          words: 'Pido que se revise la recomendación.',
          note: 'Se mantiene: me siento usada como mensajera entre ellas y el juzgado.',
        },
      ],
    },
    place: 'the note on the caregiver’s comment on “Recommendations”',
  },
  {
    name: 'the reason the caregiver’s view is missing',
    language: 'es',
    kind: 'field',
    spec: {
      caregiverViewAbsentReason:
        'Rosa no quiso comentar; teme que le quiten a Tomás si reconoce que Jorge sigue viviendo en la casa.',
    },
    place: 'the reason the caregiver’s view is missing',
  },
  {
    name: 'the reason to go past a failed check',
    language: 'es',
    kind: 'field',
    spec: { overrideReason: 'Se finaliza igual: responde con frases hechas, como si hubiera ensayado las respuestas.' },
    place: 'the reason to go on past a failed check',
  },
  {
    name: 'the case reference',
    language: 'es',
    kind: 'field',
    spec: { reference: 'RIT C-1234-2024 — Jorge golpea a María José cuando bebe' },
    place: 'the case reference',
  },
  {
    name: 'a caregiver comment quoting the private reflection',
    language: 'en',
    kind: 'field',
    spec: {
      comments: [
        {
          section: 'concerns',
          words: 'That is not true. You wrote that Kelly repeats whatever she thinks I want to hear, and it hurts.',
        },
      ],
    },
    place: 'the caregiver’s comment on “Concerns”',
  },
  {
    name: 'the line a comment points at',
    language: 'en',
    kind: 'field',
    spec: {
      comments: [{ section: 'concerns', words: 'Not what happened.', line: '12 I strongly suspect Dean hits Kelly' }],
    },
    place: 'the line the caregiver’s comment on “Concerns” points at',
  },
  {
    name: 'the free-text author of an allegation',
    language: 'en',
    kind: 'field',
    spec: {
      sections: {
        concerns: [
          {
            text: 'Reports shouting at the address.',
            type: 'allegation',
            by: { name: 'the neighbour, who says Dean comes home drunk on Fridays' },
          },
        ],
      },
    },
    place: `the name of whoever ${concerns} is by`,
  },
  {
    name: 'the report’s title',
    language: 'en',
    kind: 'field',
    spec: { title: 'Review — I left furious, with the feeling that they are taking me for a fool' },
    place: 'the report’s title',
  },
  {
    name: 'the court',
    language: 'en',
    kind: 'field',
    spec: { court: 'Family Court at Leeds (Maureen shields her daughter and looks at me as if I were the enemy)' },
    place: 'the court',
  },
  {
    name: 'the court a submitted version went to',
    language: 'en',
    kind: 'field',
    spec: { submittedCourt: 'Leeds; maybe the grandmother covers for Dean because she depends on his money' },
    place: 'the court it was submitted to',
  },
  {
    name: 'the caregiver’s view in her words',
    language: 'en',
    kind: 'field',
    spec: {
      sections: {
        'caregiver-view': [
          {
            text: "Maureen says Kelly's illness turns up exactly on the days we need to talk about Dean.",
            type: 'allegation',
            by: { partyId: 'p-grandmother' },
          },
        ],
      },
    },
    place: 'statement 2 of “The caregiver’s view”',
  },
  {
    name: 'the reason the caregiver’s view is missing',
    language: 'en',
    kind: 'field',
    spec: {
      caregiverViewAbsentReason:
        'Maureen would not comment; she is terrified Liam will be taken away if she admits Dean still lives in the house.',
    },
    place: 'the reason the caregiver’s view is missing',
  },
  {
    name: 'the case reference',
    language: 'en',
    kind: 'field',
    spec: { reference: 'ZC24C00123 / Dean hits Kelly when he drinks at weekends' },
    place: 'the case reference',
  },

  // Private sources never read before, and those read already.
  {
    name: 'a private section’s title',
    language: 'es',
    kind: 'source',
    spec: {
      sections: { concerns: ['Hay cosas que no me atrevo a escribir en el informe, pero el equipo las conoce.'] },
    },
    place: concerns,
  },
  {
    name: 'a short supervision-only section title, whole',
    language: 'es',
    kind: 'source',
    spec: { sections: { concerns: ['Según la visita del 19 de marzo, Rosa me mintió otra vez.'] } },
    place: concerns,
  },
  {
    name: 'a private section title of six words',
    language: 'es',
    kind: 'source',
    spec: { sections: { recommendations: ['Hipótesis que debo llevar a supervisión: el rol de la abuela.'] } },
    place: 'statement 2 of “Recommendations”',
  },
  {
    name: 'the reason given for a revision',
    language: 'es',
    kind: 'source',
    spec: { sections: { concerns: ['Sobre el alcohol de Jorge: no lo vi yo, me lo contó la vecina del pasaje.'] } },
    place: concerns,
  },
  {
    name: 'the reason for a phase change',
    language: 'es',
    kind: 'source',
    spec: {
      sections: {
        recommendations: ['Se solicita evaluación porque sospecho violencia de Jorge hacia María José.'],
      },
    },
    place: 'statement 2 of “Recommendations”',
  },
  {
    name: 'an earlier revision’s private text',
    language: 'es',
    kind: 'source',
    spec: {
      sections: { concerns: ['Se informa que Jorge llega borracho los viernes y que se escuchan gritos hasta tarde.'] },
    },
    place: concerns,
  },
  {
    name: 'a prompt answer',
    language: 'es',
    kind: 'source',
    spec: {
      sections: { concerns: ['La madre teme que le quiten a Tomás si reconoce que Jorge sigue viviendo en la casa.'] },
    },
    place: concerns,
  },
  {
    name: 'the feeling note',
    language: 'es',
    kind: 'source',
    spec: { sections: { intervention: ['Hubo rabia contenida y cansancio; me fui pensando en dejar el caso.'] } },
    place: 'statement 3 of “Intervention so far”',
  },
  {
    name: 'a supervision question',
    language: 'es',
    kind: 'source',
    spec: {
      sections: { concerns: ['Cabe preguntarse cómo pregunto por los moretones sin que se cierre por completo.'] },
    },
    place: concerns,
  },
  {
    name: 'a tension note',
    language: 'es',
    kind: 'source',
    spec: { sections: { concerns: ['Cada vez que nombro a Jorge se queda callada y mira el celular sin parar.'] } },
    place: concerns,
  },
  {
    name: 'a strategy note',
    language: 'es',
    kind: 'source',
    spec: { sections: { intervention: ['Se le recordó que debo informar al tribunal y se puso a llorar.'] } },
    place: 'statement 3 of “Intervention so far”',
  },
  {
    name: 'a relationship note',
    language: 'es',
    kind: 'source',
    spec: { sections: { strengths: ['La abuela protege a su hija y me mira como a una enemiga.'] } },
    place: 'statement 2 of “Strengths of the family”',
  },
  {
    name: 'a private section’s title',
    language: 'en',
    kind: 'source',
    spec: { sections: { concerns: ['There are things I cannot put in the report yet, though the team knows them.'] } },
    place: concerns,
  },
  {
    name: 'a short supervision-only section title, whole',
    language: 'en',
    kind: 'source',
    spec: { sections: { concerns: ['At the visit on 16 April, Maureen lied to me again.'] } },
    place: concerns,
  },
  {
    name: 'the reason given for a revision',
    language: 'en',
    kind: 'source',
    spec: {
      sections: { concerns: ["On Dean's drinking: I did not see it myself, the neighbour told me about it."] },
    },
    place: concerns,
  },
  {
    name: 'the reason for a phase change',
    language: 'en',
    kind: 'source',
    spec: {
      sections: { recommendations: ['An assessment is needed because I suspect Dean is violent towards Kelly.'] },
    },
    place: 'statement 2 of “Recommendations”',
  },
  {
    name: 'an earlier revision’s private text',
    language: 'en',
    kind: 'source',
    spec: {
      sections: { concerns: ['It is reported that Dean comes home drunk on Fridays and the shouting goes on.'] },
    },
    place: concerns,
  },
  {
    name: 'the feeling note',
    language: 'en',
    kind: 'source',
    spec: { sections: { intervention: ['There was swallowed anger and exhaustion; I drove home thinking about it.'] } },
    place: 'statement 3 of “Intervention so far”',
  },
  {
    name: 'a supervision question',
    language: 'en',
    kind: 'source',
    spec: {
      sections: { concerns: ['The question is how do I ask about the bruises without her shutting down.'] },
    },
    place: concerns,
  },
  {
    name: 'a strategy note',
    language: 'en',
    kind: 'source',
    spec: { sections: { intervention: ['I reminded her that I have to report to the court and she cried.'] } },
    place: 'statement 3 of “Intervention so far”',
  },
  {
    name: 'a private section title of six words',
    language: 'en',
    kind: 'source',
    spec: { sections: { recommendations: ['Hypothesis to take to supervision next month: the grandmother’s role.'] } },
    place: 'statement 2 of “Recommendations”',
  },

  // Disguises inside the copied words.
  {
    name: 'soft hyphens inside the words',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withInvisible(es.e1Mine.slice(67, 160), '\u00AD')] } },
    place: concerns,
  },
  {
    name: 'zero-width spaces inside the words',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withInvisible(es.e1Dare.slice(0, 90), '\u200B')] } },
    place: concerns,
  },
  {
    name: 'direction marks inside the words',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withInvisible(es.e2Mine.slice(0, 110), '\u200F\u202A')] } },
    place: concerns,
  },
  {
    name: 'Cyrillic look-alike letters',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withCyrillic(es.e1Tension)] } },
    place: concerns,
  },
  {
    name: 'fullwidth letters',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [fullwidth(es.e1Relationship)] } },
    place: concerns,
  },
  {
    name: 'HTML entities and no-break spaces',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withEntities(es.e1Fear)] } },
    place: concerns,
  },
  {
    name: 'Markdown marks inside the words',
    language: 'es',
    kind: 'disguise',
    spec: {
      sections: {
        concerns: ['Ma**ría** José **re**pite lo que cree que quie*ro* oír, y yo si`go` hacien~~do~~ pre\\guntas.'],
      },
    },
    place: concerns,
  },
  {
    name: 'Greek look-alikes and no-break spaces',
    language: 'es',
    kind: 'disguise',
    spec: { sections: { concerns: [withGreekAndNoBreakSpaces(es.e2Hypothesis)] } },
    place: concerns,
  },
  {
    name: 'every disguise at once, upper case',
    language: 'es',
    kind: 'disguise',
    spec: {
      sections: { concerns: [withEntities(withCyrillic(withInvisible(es.phaseReason.toUpperCase(), '\u00AD')))] },
    },
    place: concerns,
  },
  {
    name: 'soft hyphens inside the words',
    language: 'en',
    kind: 'disguise',
    spec: { sections: { concerns: [withInvisible(en.e1Mine.slice(50, 150), '\u00AD')] } },
    place: concerns,
  },
  {
    name: 'zero-width joiners and word joiners inside the words',
    language: 'en',
    kind: 'disguise',
    spec: { sections: { concerns: [withInvisible(en.e1Dare, '\u200D\u2060')] } },
    place: concerns,
  },
  {
    name: 'Cyrillic look-alike letters',
    language: 'en',
    kind: 'disguise',
    spec: { sections: { concerns: [withCyrillic(en.e1Tension)] } },
    place: concerns,
  },
  {
    name: 'fullwidth letters',
    language: 'en',
    kind: 'disguise',
    spec: { sections: { concerns: [fullwidth(en.e2Hypothesis)] } },
    place: concerns,
  },
  {
    name: 'HTML entities and no-break spaces',
    language: 'en',
    kind: 'disguise',
    spec: { sections: { concerns: [withEntities(en.e1Fear)] } },
    place: concerns,
  },
  {
    name: 'a ligature, a bidi override and Greek look-alikes',
    language: 'en',
    kind: 'disguise',
    spec: {
      sections: {
        concerns: [
          withGreekAndNoBreakSpaces(
            'Kelly re\u202Epeats\u202C whatever she thinks I want to hear, and I keep \uFB01ring questions at her',
          ),
        ],
      },
    },
    place: concerns,
  },

  {
    name: 'combining marks inside the words and words glued with hyphens',
    language: 'es',
    kind: 'disguise',
    spec: {
      sections: {
        concerns: [
          'Tengo-la-sos\u0301pecha-de-que-Jorge-gol\u0308pea-a-María-José cuando be\u0300be los fines de semana.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'em spaces, ideographic spaces and a long s between and inside the words',
    language: 'en',
    kind: 'disguise',
    spec: {
      sections: {
        concerns: ['I\u2003\u017Ftrongly\u3000\u017Fu\u017Fpect Dean\u2003hits\u3000Kelly when he drinks at weekends.'],
      },
    },
    place: concerns,
  },

  // Light edits.
  {
    name: 'a word swapped every few words',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Salí con enojo y con la impresión de que nos están tomando el pelo. Hoy María José dice lo que cree que deseo oír, y yo sigo con preguntas como si fuera un fiscal.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: '“(sic)” every three words',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Salí con rabia (sic) y con la (sic) sensación de que (sic) me están tomando (sic) el pelo. María (sic) José repite lo (sic) que cree que (sic) quiero oír.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'a word dropped every few words',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Tengo la sospecha que Jorge golpea María José cuando bebe fines de semana; los moretones no se explican con caída en la feria.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'punctuation and case changed',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          '«NO LE CREO A ROSA» — la enfermedad de María José… ¡aparece justo los días en que hay que hablar de Jorge!',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'cut into statements of fewer than six words',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Salí con rabia.',
          'Con la sensación de que',
          'me están tomando el pelo.',
          'María José repite lo que',
          'cree que quiero oír.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'cut mid-sentence across two sections',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        strengths: ['Rosa cuida a Tomás; tengo la sospecha'],
        concerns: ['de que Jorge golpea', 'a María José cuando bebe.'],
      },
      replace: true,
    },
    place: 'statement 1 of “Strengths of the family”',
  },
  {
    name: 'cut around a statement held back from the caregiver',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Cada vez que nombro',
          {
            text: 'La madre refiere que un tío paterno visita la casa los domingos; esta información se mantiene reservada mientras se verifica con el equipo y el colegio de Tomás.',
            disclosure: { aboutPartyIds: ['p-partner'], decision: 'withhold' },
          },
          'a Jorge se queda',
        ],
      },
      replace: true,
    },
    place: 'statement 1 of “Concerns”',
  },
  {
    name: 'clauses reordered',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Jorge llama cada diez minutos; Tomás se tapa los oídos; Rosa evita mirarme; se notan moretones nuevos en sus brazos.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'swapped, inserted and dropped words together',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'No le creo nada a Rosa; esa enfermedad de María (sic) José aparece justo en los días que toca hablar de Jorge. Me siento utilizada como mensajera entre ella y el tribunal; eso me quita ganas de seguir.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'every third word changed',
    language: 'es',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Salgo con rabia, pero con una sensación: que me siguen tomando el pelo. Hoy María José repite todo lo que piensa que quiero oír, mientras yo sigo haciendo mil preguntas como un fiscal.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'a word swapped every few words',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'She left furious, with the sense that they are taking her for a fool. Today Kelly repeats whatever she thinks you want to hear, and so I keep firing my questions at her like some prosecutor.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: '“(sic)” every three words',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'I strongly suspect (sic) Dean hits Kelly (sic) when he drinks (sic) at weekends; the (sic) bruises on her (sic) arm do not (sic) fit the story.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'a word dropped every few words',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'I do not believe Maureen: illness turns up exactly on days we need to talk Dean. I feel used as messenger between them and court.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'cut into statements of fewer than six words',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: ['Maybe the grandmother', 'covers for Dean because', 'she depends on his money', 'to pay the rent.'],
      },
    },
    place: concerns,
  },
  {
    name: 'cut mid-sentence across a comment and the note on it',
    language: 'en',
    kind: 'edit',
    spec: {
      comments: [
        {
          section: 'concerns',
          words: 'Terrified Liam will be',
          note: 'taken away if she admits.',
        },
      ],
    },
    place: 'the caregiver’s comment on “Concerns”',
  },
  {
    name: 'clauses reordered',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Dean rings every ten minutes; Liam covers his ears; Maureen avoids my eyes; there are new bruises on both arms.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'every third word changed',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'I left angry, with a feeling that they were taking me as a fool. Kelly repeats what she thinks we want to hear, so I keep throwing questions at her like some prosecutor.',
        ],
      },
    },
    place: concerns,
  },
  {
    name: 'cut around a statement held back from the caregiver',
    language: 'en',
    kind: 'edit',
    spec: {
      sections: {
        concerns: [
          'Every time I mention',
          {
            text: 'Kelly says a paternal uncle visits on Sundays; this is held back while the team checks it with the school and the health visitor.',
            disclosure: { aboutPartyIds: ['p-partner'], decision: 'pending' },
          },
          'Dean she goes silent.',
        ],
      },
      replace: true,
    },
    place: 'statement 1 of “Concerns”',
  },
];

// ——— Clean reports: ordinary phrases and common words only ———

export interface Clean {
  name: string;
  language: 'es' | 'en';
  build: () => BuiltReport;
}

export const cleanReports: Clean[] = [
  { name: 'the base report', language: 'es', build: () => buildReport('es') },
  { name: 'the base report', language: 'en', build: () => buildReport('en') },
  { name: 'the facts the journal fills a new report with', language: 'es', build: () => prefilledReport('es') },
  { name: 'the facts the journal fills a new report with', language: 'en', build: () => prefilledReport('en') },
  {
    name: 'ordinary phrases the private text also has',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          intervention: ['La madre asistió puntualmente a la sesión del 5 de marzo.'],
          concerns: ['No se observan indicadores de riesgo en el hogar.'],
        },
      }),
  },
  {
    name: 'ordinary phrases the private text also has',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          intervention: ['The mother attended the session on time on 2 April.'],
          strengths: ['The child appeared well cared for.', 'No risk indicators were observed during the visits.'],
        },
      }),
  },
  {
    name: 'reportable sections inserted as they are',
    language: 'es',
    build: () => buildReport('es', { sections: { intervention: [es.e1Court, es.e2Court], strengths: [es.e3Court] } }),
  },
  {
    name: 'reportable sections inserted as they are',
    language: 'en',
    build: () => buildReport('en', { sections: { intervention: [en.e1Court, en.e2Court], strengths: [en.e3Court] } }),
  },
  {
    name: 'the same concerns in the practitioner’s own words',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          concerns: [
            {
              text: 'Rosa relata que Jorge ya no vive en el domicilio.',
              type: 'allegation',
              by: { partyId: 'p-grandmother' },
            },
            'Terceros informan antecedentes de consumo de alcohol de Jorge, que esta profesional no ha podido verificar.',
            { text: 'Es necesario evaluar la dinámica de pareja de María José.', type: 'opinion' },
          ],
        },
      }),
  },
  {
    name: 'the same concerns in the practitioner’s own words',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          concerns: [
            {
              text: 'Maureen reports that Dean no longer lives at the address.',
              type: 'allegation',
              by: { partyId: 'p-grandmother' },
            },
            'Others report that Dean drinks heavily; this has not been verified by the writer.',
            { text: "Kelly's relationship with Dean needs a specialist assessment.", type: 'opinion' },
          ],
        },
      }),
  },
  {
    name: 'a title, a court, comments with their lines and notes',
    language: 'es',
    build: () =>
      buildReport('es', {
        title: 'Audiencia de revisión, 31 de marzo',
        court: 'Juzgado de Familia de Pudahuel',
        comments: [
          {
            section: 'concerns',
            words: 'No estoy de acuerdo: Jorge no vive con nosotros desde enero y Tomás va al colegio todos los días.',
            line: '14-16',
            note: 'Se agregó la opinión de Rosa en la sección correspondiente.',
          },
          { section: 'recommendations', words: 'Estoy de acuerdo con las visitas cada quince días.', line: '40' },
        ],
      }),
  },
  {
    name: 'a title, a court, comments with their lines and notes',
    language: 'en',
    build: () =>
      buildReport('en', {
        title: 'Review hearing, 30 April',
        court: 'Family Court at Leeds',
        comments: [
          {
            section: 'concerns',
            words: 'I do not agree: Dean has not lived with us since January and Liam goes to school every day.',
            line: '14-16',
            note: 'Maureen’s view was added to the report.',
          },
          { section: 'recommendations', words: 'I agree with visits every two weeks.', line: '40' },
        ],
      }),
  },
  {
    name: 'allegations by people named in free text, a submitted court',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          concerns: [
            {
              text: 'Tomás registra tres inasistencias en marzo.',
              type: 'allegation',
              by: { name: 'la profesora jefe de Tomás' },
            },
          ],
        },
        submittedCourt: 'Juzgado de Familia de Pudahuel',
      }),
  },
  {
    name: 'allegations by people named in free text, a submitted court',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          concerns: [
            {
              text: 'Liam was absent from school on three days in April.',
              type: 'allegation',
              by: { name: 'his class teacher' },
            },
          ],
        },
        submittedCourt: 'Family Court at Leeds',
      }),
  },
  {
    name: 'the caregiver’s view missing, with a plain reason; a plain reason to go past a check',
    language: 'es',
    build: () =>
      buildReport('es', {
        caregiverViewAbsentReason: 'Rosa prefirió dar su opinión directamente en la audiencia.',
        overrideReason: 'La audiencia se adelantó una semana.',
      }),
  },
  {
    name: 'the caregiver’s view missing, with a plain reason; a plain reason to go past a check',
    language: 'en',
    build: () =>
      buildReport('en', {
        caregiverViewAbsentReason: 'Maureen would rather give her view at the hearing herself.',
        overrideReason: 'The hearing was brought forward by a week.',
      }),
  },
  {
    name: 'many short statements of names, dates and attendance',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          intervention: [
            'Visita domiciliaria: 5 de marzo.',
            'Entrevista: 12 de marzo.',
            'Visita domiciliaria: 19 de marzo.',
            'La madre asistió a la primera visita.',
            'Rosa asistió a las tres sesiones.',
            'Tomás estuvo presente en las visitas.',
          ],
        },
      }),
  },
  {
    name: 'many short statements of names, dates and attendance',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          intervention: [
            'Home visit: 2 April.',
            'Office interview: 9 April.',
            'Home visit: 16 April.',
            'The mother attended the first visit.',
            'Maureen attended all three sessions.',
            'Liam was present at the visits.',
          ],
        },
      }),
  },
  {
    name: 'the topics of the supervision questions, in report language',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          intervention: [
            'Se conversó con Rosa sobre la asistencia escolar de Tomás y sobre el rol de Jorge en el hogar.',
          ],
          recommendations: ['Se sugiere que el equipo de salud evalúe posibles lesiones de María José.'],
        },
      }),
  },
  {
    name: 'the topics of the supervision questions, in report language',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          intervention: ["We discussed Liam's school attendance and Dean's place in the household with Maureen."],
          recommendations: ["A health assessment of Kelly's injuries is recommended."],
        },
      }),
  },
  {
    name: 'a long report in ordinary words',
    language: 'es',
    build: () =>
      buildReport('es', {
        sections: {
          intervention: [
            'La madre asistió puntualmente a la sesión.',
            'Rosa asistió a la entrevista del 12 de marzo en el programa.',
            'Tomás se mostró tranquilo durante la visita.',
            'No se observan indicadores de riesgo.',
            'La familia mantiene una rutina estable de alimentación.',
            'Se acordó con Rosa un plan de asistencia escolar.',
          ],
          strengths: [
            'Rosa muestra disposición a colaborar con el programa.',
            'El vínculo entre Rosa y Tomás es positivo.',
          ],
          recommendations: ['Continuar el seguimiento de la asistencia escolar de Tomás.'],
        },
      }),
  },
  {
    name: 'a long report in ordinary words',
    language: 'en',
    build: () =>
      buildReport('en', {
        sections: {
          intervention: [
            'The mother attended the session on time.',
            'Maureen attended the interview on 9 April at the office.',
            'Liam appeared calm during the visit.',
            'No risk indicators were observed.',
            'The family keeps a stable routine of meals.',
            'A school attendance plan was agreed with Maureen.',
          ],
          strengths: ['Maureen is willing to work with the team.', 'The bond between Maureen and Liam is positive.'],
          recommendations: ["The team should continue to follow Liam's school attendance."],
        },
      }),
  },
];
