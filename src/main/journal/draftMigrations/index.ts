/** How a draft file is versioned: the version this app writes, and one step per older version. */
import type { DocumentVersioning } from '../../../shared/storage/documentVersion';
import { draftV1toV2 } from './draftV1';

export const draftVersion = 2;

export const draftVersioning: DocumentVersioning = {
  subject: 'This draft',
  current: draftVersion,
  migrations: { 1: draftV1toV2 },
};
