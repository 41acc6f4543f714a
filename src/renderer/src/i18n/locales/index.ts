/** Every UI text, per language: the core texts plus one tree per feature. */
import { allianceEn } from './alliance.en';
import { allianceEs } from './alliance.es';
import { casesEn } from './cases.en';
import { casesEs } from './cases.es';
import { en } from './en';
import { entriesEn } from './entries.en';
import { entriesEs } from './entries.es';
import { es } from './es';
import { gasEn } from './gas.en';
import { gasEs } from './gas.es';
import { exportsEn } from './exports.en';
import { exportsEs } from './exports.es';
import { reportsEn } from './reports.en';
import { reportsEs } from './reports.es';
import { queueEn } from './queue.en';
import { queueEs } from './queue.es';
import { supervisionEn } from './supervision.en';
import { supervisionEs } from './supervision.es';
import type { TranslationsOf } from './shape';
import { taxonomyEn } from '../../../../shared/i18n/taxonomy.en';
import { taxonomyEs } from '../../../../shared/i18n/taxonomy.es';
import { vaultEn } from './vault.en';
import { vaultEs } from './vault.es';

export const english = {
  ...en,
  vault: vaultEn,
  taxonomy: taxonomyEn,
  cases: casesEn,
  entries: entriesEn,
  exports: exportsEn,
  reports: reportsEn,
  alliance: allianceEn,
  gas: gasEn,
  supervision: supervisionEn,
  queue: queueEn,
} as const;

export const spanish: TranslationsOf<typeof english> = {
  ...es,
  vault: vaultEs,
  taxonomy: taxonomyEs,
  cases: casesEs,
  entries: entriesEs,
  exports: exportsEs,
  reports: reportsEs,
  alliance: allianceEs,
  gas: gasEs,
  supervision: supervisionEs,
  queue: queueEs,
};
