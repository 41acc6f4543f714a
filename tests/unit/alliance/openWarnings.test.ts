/**
 * The home queue's lines: only active warnings, each dated by the newest session or missed
 * session behind it, newest first, then by case.
 */
import { describe, expect, it } from 'vitest';
import { decidedWarnings, evaluateWarnings } from '../../../src/shared/alliance';
import { openWarningsOf, queueOrder, type OpenWarning } from '../../../src/shared/alliance/openWarnings';
import { attendance, caseOf, dayOf, practitionerSeries } from './builders';

describe('the home queue of open warnings', () => {
  it('keeps the active warnings only, named by their case and dated by their newest session', () => {
    const warnings = evaluateWarnings(caseOf(practitionerSeries([8, 8, 8, 4])));
    const [first, ...rest] = warnings;
    if (first === undefined) throw new Error('the series must fall');
    const decided = decidedWarnings(warnings, [
      {
        id: 'd1',
        warningId: first.id,
        rule: first.rule,
        kind: 'dismissed',
        note: 'Talked it over.',
        noteVisibility: 'private',
        sessions: [],
        decidedAt: '2024-02-01T10:00:00.000Z',
      },
    ]);
    const listed = openWarningsOf({ id: 'c1', alias: 'Family A.' }, decided);
    expect(listed.map((warning) => warning.warningId)).toEqual(rest.map((warning) => warning.id));
    expect(listed[0]).toMatchObject({ caseId: 'c1', caseAlias: 'Family A.', latestDate: dayOf(3) });
    // Each element's fall is its own line, named by its element.
    expect(listed.map((warning) => warning.element)).toEqual(
      rest.map((warning) => ('element' in warning.details ? warning.details.element : undefined)),
    );
    expect(new Set(listed.map((warning) => warning.element)).size).toBe(listed.length);
  });

  it('dates a warning drawn from missed sessions by the newest one missed', () => {
    const input = caseOf([], attendance(['held', 'not-attended', 'held', 'cancelled-by-family'], 10));
    const listed = openWarningsOf({ id: 'c1', alias: 'Family A.' }, decidedWarnings(evaluateWarnings(input)));
    expect(listed).toEqual([expect.objectContaining({ rule: 'engagement-risk', latestDate: dayOf(13) })]);
  });

  it('orders the newest first, undated last, then by case alias', () => {
    const line = (caseAlias: string, latestDate?: string): OpenWarning => ({
      caseId: caseAlias,
      caseAlias,
      warningId: `${caseAlias}-${latestDate ?? 'none'}`,
      rule: 'unrecorded-repair',
      level: 'prompt',
      ...(latestDate === undefined ? {} : { latestDate }),
    });
    const ordered = queueOrder([line('B'), line('B', '2025-01-02'), line('A', '2025-01-02'), line('C', '2025-03-01')]);
    expect(ordered.map((warning) => warning.warningId)).toEqual([
      'C-2025-03-01',
      'A-2025-01-02',
      'B-2025-01-02',
      'B-none',
    ]);
  });
});
