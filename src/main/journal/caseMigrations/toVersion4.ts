/**
 * Case format 3 → 4. Format 4 adds the practitioner's decisions about rupture warnings
 * (`warningDecisions`) and goal attainment scaling (`goalScales`, `goalReviews`), all optional: a
 * case of format 3 has none of them, so the step only stamps it. A format-3 app refuses a record
 * of format 4 rather than drop them.
 */
import type { MigrationStep } from '../../../shared/storage/documentVersion';

export const caseToVersion4: MigrationStep = (document) => ({ ...document });
