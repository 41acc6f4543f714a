import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { partyLabel } from '../entries/partyLabel';
import { SelectField } from '../ui/form/SelectField';
import { useSubmit } from '../vault/useSubmit';
import { withAlias } from './partyAliases';

interface Props {
  journalCase: CaseWithEntries;
  word: string;
  /** The pseudonym someone outside the case would get. */
  nextOtherPseudonym: string;
  onCancel: () => void;
  /** The case as saved, and how the chosen person is shown. */
  onSaved: (updated: Case, party: string) => void;
  /** The word now names someone outside the case, with this pseudonym. */
  onOtherSaved: (pseudonym: string) => void;
}

/** The choice that means "someone not in this case": not a party id, which are never empty-prefixed. */
const someoneElse = ':other';

/**
 * "This is a name": whose, then the word joins that person's other names, replaced from now on;
 * or it names someone outside the case (a neighbour, a new partner), who gets a pseudonym of
 * their own ("Person B") instead of being taken for one of the family.
 */
export function MarkAsNameForm({ journalCase, word, nextOtherPseudonym, onCancel, onSaved, onOtherSaved }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const { parties } = journalCase;
  const [partyId, setPartyId] = useState(parties[0]?.id ?? someoneElse);
  const chosen = parties.find((party) => party.id === partyId);
  // The form opens in place of its button: the keyboard lands on its one choice.
  useEffect(() => document.getElementById(selectId)?.focus(), [selectId]);
  const save = useSubmit((updated: Case) => onSaved(updated, chosen === undefined ? '' : partyLabel(chosen, t)));
  const saveOther = useSubmit(() => onOtherSaved(nextOtherPseudonym));

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (partyId === someoneElse) {
      void saveOther.submit(() => getApi().decideBriefReview({ caseId: journalCase.id, action: 'other-person', word }));
      return;
    }
    if (chosen === undefined) return;
    void save.submit(() =>
      getApi().updateCase({ caseId: journalCase.id, parties: withAlias(parties, chosen.id, word) }),
    );
  }

  return (
    <form className="brief-name-form" onSubmit={submit}>
      <SelectField
        id={selectId}
        label={t('exports.warnings.whose', { word })}
        value={partyId}
        className="cases-field"
        onChange={setPartyId}
      >
        {parties.map((party) => (
          <option key={party.id} value={party.id}>
            {partyLabel(party, t)}
          </option>
        ))}
        <option value={someoneElse}>{t('exports.warnings.someoneElse', { pseudonym: nextOtherPseudonym })}</option>
      </SelectField>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.busy || saveOther.busy}>
          {t('exports.warnings.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('exports.warnings.cancel')}
        </button>
      </div>
      {save.error && <DamagedFileNotice error={save.error} onRestored={save.clearError} />}
      {saveOther.error && <DamagedFileNotice error={saveOther.error} onRestored={saveOther.clearError} />}
    </form>
  );
}
