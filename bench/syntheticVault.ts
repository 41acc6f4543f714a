/**
 * A synthetic journal for benchmarks: N cases × M reflections of realistic length (about 1–2 KB
 * of text each), in Spanish and English, with names, tensions, ruptures, ratings and strategies.
 * Deterministic: the same seed gives the same journal. Every case passes the domain checks.
 */
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { Entry } from '../src/shared/domain/entry';
import type { Party } from '../src/shared/domain/party';
import {
  phasePrompts,
  phases,
  ruptureKinds,
  strategiesByKind,
  strategyOutcomes,
  tensionIndicators,
  tensionTypesForPhase,
  type Phase,
  type StrategyKind,
} from '../src/shared/domain/taxonomy';
import { seededRandom } from '../tests/support/seededRandom';

export interface SyntheticOptions {
  cases: number;
  entriesPerCase: number;
  seed?: number;
}

type Language = 'es' | 'en';

const names = {
  es: {
    children: [
      'Tomás',
      'Sofía',
      'Matías',
      'Valentina',
      'Agustín',
      'Catalina',
      'Benjamín',
      'Florencia',
      'Joaquín',
      'Antonia',
    ],
    adults: ['María José', 'Verónica', 'Héctor', 'Ximena', 'Ramón', 'Inés', 'Patricio', 'Marcela', 'Ana María', 'Luis'],
    places: ['el colegio', 'el CESFAM', 'el juzgado de familia', 'la casa de la abuela', 'la oficina del programa'],
    topics: ['la audiencia', 'las visitas', 'la asistencia escolar', 'el tratamiento', 'los horarios', 'el informe'],
  },
  en: {
    children: ['Liam', 'Olivia', 'Jamal', 'Grace', 'Connor', 'Priya', 'Mason', 'Aisha', 'Ethan', 'Chloe'],
    adults: ['Karen', 'Darnell', 'Siobhan', 'Marcus', 'Helen', 'Tariq', 'Lorraine', 'Gareth', 'Nadia', 'Paul'],
    places: ['the school', 'the clinic', 'the family court', "the grandmother's flat", 'the contact centre'],
    topics: ['the hearing', 'contact visits', 'school attendance', 'the treatment plan', 'the timetable', 'the report'],
  },
};

