import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { partyLabel } from '../entries/partyLabel';
import { SelectField } from '../entries/SelectField';
import { useSubmit } from '../vault/useSubmit';
import { withAlias } from './partyAliases';

interface Props {
  journalCase: CaseWithEntries;
  word: string;
  onCancel: () => void;
  /** The case as saved, and how the chosen person is shown. */
  onSaved: (updated: Case, party: string) => void;
}

/** "This is a name": whose, then the word joins that person's other names, replaced from now on. */
export function MarkAsNameForm({ journalCase, word, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const { parties } = journalCase;
  const [partyId, setPartyId] = useState(parties[0]?.id ?? '');
  const chosen = parties.find((party) => party.id === partyId);
  // The form opens in place of its button: the keyboard lands on its one choice.
  useEffect(() => document.getElementById(selectId)?.focus(), [selectId]);
  const save = useSubmit((updated: Case) => onSaved(updated, chosen === undefined ? '' : partyLabel(chosen, t)));

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (chosen === undefined) return;
    void save.submit(() =>
      getApi().updateCase({ caseId: journalCase.id, parties: withAlias(parties, chosen.id, word) }),
    );
  }

  if (parties.length === 0) {
    return (
      <div className="brief-name-form">
        <p>{t('exports.warnings.noParties')}</p>
        <button type="button" onClick={onCancel}>
          {t('exports.warnings.cancel')}
        </button>
      </div>
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
      </SelectField>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.busy}>
          {t('exports.warnings.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('exports.warnings.cancel')}
        </button>
      </div>
      {save.error && <DamagedFileNotice error={save.error} onRestored={save.clearError} />}
    </form>
  );
}
