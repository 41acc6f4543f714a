import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import {
  commentStances,
  type CommentStance,
  type ReportSectionKind,
} from '../../../shared/domain/report/reportTaxonomy';
import { getApi } from '../api/client';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../cases/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useSubmit } from '../vault/useSubmit';

interface Props {
  report: CourtReport;
  /** The shared version the caregiver read. */
  version: number;
  section: ReportSectionKind;
  onCancel: () => void;
  onDone: (report: CourtReport, message: string) => void;
}

/** What the caregiver said about one section: agrees, disagrees or asks for a correction, in their words. */
export function CommentForm({ report, version, section, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const [stance, setStance] = useState<CommentStance>('agrees');
  const [words, setWords] = useState('');
  const [line, setLine] = useState('');
  const [date, setDate] = useState(todayDate());
  const [tried, setTried] = useState(false);
  const saving = useSubmit((updated: CourtReport) => onDone(updated, t('reports.comments.recorded')));
  const wordsMissing = tried && words.trim() === '';

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTried(true);
    if (words.trim() === '' || date === '') return;
    const pointer = line.trim();
    void saving.submit(() =>
      getApi().recordReportComment({
        caseId: report.caseId,
        reportId: report.id,
        comment: { version, section, stance, words, recordedOn: date, ...(pointer === '' ? {} : { line: pointer }) },
      }),
    );
  }

  return (
    <InlinePanel title={t('reports.comments.title', { section: t(`reports.sections.${section}`) })} level={3}>
      <form onSubmit={submit} noValidate>
        <RadioChoice
          legend={t('reports.comments.stance')}
          options={commentStances.map((value) => ({ value, label: t(`reports.comments.stances.${value}`) }))}
          value={stance}
          onChange={setStance}
        />
        <FormField
          label={t('reports.comments.words')}
          error={wordsMissing ? t('reports.comments.wordsMissing') : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              className="reports-textarea"
              rows={4}
              value={words}
              onChange={(event) => setWords(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('reports.comments.line')} help={t('reports.comments.lineHelp')}>
          {(control) => (
            <input
              {...control}
              className="text-input reports-number"
              maxLength={40}
              value={line}
              onChange={(event) => setLine(event.target.value)}
            />
          )}
        </FormField>
        <DateField label={t('reports.comments.date')} value={date} onChange={setDate} inputClassName="cases-date" />
        <FormActions submitLabel={t('reports.comments.submit')} busy={saving.busy} onCancel={onCancel} />
      </form>
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
    </InlinePanel>
  );
}
