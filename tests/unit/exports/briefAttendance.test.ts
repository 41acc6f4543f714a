import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../../src/shared/domain/attendance';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { BriefChoices } from '../../../src/shared/exports/brief/buildBrief';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { briefOf, familyCase } from './fixtures';

function record(id: string, plannedOn: string, status: AttendanceRecord['status']): AttendanceRecord {
  return {
    id,
    plannedOn,
    status,
    // Notes stay in the journal: this one must never reach the brief.
    note: 'Nota privada de Rosa Pérez',
    noteVisibility: 'supervision',
    createdAt: `${plannedOn}T10:00:00.000Z`,
    updatedAt: `${plannedOn}T10:00:00.000Z`,
  };
}

const base = familyCase({
  phaseHistory: [
    { phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' },
    { phase: 'evaluation', changedAt: '2025-03-15', decidedBy: 'practitioner' },
  ],
  entries: [
    storedEntry('e-1', entryContent({ attendees: [], sessionDate: '2025-03-05', phase: 'start' })),
    storedEntry('e-2', entryContent({ attendees: [], sessionDate: '2025-03-20', phase: 'evaluation' })),
    storedEntry('e-3', entryContent({ attendees: [], sessionDate: '2025-03-27', phase: 'evaluation' })),
  ],
  attendance: [
    record('a-1', '2025-03-08', 'not-attended'),
    record('a-2', '2025-03-12', 'cancelled-by-family'),
    record('a-3', '2025-03-18', 'cancelled-by-programme'),
    record('a-4', '2025-03-24', 'rescheduled'),
    record('a-5', '2025-03-31', 'not-attended'),
  ],
});

function brief(journalCase: CaseWithEntries, choices: Partial<BriefChoices> = {}, language: 'es' | 'en' = 'es') {
  return briefOf(journalCase, choices, language);
}

describe("the brief's attendance", () => {
  it('counts each phase by the case phase on the day planned, and the whole period, reflections as held', () => {
    const { model } = brief(base);
    expect(model.attendance).toEqual([
      { phase: 'start', held: 1, notAttended: 1, cancelledByFamily: 1, cancelledByProgramme: 0, rescheduled: 0 },
      { phase: 'evaluation', held: 2, notAttended: 1, cancelledByFamily: 0, cancelledByProgramme: 1, rescheduled: 1 },
      { held: 3, notAttended: 2, cancelledByFamily: 1, cancelledByProgramme: 1, rescheduled: 1 },
    ]);
  });

  it('keeps to the period and the phases chosen', () => {
    expect(brief(base, { from: '2025-03-15' }).model.attendance?.at(-1)).toEqual({
      held: 2,
      notAttended: 1,
      cancelledByFamily: 0,
      cancelledByProgramme: 1,
      rescheduled: 1,
    });
    expect(brief(base, { phases: ['start'] }).model.attendance).toEqual([
      { phase: 'start', held: 1, notAttended: 1, cancelledByFamily: 1, cancelledByProgramme: 0, rescheduled: 0 },
      { held: 1, notAttended: 1, cancelledByFamily: 1, cancelledByProgramme: 0, rescheduled: 0 },
    ]);
  });

  it('prints a table in the language of the brief, counts only', () => {
    const spanish = brief(base).markdown;
    expect(spanish).toContain('### Asistencia');
    expect(spanish).toContain('| Sesiones | Inicio | Evaluación | Todo el período |');
    expect(spanish).toContain('| Inasistencias | 1 | 1 | 2 |');
    const english = brief(base, {}, 'en').markdown;
    expect(english).toContain('| Cancelled by the programme | 0 | 1 | 1 |');
    for (const markdown of [spanish, english]) expect(markdown).not.toContain('Nota privada');
  });

  it('shows no table for a case, or a period, without attendance records', () => {
    const { attendance: _attendance, ...without } = base;
    for (const { model, markdown } of [brief(without), brief(base, { from: '2025-04-01' })]) {
      expect(model.attendance).toBeUndefined();
      expect(markdown).not.toContain('Asistencia');
    }
  });
});
