/**
 * Case format 4 → 5. Format 5 adds the case's part of each supervision (`supervisions`: what was
 * discussed, the supervisor's remarks, agreed actions, notes sent back in a brief), optional: a
 * case of format 4 has none, so the step only stamps it. A format-4 app refuses a record of
 * format 5 rather than drop them.
 */
import type { MigrationStep } from '../../../shared/storage/documentVersion';

export const caseToVersion5: MigrationStep = (document) => ({ ...document });
