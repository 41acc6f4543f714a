/** Small builders of the engine's input: sessions a day apart, with only what a test sets. */
import type { AllianceEntry, AttendanceRecord, WarningInput } from '../../../src/shared/alliance';
import type { Party } from '../../../src/shared/domain/party';
import type { AttendanceStatus, RepairStep, RuptureKind, TensionIndicator } from '../../../src/shared/domain/taxonomy';

export type Elements = { bond: number; goals: number; tasks: number };

/** Day `index` after 2024-01-01, as a session date. */
export function dayOf(index: number): string {
  return new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
}

export interface SessionOptions {
  practitioner?: Elements;
  caregiver?: Elements & { partyId?: string };
  tensions?: { indicators?: TensionIndicator[]; rupture?: RuptureKind; repairSteps?: RepairStep[] }[];
  strategies?: number;
  /** The day, when not the session's index. */
  day?: number;
}

export function session(index: number, options: SessionOptions = {}): AllianceEntry {
  const day = options.day ?? index;
  return {
    id: `e${index}`,
    sessionDate: dayOf(day),
    createdAt: new Date(Date.UTC(2024, 0, 1, 18) + day * 86_400_000 + index * 1000).toISOString(),
    ratings: {
      ...(options.practitioner === undefined ? {} : { practitioner: options.practitioner }),
      ...(options.caregiver === undefined ? {} : { caregiver: options.caregiver }),
    },
    tensions: (options.tensions ?? []).map((tension) => ({
      indicators: tension.indicators ?? [],
      rupture: tension.rupture ?? 'none',
      repairSteps: tension.repairSteps ?? [],
    })),
    strategies: Array.from({ length: options.strategies ?? 0 }, () => ({ strategy: 'active-listening' as const })),
  };
}

/** The same rating for all three elements. */
export function all(value: number): Elements {
  return { bond: value, goals: value, tasks: value };
}

/** Sessions 0, 1, 2… rated by the practitioner with these values for every element. */
export function practitionerSeries(values: readonly (number | undefined)[]): AllianceEntry[] {
  return values.map((value, index) => session(index, value === undefined ? {} : { practitioner: all(value) }));
}

export const parties: Pick<Party, 'id' | 'role'>[] = [
  { id: 'child', role: 'child' },
  { id: 'mother', role: 'parent' },
  { id: 'grandmother', role: 'caregiver' },
  { id: 'aunt', role: 'relative' },
];

export function caseOf(entries: AllianceEntry[], attendance: AttendanceRecord[] = []): WarningInput {
  return { entries, parties, attendance };
}

export function attendance(statuses: readonly AttendanceStatus[], firstDay = 0): AttendanceRecord[] {
  return statuses.map((status, index) => ({ id: `a${index}`, plannedOn: dayOf(firstDay + index), status }));
}