/** Sentences with slots: {child}, {adult}, {place}, {topic}. */
const sentences = {
  es: {
    happened: [
      '{adult} llegó tarde a la sesión y respondió casi con monosílabos cuando hablamos de {topic}.',
      '{child} jugó en silencio con los bloques y solo habló cuando {adult} salió a fumar.',
      'Nos reunimos en {place}; {adult} dijo que nadie le había avisado de la fecha de {topic}.',
      'Revisamos juntos los acuerdos de la última visita y {adult} reconoció que no había podido cumplirlos.',
      '{adult} contó que {child} volvió muy cansado del fin de semana y que no quiso comer.',
      'Cuando mencioné {topic}, {adult} cambió de tema y preguntó si esto iba a llegar al tribunal.',
      'La abuela pidió hablar a solas; dice que {adult} no está durmiendo bien y que tiene miedo.',
      '{child} mostró el cuaderno de {place} con orgullo; tenía anotaciones de la profesora sobre su lectura.',
      'Hubo una discusión fuerte entre {adult} y su pareja delante de {child}; la interrumpí y propuse una pausa.',
      'Acordamos que {adult} llamará a {place} para pedir la hora que falta antes de la próxima sesión.',
    ],
    reflection: [
      'Sentí frustración cuando {adult} evitó las preguntas sobre {topic}, y noté que apuré el cierre.',
      'Me pregunto si mi insistencia con {topic} se vivió como una amenaza más que como una ayuda.',
      'Creo que estoy repitiendo el rol investigativo; quiero probar escuchar más y preguntar menos.',
      'Me sentí conflictuada entre ayudar e informar al juzgado, y eso se notó en mi tono.',
      'Hoy hubo más cercanía: {adult} se rió conmigo y me mostró fotos de {child}.',
      'Estoy cansada y lo noto en mi paciencia; necesito llevar este caso a supervisión.',
      'No expliqué bien los límites de la confidencialidad y quiero retomarlo con calma.',
    ],
    report: [
      '{child} asistió a todas las sesiones del mes y se observó un vínculo afectuoso con {adult}.',
      '{adult} refiere que las visitas del fin de semana se cumplieron según lo acordado.',
      'Se observa que {child} mantiene la asistencia a {place} y mejoró su lectura.',
    ],
    prompt: [
      'Teme perder a los niños si habla con franqueza sobre {topic}.',
      'Creo que sí sabe que el informe va al juzgado, pero no qué partes se leen.',
      'No cumplí lo que prometí sobre {place}; tengo que decirlo abiertamente.',
      'El espacio no fue seguro hoy: había demasiada gente en {place}.',
    ],
    question: [
      '¿Cómo retomo {topic} sin que suene a amenaza?',
      '¿Debo informar lo que la abuela contó sobre {adult} antes de hablarlo con ella?',
      '¿Cómo cierro el caso si la medida se extiende otra vez?',
    ],
    note: [
      'Se quedó en silencio cuando apareció {topic}.',
      'Reclamó con rabia que nadie le explica nada del juzgado.',
      'Faltó dos veces seguidas y no contestó el teléfono.',
      'Escucha activa sobre el miedo a {topic}; bajó la tensión.',
      'Reunión por separado con la abuela y con {adult}.',
    ],
    feeling: ['Cansancio después de la visita.', 'Esperanza: {adult} propuso un horario.', 'Incomodidad con {topic}.'],
  },
  en: {
    happened: [
      '{adult} arrived late and gave short answers when we talked about {topic}.',
      '{child} played quietly with the blocks and only spoke once {adult} had left the room.',
      'We met at {place}; {adult} said nobody had told her the date of {topic}.',
      'We went over the agreements from last visit and {adult} admitted she had not managed to keep them.',
      '{adult} said {child} came back exhausted from the weekend and would not eat.',
      'When I raised {topic}, {adult} changed the subject and asked whether this would go to court.',
      'The grandmother asked to speak alone; she says {adult} is not sleeping and is frightened.',
      '{child} proudly showed me the reading log from {place}, full of the teacher’s comments.',
      'There was a loud argument between {adult} and her partner in front of {child}; I suggested a break.',
      'We agreed that {adult} will phone {place} to ask for the missing appointment before next session.',
    ],
    reflection: [
      'I felt frustrated when {adult} avoided questions about {topic}, and I noticed I rushed the ending.',
      'I wonder whether pressing on {topic} came across as a threat rather than help.',
      'I think I am slipping into the investigative role; I want to listen more and ask less.',
      'I felt torn between helping and reporting to the court, and it showed in my tone.',
      'There was more closeness today: {adult} laughed with me and showed me photos of {child}.',
      'I am tired and it shows in my patience; this case needs to go to supervision.',
    ],
    report: [
      '{child} attended every session this month and was observed to be affectionate with {adult}.',
      '{adult} reports that the weekend contact took place as agreed.',
    ],
    prompt: [
      'She is afraid of losing the children if she speaks openly about {topic}.',
      'I did not deliver what I promised about {place}; I need to say so openly.',
    ],
    question: [
      'How do I bring up {topic} again without it sounding like a threat?',
      'Should I report what the grandmother said about {adult} before discussing it with her?',
    ],
    note: [
      'She went quiet when {topic} came up.',
      'He complained angrily that nobody explains anything about the court.',
      'Missed two sessions in a row and did not answer the phone.',
      'Active listening about the fear of {topic}; the tension eased.',
    ],
    feeling: ['Tired after the visit.', 'Hopeful: {adult} suggested a timetable.', 'Uneasy about {topic}.'],
  },
};

type Bank = (typeof sentences)['es'];

