/**
 * The rupture early-warning rules (R1–R7) over one case of 2 000 reflections with an attendance
 * record per planned session, as the engine will run after every save. Goal from the issue:
 * every rule on a 2 000-session case in under 20 ms.
 */
import { evaluateWarnings, type AttendanceRecord, type WarningInput } from '../src/shared/alliance';
import type { BenchRow } from './benchRow';
import { medianOf } from './measure';
import { syntheticJournal } from './syntheticVault';
import { seededRandom } from '../tests/support/seededRandom';

const sessions = 2_000;
const runs = 31;
const goalMs = 20;

export async function runWarningsBenchmarks(): Promise<BenchRow[]> {
  const [journalCase] = syntheticJournal({ cases: 1, entriesPerCase: sessions });
  if (journalCase === undefined) throw new Error('the synthetic journal has no case');
  const input: WarningInput = {
    entries: journalCase.entries,
    parties: journalCase.parties,
    attendance: plannedSessions(journalCase.entries.map((entry) => entry.sessionDate)),
  };
  const found = evaluateWarnings(input).length;
  const medianMs = await medianOf(() => evaluateWarnings(input), runs, 5);
  return [
    {
      name: `warnings: all rules on a ${sessions.toLocaleString('en')}-session case`,
      medianMs,
      runs,
      note: `goal < ${goalMs} ms (${medianMs < goalMs ? 'met' : 'NOT met'}); ${found} warnings`,
    },
  ];
}

/** One planned session a session date, most held, about one in eight missed or cancelled. */
function plannedSessions(dates: readonly string[]): AttendanceRecord[] {
  const random = seededRandom(7);
  return dates.map((date, index) => {
    const draw = random();
    const status =
      draw < 0.06 ? 'not-attended' : draw < 0.12 ? 'cancelled-by-family' : draw < 0.15 ? 'rescheduled' : 'held';
    return { id: `a-${index}`, plannedOn: date, status };
  });
}
