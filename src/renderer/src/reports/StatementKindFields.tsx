import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import { attributedStatementTypes, statementTypes, type StatementType } from '../../../shared/domain/taxonomy';
import { partyLabel } from '../entries/partyLabel';
import { SelectField } from '../entries/SelectField';

interface Props {
  statement: Statement;
  parties: readonly Party[];
  onChange: (statement: Statement) => void;
}

const someoneElse = 'someone-else';

/**
 * Fact, observation, allegation (by whom) or opinion (whose), as child-protection reports label
 * statements. Unlike a journal section, a report statement always has a kind.
 */
export function StatementKindFields({ statement, parties, onChange }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const { type, by } = statement;
  const attributed = (attributedStatementTypes as readonly StatementType[]).includes(type);
  const byValue = by === undefined ? '' : 'partyId' in by ? by.partyId : someoneElse;

  function setBy(value: string): void {
    const { by: _by, ...rest } = statement;
    if (value === '') onChange(rest);
    else if (value === someoneElse)
      onChange({ ...rest, by: { name: by !== undefined && 'name' in by ? by.name : '' } });
    else onChange({ ...rest, by: { partyId: value } });
  }

  return (
    <div className="statement-fields reports-kind-fields">
      <SelectField
        label={t('reports.statement.type')}
        value={type}
        onChange={(value) => onChange({ ...statement, type: value as StatementType })}
      >
        {statementTypes.map((option) => (
          <option key={option} value={option}>
            {t(`taxonomy.statementTypes.${option}`)}
          </option>
        ))}
      </SelectField>
      {attributed && (
        <SelectField
          label={t(`reports.statement.by.${type as 'allegation' | 'opinion'}`)}
          value={byValue}
          onChange={setBy}
        >
          <option value="">
            {type === 'opinion' ? t('reports.statement.byMine') : t('reports.statement.byNotSaid')}
          </option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {partyLabel(party, t)}
            </option>
          ))}
          <option value={someoneElse}>{t('reports.statement.someoneElse')}</option>
        </SelectField>
      )}
      {attributed && by !== undefined && 'name' in by && (
        <div className="inline-field">
          <label htmlFor={nameId}>{t('reports.statement.name')}</label>
          <input
            id={nameId}
            className="text-input"
            value={by.name}
            onChange={(event) => onChange({ ...statement, by: { name: event.target.value } })}
          />
        </div>
      )}
    </div>
  );
}
