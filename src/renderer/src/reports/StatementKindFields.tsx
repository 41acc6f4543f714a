import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import { attributedStatementTypes, statementTypes, type StatementType } from '../../../shared/domain/taxonomy';
import { SelectField } from '../ui/form/SelectField';
import { StatementByFields } from '../entries/StatementByFields';

interface Props {
  statement: Statement;
  parties: readonly Party[];
  onChange: (statement: Statement) => void;
}

/**
 * Fact, observation, allegation (by whom) or opinion (whose), as child-protection reports label
 * statements. Unlike a journal section, a report statement always has a kind, and an opinion
 * nobody else holds is the practitioner's own.
 */
export function StatementKindFields({ statement, parties, onChange }: Props) {
  const { t } = useTranslation();
  const { type } = statement;
  const attributed = (attributedStatementTypes as readonly StatementType[]).includes(type);
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
        <StatementByFields
          label={t(`reports.statement.by.${type as 'allegation' | 'opinion'}`)}
          emptyLabel={type === 'opinion' ? t('reports.statement.byMine') : t('reports.statement.byNotSaid')}
          by={statement.by}
          parties={parties}
          onChange={(by) => {
            const { by: _by, ...rest } = statement;
            onChange(by === undefined ? rest : { ...rest, by });
          }}
        />
      )}
      {type === 'allegation' && statement.by === undefined && (
        <p className="help reports-needs-by">{t('reports.statement.allegationNeedsBy')}</p>
      )}
    </div>
  );
}
