/**
 * Report file format 1 → 2. Format 2 keeps the facts a new report takes from the journal as data
 * (`fact`) with the practitioner's check (`check`), both optional, and reads them in the reader's
 * language. Format 1 wrote those facts as sentences in the language in use when the report was
 * made. Those sentences are not parsed back into facts: a sentence may have been edited since,
 * and guessing what it says would put words in the practitioner's mouth. They stay what format 1
 * made them, ordinary statements the practitioner saved as their draft (and, in a shared or final
 * version, what the caregiver or the court read), so the step only stamps the file.
 */
import type { MigrationStep } from '../../../shared/storage/documentVersion';

export const reportsToVersion2: MigrationStep = (document) => ({ ...document });
