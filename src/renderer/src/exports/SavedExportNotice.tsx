import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedExport } from '../../../shared/exports/requests';
import { CopyButton } from '../ui/CopyButton';

/**
 * Where the file went and its fingerprint, to compare with what the supervisor received, and what
 * could not be confirmed after it was saved (the file is in place either way).
 */
export function SavedExportNotice({ saved }: { saved: SavedExport }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), [saved]);
  return (
    <div className="brief-saved" data-testid="brief-saved">
      <p className="brief-saved-title" ref={heading} tabIndex={-1}>
        {t('exports.export.saved')}
      </p>
      <dl className="facts">
        <dt>{t('exports.export.path')}</dt>
        <dd className="path">{saved.path}</dd>
        <dt>{t('exports.export.sha256')}</dt>
        <dd>
          <span className="path brief-hash">{saved.sha256}</span>{' '}
          <CopyButton value={saved.sha256} label={t('ui.hash.copy', { name: t('exports.export.sha256') })} />
        </dd>
      </dl>
      {(saved.notices ?? []).map((notice) => (
        <p key={notice} className="notice" role="alert">
          {t(`exports.export.notices.${notice}`)}
        </p>
      ))}
    </div>
  );
}
