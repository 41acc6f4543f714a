/** How `settings.json` is versioned: the version this app writes, and one step per older version. */
import type { DocumentVersioning } from '../../../shared/storage/documentVersion';
import { settingsV1toV2 } from './settingsV1';

export const settingsVersion = 2;

export const settingsVersioning: DocumentVersioning = {
  subject: 'The settings file (settings.json)',
  current: settingsVersion,
  migrations: { 1: settingsV1toV2 },
};
