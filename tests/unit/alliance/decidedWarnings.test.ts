/**
 * Warnings joined with the practitioner's decisions: a dismissal holds while the same facts stand,
 * a later decision supersedes an earlier one without erasing it, and a new fall is a new warning.
 */
import { describe, expect, it } from 'vitest';
import { decidedWarnings, evaluateWarnings } from '../../../src/shared/alliance';
import type { WarningDecision } from '../../../src/shared/domain/warningDecision';
import { caseOf, practitionerSeries } from './builders';

const bondFall = (values: number[]) =>
  evaluateWarnings(caseOf(practitionerSeries(values))).filter(
    (warning) => warning.rule === 'alliance-fall' && warning.details.element === 'bond',
  );

function decision(warningId: string, kind: WarningDecision['kind'], decidedAt: string, note?: string): WarningDecision {
  return {
    id: `d-${decidedAt}`,
    warningId,
    rule: 'alliance-fall',
    kind,
    ...(note === undefined ? {} : { note }),
    noteVisibility: 'private',
    sessions: [],
    decidedAt,
  };
}

describe('warnings with the decisions about them', () => {
  const [fall] = bondFall([8, 8, 8, 6]);
  if (fall === undefined) throw new Error('the series must fall');

  it('is active with no decision', () => {
    expect(decidedWarnings([fall], [])).toEqual([{ warning: fall, status: 'active', history: [] }]);
  });

  it('stays dismissed, with its note, while the same facts stand (a later session still below changes nothing)', () => {
    const dismissed = decision(fall.id, 'dismissed', '2024-02-01T10:00:00.000Z', 'Explained by the hearing.');
    const later = bondFall([8, 8, 8, 6, 7]);
    expect(later.map((warning) => warning.id)).toContain(fall.id);
    const joined = decidedWarnings(later, [dismissed]).find((item) => item.warning.id === fall.id);
    expect(joined).toMatchObject({ status: 'dismissed', decision: { note: 'Explained by the hearing.' } });
  });

  it('raises a new fall as a new warning, active despite the earlier dismissal', () => {
    const dismissed = decision(fall.id, 'dismissed', '2024-02-01T10:00:00.000Z', 'Explained by the hearing.');
    const again = bondFall([8, 8, 8, 6, 8, 8, 8, 8, 8, 8, 5]);
    const fresh = again.filter((warning) => warning.id !== fall.id);
    expect(fresh.length).toBeGreaterThan(0);
    for (const item of decidedWarnings(fresh, [dismissed])) expect(item.status).toBe('active');
  });

  it('lets a later decision supersede an earlier one and keeps both, oldest first, in any input order', () => {
    const first = decision(fall.id, 'dismissed', '2024-02-01T10:00:00.000Z', 'Explained by the hearing.');
    const second = decision(fall.id, 'taken-to-supervision', '2024-02-03T10:00:00.000Z');
    const [joined] = decidedWarnings([fall], [second, first]);
    expect(joined?.status).toBe('taken-to-supervision');
    expect(joined?.decision).toBe(second);
    expect(joined?.history).toEqual([first, second]);
  });

  it('is active again once reopened, its history kept', () => {
    const first = decision(fall.id, 'dismissed', '2024-02-01T10:00:00.000Z', 'Explained by the hearing.');
    const reopened = decision(fall.id, 'reopened', '2024-02-05T10:00:00.000Z');
    const [joined] = decidedWarnings([fall], [first, reopened]);
    expect(joined).toEqual({ warning: fall, status: 'active', history: [first, reopened] });
  });

  it('compares decision times as instants, offsets included', () => {
    // 09:00 at −03:00 is 12:00 UTC: after the 11:00 UTC dismissal.
    const dismissed = decision(fall.id, 'dismissed', '2024-02-01T11:00:00.000Z', 'Why.');
    const supervision = decision(fall.id, 'taken-to-supervision', '2024-02-01T09:00:00.000-03:00');
    expect(decidedWarnings([fall], [supervision, dismissed])[0]?.status).toBe('taken-to-supervision');
  });
});
