import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { StatementBy } from '../../../shared/domain/section';
import { partyLabel } from './partyLabel';
import { SelectField } from '../ui/form/SelectField';

interface Props {
  /** "Who alleges it" or "Whose opinion". */
  label: string;
  /** What choosing no one means: "Not said", or the practitioner's own opinion. */
  emptyLabel: string;
  by: StatementBy | undefined;
  parties: readonly Party[];
  onChange: (by: StatementBy | undefined) => void;
}

const someoneElse = 'someone-else';

/**
 * Whose allegation or opinion it is: a party of the case, or someone else by name. Shared by the
 * journal's reportable sections and the statements of a court report.
 */
export function StatementByFields({ label, emptyLabel, by, parties, onChange }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const value = by === undefined ? '' : 'partyId' in by ? by.partyId : someoneElse;

  function choose(next: string): void {
    if (next === '') onChange(undefined);
    else if (next === someoneElse) onChange({ name: by !== undefined && 'name' in by ? by.name : '' });
    else onChange({ partyId: next });
  }

  return (
    <>
      <SelectField label={label} value={value} onChange={choose}>
        <option value="">{emptyLabel}</option>
        {parties.map((party) => (
          <option key={party.id} value={party.id}>
            {partyLabel(party, t)}
          </option>
        ))}
        <option value={someoneElse}>{t('entries.statement.someoneElse')}</option>
      </SelectField>
      {by !== undefined && 'name' in by && (
        <div className="inline-field">
          <label htmlFor={nameId}>{t('entries.statement.name')}</label>
          <input
            id={nameId}
            className="text-input"
            value={by.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        </div>
      )}
    </>
  );
}