/** Builds the synthetic cases in memory. */
export function syntheticJournal(options: SyntheticOptions): CaseWithEntries[] {
  const random = seededRandom(options.seed ?? 20250314);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const cases: CaseWithEntries[] = [];

  for (let caseIndex = 0; caseIndex < options.cases; caseIndex++) {
    const language: Language = random() < 0.7 ? 'es' : 'en';
    const words = names[language];
    const bank: Bank = sentences[language];
    const child = pick(words.children);
    const adult = pick(words.adults);
    const parties: Party[] = [
      { id: 'child', role: 'child', name: child, aliases: [] },
      { id: 'parent', role: 'parent', name: adult, aliases: [] },
      { id: 'grandmother', role: 'caregiver', name: pick(words.adults), aliases: ['la abuela'] },
    ];
    const fill = (template: string) =>
      template
        .replaceAll('{child}', child)
        .replaceAll('{adult}', adult)
        .replaceAll('{place}', pick(words.places))
        .replaceAll('{topic}', pick(words.topics));
    const paragraph = (list: readonly string[], count: number) =>
      Array.from({ length: count }, () => fill(pick(list))).join(' ');

    const opened = new Date(Date.UTC(2022, 0, 1) + caseIndex * 3 * 86_400_000);
    const entries: Entry[] = [];
    let phaseIndex = 0;
    for (let entryIndex = 0; entryIndex < options.entriesPerCase; entryIndex++) {
      phaseIndex = Math.min(phases.length - 1, Math.floor((entryIndex / options.entriesPerCase) * phases.length));
      const phase: Phase = phases[phaseIndex] ?? 'start';
      const date = new Date(opened.getTime() + entryIndex * 7 * 86_400_000);
      const sessionDate = date.toISOString().slice(0, 10);
      const timestamp = new Date(date.getTime() + 18 * 3_600_000).toISOString();
      const tensionCount = between(0, 3);
      const strategyCount = between(0, 2);
      const kinds: StrategyKind[] = ['alliance-building', 'repair', 'counterproductive'];
      entries.push({
        id: `e-${caseIndex}-${entryIndex}`,
        sessionDate,
        phase,
        modality: pick(['home-visit', 'office', 'phone', 'school'] as const),
        attendees: random() < 0.5 ? ['child', 'parent'] : ['parent', 'grandmother'],
        sections: [
          {
            id: 'what-happened',
            title: language === 'es' ? 'Lo que pasó' : 'What happened',
            visibility: 'supervision',
            text: paragraph(bank.happened, between(5, 9)),
          },
          {
            id: 'my-reflection',
            title: language === 'es' ? 'Mi reflexión' : 'My reflection',
            visibility: 'private',
            text: paragraph(bank.reflection, between(3, 5)),
          },
          ...(random() < 0.3
            ? [
                {
                  id: 'for-report',
                  title: language === 'es' ? 'Para el informe' : 'For the report',
                  visibility: 'reportable' as const,
                  statementType: 'observation' as const,
                  text: paragraph(bank.report, between(1, 2)),
                },
              ]
            : []),
        ],
        promptAnswers: phasePrompts[phase].slice(0, between(0, 2)).map((promptId) => ({
          promptId,
          answer: fill(pick(bank.prompt)),
        })),
        tensions: Array.from({ length: tensionCount }, () => ({
          type: pick(tensionTypesForPhase(phase)),
          indicators: [pick(tensionIndicators)],
          parties: ['parent'],
          intensity: pick([1, 2, 3] as const),
          rupture: pick(ruptureKinds),
          repairSteps: [],
          note: fill(pick(bank.note)),
        })),
        relationships: [],
        strategies: Array.from({ length: strategyCount }, () => {
          const kind = pick(kinds);
          return {
            kind,
            strategy: pick(strategiesByKind[kind]),
            outcome: pick(strategyOutcomes),
            note: fill(pick(bank.note)),
          };
        }),
        ratings: {
          practitioner: { bond: between(3, 9), goals: between(2, 9), tasks: between(2, 9) },
          ...(random() < 0.4
            ? { caregiver: { bond: between(4, 10), goals: between(3, 10), tasks: between(3, 10), partyId: 'parent' } }
            : {}),
        },
        feelings: [pick(['frustration', 'exhaustion', 'hope', 'closeness', 'torn-helping-reporting'] as const)],
        feelingsVisibility: random() < 0.8 ? 'private' : 'supervision',
        ...(random() < 0.5 ? { feelingNote: fill(pick(bank.feeling)) } : {}),
        supervisionQuestions: Array.from({ length: between(0, 2) }, () => fill(pick(bank.question))),
        history: [],
        createdAt: timestamp,
        updatedAt: timestamp,
      });
    }
    const last = entries.at(-1);
    const openedAt = opened.toISOString().slice(0, 10);
    const finalPhase: Phase = phases[phaseIndex] ?? 'start';
    cases.push({
      id: `synthetic-${String(caseIndex).padStart(4, '0')}`,
      alias: `${language === 'es' ? 'Familia' : 'Family'} ${String.fromCharCode(65 + (caseIndex % 26))}. ${caseIndex + 1}`,
      reference: `RIT C-${1000 + caseIndex}-2022`,
      program: 'PPF',
      status: 'open',
      phase: finalPhase,
      phaseHistory: phases.slice(0, phaseIndex + 1).map((phase, index) => ({
        phase,
        changedAt:
          index === 0
            ? openedAt
            : (entries[Math.floor((index * entries.length) / phases.length)]?.sessionDate ?? openedAt),
        decidedBy: 'practitioner' as const,
      })),
      openedAt,
      parties,
      goals: [{ id: 'goal-1', description: fill('{topic}'), agreedWith: ['parent'], status: 'agreed' }],
      entries,
      createdAt: `${openedAt}T12:00:00.000Z`,
      updatedAt: last?.updatedAt ?? `${openedAt}T12:00:00.000Z`,
    });
  }
  return cases;
}

/** Average characters of searchable text per reflection, for the report. */
export function averageTextLength(cases: readonly CaseWithEntries[]): number {
  let characters = 0;
  let count = 0;
  for (const journalCase of cases) {
    for (const entry of journalCase.entries) {
      count++;
      characters += entry.sections.reduce((sum, section) => sum + section.title.length + section.text.length, 0);
      characters += entry.promptAnswers.reduce((sum, answer) => sum + (answer.answer?.length ?? 0), 0);
      characters += entry.tensions.reduce((sum, tension) => sum + (tension.note?.length ?? 0), 0);
      characters += entry.strategies.reduce((sum, strategy) => sum + (strategy.note?.length ?? 0), 0);
      characters += entry.supervisionQuestions.reduce((sum, question) => sum + question.length, 0);
      characters += entry.feelingNote?.length ?? 0;
    }
  }
  return count === 0 ? 0 : characters / count;
}
