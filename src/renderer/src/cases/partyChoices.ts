import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyRole } from '../../../shared/domain/taxonomy';
import type { PartyChoice } from './GoalFields';

/** Parties as a goal's "agreed with" checkboxes name them: "Carolina (Caregiver)". */
export function usePartyChoices(parties: readonly { id: string; name: string; role: PartyRole }[]): PartyChoice[] {
  const { t } = useTranslation();
  return useMemo(
    () =>
      parties.map((party, index) => ({
        id: party.id,
        label: t('cases.parties.choice', {
          name: party.name.trim() === '' ? t('cases.parties.person', { number: index + 1 }) : party.name.trim(),
          role: t(`taxonomy.partyRoles.${party.role}`),
        }),
      })),
    [parties, t],
  );
}
