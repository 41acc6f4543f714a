import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { attributedStatementTypes, statementTypes, type StatementType } from '../../../shared/domain/taxonomy';
import type { SectionForm } from './entryForm';
import { partyLabel } from './partyLabel';
import { SelectField } from './SelectField';

interface Props {
  section: SectionForm;
  parties: readonly Party[];
  onChange: (section: SectionForm) => void;
}

const someoneElse = 'someone-else';

function byValue(by: SectionForm['statementBy']): string {
  if (by === undefined) return '';
  return 'partyId' in by ? by.partyId : someoneElse;
}

/** For reportable text: what kind of statement it is, and whose, as court reports label them. */
export function StatementFields({ section, parties, onChange }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const type = section.statementType;
  const attributed = type !== undefined && (attributedStatementTypes as readonly StatementType[]).includes(type);
  const by = section.statementBy;

  function setType(value: string): void {
    const { statementType: _type, ...rest } = section;
    onChange(value === '' ? rest : { ...rest, statementType: value as StatementType });
  }

  function setBy(value: string): void {
    const { statementBy: _by, ...rest } = section;
    if (value === '') onChange(rest);
    else if (value === someoneElse)
      onChange({ ...rest, statementBy: { name: by !== undefined && 'name' in by ? by.name : '' } });
    else onChange({ ...rest, statementBy: { partyId: value } });
  }

  return (
    <div className="statement-fields">
      <SelectField
        label={t('entries.statement.type')}
        help={type === undefined ? t('entries.statement.help') : t(`entries.statement.hints.${type}`)}
        value={type ?? ''}
        onChange={setType}
      >
        <option value="">{t('entries.statement.notChosen')}</option>
        {statementTypes.map((statement) => (
          <option key={statement} value={statement}>
            {t(`taxonomy.statementTypes.${statement}`)}
          </option>
        ))}
      </SelectField>
      {attributed && (
        <SelectField label={t(`entries.statement.by.${type}`)} value={byValue(by)} onChange={setBy}>
          <option value="">{t('entries.statement.byNotSaid')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {partyLabel(party, t)}
            </option>
          ))}
          <option value={someoneElse}>{t('entries.statement.someoneElse')}</option>
        </SelectField>
      )}
      {attributed && by !== undefined && 'name' in by && (
        <div className="inline-field">
          <label htmlFor={nameId}>{t('entries.statement.name')}</label>
          <input
            id={nameId}
            className="text-input"
            value={by.name}
            onChange={(event) => onChange({ ...section, statementBy: { name: event.target.value } })}
          />
        </div>
      )}
    </div>
  );
}
