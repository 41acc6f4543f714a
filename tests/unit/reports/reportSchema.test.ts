import { describe, expect, it } from 'vitest';
import { caregiverCommentSchema, longTextLimit, statementSchema } from '../../../src/shared/domain/report/report';

describe('the court-report record', () => {
  it('refuses a statement or a comment longer than about fifteen pages, and keeps one that fits', () => {
    const statement = { id: 's1', type: 'fact', citations: [] };
    expect(statementSchema.safeParse({ ...statement, text: 'a'.repeat(longTextLimit) }).success).toBe(true);
    expect(statementSchema.safeParse({ ...statement, text: 'a'.repeat(longTextLimit + 1) }).success).toBe(false);
    const comment = { id: 'c1', version: 1, section: 'concerns', stance: 'disagrees', recordedOn: '2025-03-20' };
    expect(caregiverCommentSchema.safeParse({ ...comment, words: 'No.' }).success).toBe(true);
    expect(caregiverCommentSchema.safeParse({ ...comment, words: 'a'.repeat(longTextLimit + 1) }).success).toBe(false);
    expect(caregiverCommentSchema.safeParse({ ...comment, words: '   ' }).success).toBe(false);
  });
});
