/** The steps that bring an older export file up to `caseExportsVersion`, one per version. */
import { exportsV1toV2 } from './exportsV1';
import { exportsV2toV3 } from './exportsV2';

export const exportsMigrations: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>> = {
  1: exportsV1toV2,
  2: exportsV2toV3,
};
