import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../ui/form/FormField';
import type { IdentityValues } from './caseFormSchemas';
import type { AliasProblem } from './caseProblems';

interface Props {
  /** Binds a field to the form: `form.register`. */
  register: (name: keyof IdentityValues) => UseFormRegisterReturn;
  /** The alias as typed, for the message that says it is taken. */
  alias: string;
  aliasProblem: AliasProblem | undefined;
  autoFocus?: boolean;
}

/** The alias, court file reference and programme: the same fields when creating and editing. */
export function CaseIdentityFields({ register, alias, aliasProblem, autoFocus }: Props) {
  const { t } = useTranslation();
  const fields = { alias: register('alias'), reference: register('reference'), program: register('program') };
  return (
    <>
      <FormField
        label={t('cases.form.alias')}
        help={t('cases.form.aliasHelp')}
        error={aliasProblem === undefined ? undefined : t(`cases.problems.${aliasProblem}`, { alias: alias.trim() })}
      >
        {(control) => (
          <input
            {...control}
            {...fields.alias}
            className="text-input"
            autoComplete="off"
            autoFocus={autoFocus}
            required
          />
        )}
      </FormField>
      <div className="cases-row">
        <FormField label={t('cases.form.reference')} help={t('cases.form.referenceHelp')}>
          {(control) => (
            <input {...control} {...fields.reference} className="text-input" autoComplete="off" spellCheck={false} />
          )}
        </FormField>
        <FormField label={t('cases.form.program')} help={t('cases.form.programHelp')}>
          {(control) => <input {...control} {...fields.program} className="text-input" autoComplete="off" />}
        </FormField>
      </div>
    </>
  );
}
