import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { attributedStatementTypes, statementTypes, type StatementType } from '../../../shared/domain/taxonomy';
import type { SectionForm } from './entryForm';
import { SelectField } from '../ui/form/SelectField';
import { StatementByFields } from './StatementByFields';

interface Props {
  section: SectionForm;
  parties: readonly Party[];
  onChange: (section: SectionForm) => void;
}

/** For reportable text: what kind of statement it is, and whose, as court reports label them. */
export function StatementFields({ section, parties, onChange }: Props) {
  const { t } = useTranslation();
  const type = section.statementType;
  const attributed = type !== undefined && (attributedStatementTypes as readonly StatementType[]).includes(type);

  function setType(value: string): void {
    const { statementType: _type, ...rest } = section;
    onChange(value === '' ? rest : { ...rest, statementType: value as StatementType });
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
        <StatementByFields
          label={t(`entries.statement.by.${type}`)}
          emptyLabel={t('entries.statement.byNotSaid')}
          by={section.statementBy}
          parties={parties}
          onChange={(by) => {
            const { statementBy: _by, ...rest } = section;
            onChange(by === undefined ? rest : { ...rest, statementBy: by });
          }}
        />
      )}
    </div>
  );
}
