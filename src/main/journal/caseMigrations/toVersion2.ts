/**
 * Case format 1 → 2. Format 1 is one encrypted file holding the case with all its entries, and no
 * version; format 2 keeps the same case and entries as a log of records (`caseDocument.ts`). The
 * content does not change, so the step only stamps it; the file is rewritten as a log on the
 * case's next save, and the format-1 file is kept as that save's backup.
 */
import type { MigrationStep } from '../../../shared/storage/documentVersion';

export const caseToVersion2: MigrationStep = (document) => ({ ...document });
