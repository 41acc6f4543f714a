import { useTranslation } from 'react-i18next';
import type { AliasProblem } from './caseProblems';
import { FormField } from './FormField';

export interface CaseIdentity {
  alias: string;
  reference: string;
  program: string;
}

interface Props {
  value: CaseIdentity;
  onChange: (value: CaseIdentity) => void;
  aliasProblem: AliasProblem | undefined;
  autoFocus?: boolean;
}

/** The alias, court file reference and programme: the same fields when creating and editing. */
export function CaseIdentityFields({ value, onChange, aliasProblem, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        label={t('cases.form.alias')}
        help={t('cases.form.aliasHelp')}
        error={
          aliasProblem === undefined ? undefined : t(`cases.problems.${aliasProblem}`, { alias: value.alias.trim() })
        }
      >
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={value.alias}
            autoComplete="off"
            autoFocus={autoFocus}
            required
            onChange={(event) => onChange({ ...value, alias: event.target.value })}
          />
        )}
      </FormField>
      <div className="cases-row">
        <FormField label={t('cases.form.reference')} help={t('cases.form.referenceHelp')}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={value.reference}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => onChange({ ...value, reference: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('cases.form.program')} help={t('cases.form.programHelp')}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={value.program}
              autoComplete="off"
              onChange={(event) => onChange({ ...value, program: event.target.value })}
            />
          )}
        </FormField>
      </div>
    </>
  );
}
