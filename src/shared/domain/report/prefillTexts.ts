/**
 * The words of the facts a report takes from the journal, in each language a report is read in.
 * The facts are stored as data (`prefilledFact.ts`); these put them into words when they are
 * shown or printed, so a Spanish screen never shows an English fact.
 */
import type { BriefLanguage } from '../../exports/language';

export interface PrefillTexts {
  reference: string;
  court: string;
  child: string;
  opened: string;
  /** The sessions of one phase: held once, or several times between two dates. */
  phaseSessions: { one: string; other: string };
  /** Phase names as they sit inside a sentence. */
  phaseName: (label: string) => string;
  otherMeetings: string;
  goalAgreed: string;
  /** Progress on a goal from the reviews the practitioner confirmed (goal attainment scaling). */
  progress: {
    /** Rated at one review. */
    once: string;
    /** Rated at several: the latest, then the first. */
    since: string;
    /** Each level inside a sentence, from −2 to +2. */
    levels: [string, string, string, string, string];
  };
  /** The parts of the attendance sentence, joined with "; ". */
  attendance: {
    offered: string;
    held: string;
    notAttended: string;
    cancelledByFamily: string;
    cancelledByProgramme: string;
    rescheduled: string;
  };
}

const english: PrefillTexts = {
  reference: 'Case reference: {reference}.',
  court: 'Court: {court}.',
  child: 'Child: {name}.',
  opened: 'The case was opened on {date}.',
  phaseSessions: {
    one: '{phase} phase: 1 session with the family held, on {first}.',
    other: '{phase} phase: {count} sessions with the family held, from {first} to {last}.',
  },
  phaseName: (label) => label,
  otherMeetings: 'Also recorded: court hearings, {hearings}; team meetings, {meetings}.',
  goalAgreed: '{goal}: {status} (agreed with {parties}).',
  progress: {
    once: 'Progress on “{goal}” (goal attainment scale agreed on {agreedOn}): at the review of {date}, {level} ({signed}).',
    since:
      'Progress on “{goal}” (goal attainment scale agreed on {agreedOn}): at the latest review, on {date}, {level} ({signed}); at the first, on {firstDate}, {firstLevel} ({firstSigned}).',
    levels: [
      'much less than expected',
      'somewhat less than expected',
      'the expected outcome',
      'somewhat more than expected',
      'much more than expected',
    ],
  },
  attendance: {
    offered: 'Sessions offered: {count}',
    held: 'attended: {count}',
    notAttended: 'not attended: {count}',
    cancelledByFamily: 'cancelled by the family: {count}',
    cancelledByProgramme: 'cancelled by the programme: {count}',
    rescheduled: 'moved to another date: {count}',
  },
};

const spanish: PrefillTexts = {
  reference: 'Causa: {reference}.',
  court: 'Tribunal: {court}.',
  child: 'Niño, niña o adolescente: {name}.',
  opened: 'El caso se abrió el {date}.',
  phaseSessions: {
    one: 'Fase de {phase}: 1 sesión realizada con la familia, el {first}.',
    other: 'Fase de {phase}: {count} sesiones realizadas con la familia, del {first} al {last}.',
  },
  phaseName: (label) => label.toLocaleLowerCase('es'),
  otherMeetings: 'También se registraron: audiencias, {hearings}; reuniones de equipo, {meetings}.',
  goalAgreed: '{goal}: {status} (acordado con {parties}).',
  progress: {
    once: 'Avance en «{goal}» (escala de logro acordada el {agreedOn}): en la revisión del {date}, {level} ({signed}).',
    since:
      'Avance en «{goal}» (escala de logro acordada el {agreedOn}): en la última revisión, el {date}, {level} ({signed}); en la primera, el {firstDate}, {firstLevel} ({firstSigned}).',
    levels: [
      'mucho menos de lo esperado',
      'algo menos de lo esperado',
      'el resultado esperado',
      'algo más de lo esperado',
      'mucho más de lo esperado',
    ],
  },
  attendance: {
    offered: 'Sesiones ofrecidas: {count}',
    held: 'asistidas: {count}',
    notAttended: 'sin asistencia: {count}',
    cancelledByFamily: 'canceladas por la familia: {count}',
    cancelledByProgramme: 'canceladas por el programa: {count}',
    rescheduled: 'reagendadas: {count}',
  },
};

export const prefillTexts: Record<BriefLanguage, PrefillTexts> = { en: english, es: spanish };
