/**
 * Case format 2 → 3. Format 3 adds what became of planned sessions (`attendance`) and how often
 * the case plans to meet (`sessionPlan`), both optional: a case of format 2 has neither, so the
 * step only stamps it. A format-2 app refuses a record of format 3 rather than drop them.
 */
import type { MigrationStep } from '../../../shared/storage/documentVersion';

export const caseToVersion3: MigrationStep = (document) => ({ ...document });
