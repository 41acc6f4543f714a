import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../ui/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { ErrorMessage } from '../components/ErrorMessage';
import { useContractForm } from '../ui/form/useContractForm';
import { FormActions } from '../ui/form/FormActions';
import { CheckDetails } from './CheckDetails';
import type { ReportPanelProps } from './panelProps';
import { UnsavedNotice } from './UnsavedNotice';
import { finalizeSchema } from './reportFormSchemas';
import { newestVersion } from './reportVersions';

/**
 * The checks before "final", every one listed whether it passed or not; going on past a failed
 * one needs a reason, which main keeps with the final version. Private text is the exception:
 * main refuses it whatever the reason, so the panel says how to fix it instead of asking why.
 */
export function FinalizePanel({ report, unsaved, onCancel, onDone }: ReportPanelProps) {
  const { t } = useTranslation();
  // Read again whenever a change to the report or its case makes the checks stale.
  const checking = useContractQuery('checkReport', { caseId: report.caseId, reportId: report.id });
  const checks = checking.data;
  const failure = checking.error?.shape;
  const saving = useContractMutation('finalizeReport', {
    onSuccess: (updated) => {
      const number = updated.versions.findLast((version) => version.status === 'final')?.number ?? 0;
      onDone(updated, t('reports.checks.finalized', { number }));
    },
  });

  const privateText = checks?.some((check) => check.id === 'private-text' && !check.passed) ?? false;
  const failed = checks?.some((check) => !check.passed && check.id !== 'private-text') ?? false;
  const schema = useMemo(() => finalizeSchema(report, failed), [report, failed]);
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues: { overrideReason: '' },
    mutation: saving,
  });
  const reason = form.register('overrideReason');
  const reasonMissing = form.formState.errors.overrideReason !== undefined;

  function submit(event: FormEvent): void {
    if (unsaved || privateText || checks === undefined) event.preventDefault();
    else onSubmit(event);
  }

  return (
    <InlinePanel title={t('reports.checks.title')}>
      <p className="help">{t('reports.checks.help')}</p>
      {failure !== undefined && <ErrorMessage error={failure} />}
      {checks === undefined && failure === undefined && <p role="status">{t('reports.checks.loading')}</p>}
      {checks !== undefined && (
        <ul className="reports-checks" data-testid="report-checks">
          {checks.map((check) => {
            return (
              <li key={check.id} className="reports-check" data-passed={check.passed}>
                <span className="reports-check-result">
                  {check.passed ? t('reports.checks.passed') : t('reports.checks.failed')}
                </span>
                <span className="reports-check-name">
                  {t(`reports.checks.names.${check.id}`, { count: report.reviewWorkingDays })}
                </span>
                <CheckDetails details={check.details} version={newestVersion(report)} />
              </li>
            );
          })}
        </ul>
      )}
      {checks !== undefined && !failed && !privateText && <p>{t('reports.checks.allPassed')}</p>}
      {privateText && (
        <p className="error" role="alert">
          {t('reports.checks.privateBlocks')}
        </p>
      )}
      {checks !== undefined && (
        <form ref={formRef} onSubmit={submit} noValidate>
          {failed && (
            <FormField
              label={t('reports.checks.override')}
              help={t('reports.checks.overrideHelp')}
              error={reasonMissing ? t('reports.checks.overrideMissing') : undefined}
            >
              {(control) => <textarea {...control} {...reason} className="reports-textarea" rows={3} />}
            </FormField>
          )}
          <UnsavedNotice unsaved={unsaved} />
          <FormActions
            disabled={unsaved || privateText}
            submitLabel={t('reports.checks.finalize')}
            busyLabel={t('reports.working')}
            busy={busy}
            onCancel={onCancel}
          />
        </form>
      )}
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
