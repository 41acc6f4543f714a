/** How `settings.json` is versioned: the version this app writes, and one step per older version. */
import type { DocumentVersioning } from '../../../shared/storage/documentVersion';
import { settingsV1toV2 } from './settingsV1';
import { settingsV2toV3 } from './settingsV2';
import { settingsV3toV4 } from './settingsV3';
import { settingsV4toV5 } from './settingsV4';

export const settingsVersion = 5;

export const settingsVersioning: DocumentVersioning = {
  subject: 'The settings file (settings.json)',
  current: settingsVersion,
  migrations: { 1: settingsV1toV2, 2: settingsV2toV3, 3: settingsV3toV4, 4: settingsV4toV5 },
};
