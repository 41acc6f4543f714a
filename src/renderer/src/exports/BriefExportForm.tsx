import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { briefFormats, type BriefFormat } from '../../../shared/exports/brief/fileName';
import type {
  BriefRequest,
  ExportBriefResponse,
  PreviewBriefResponse,
  SavedExport,
} from '../../../shared/exports/requests';
import { getApi } from '../api/client';
import { FormField } from '../ui/form/FormField';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useSubmit } from '../vault/useSubmit';
import { SavedExportNotice } from './SavedExportNotice';

interface Props {
  request: BriefRequest | undefined;
  preview: PreviewBriefResponse;
  /** The preview is being rebuilt: export once it shows what will be written. */
  busy: boolean;
  onSaved: (saved: SavedExport) => void;
}

/**
 * The format and for whom, then main's save dialog. Closing the dialog writes and logs nothing,
 * so nothing changes here either.
 */
export function BriefExportForm({ request, preview, busy, onSaved }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [format, setFormat] = useState<BriefFormat>('docx');
  const [recipient, setRecipient] = useState('');
  const [saved, setSaved] = useState<SavedExport | undefined>();
  const exporting = useSubmit((response: ExportBriefResponse) => {
    if (response.status !== 'saved') return;
    setSaved(response);
    onSaved(response);
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (request === undefined) return;
    const forWhom = recipient.trim();
    setSaved(undefined);
    void exporting.submit(() =>
      getApi().exportBrief({ ...request, format, ...(forWhom === '' ? {} : { recipient: forWhom }) }),
    );
  }

  return (
    <section className="brief-card brief-export" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.export.title')}</h2>
      {preview.warnings.length > 0 && <p className="brief-pending">{t('exports.export.pendingWarnings')}</p>}
      <form onSubmit={submit}>
        <RadioChoice
          legend={t('exports.export.format')}
          options={briefFormats.map((value) => ({
            value,
            label: t(`exports.export.formats.${value}`),
            hint: preview.suggestedFileNames[value],
          }))}
          value={format}
          onChange={setFormat}
        />
        <FormField label={t('exports.export.recipient')} help={t('exports.export.recipientHelp')}>
          {(control) => (
            <input
              {...control}
              type="text"
              className="text-input"
              maxLength={200}
              value={recipient}
              onChange={(event) => setRecipient(event.target.value)}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" className="primary" disabled={request === undefined || busy || exporting.busy}>
            {exporting.busy ? t('exports.export.busy') : t('exports.export.submit')}
          </button>
        </div>
      </form>
      {exporting.error && <DamagedFileNotice error={exporting.error} onRestored={exporting.clearError} />}
      {saved !== undefined && <SavedExportNotice saved={saved} />}
    </section>
  );
}
