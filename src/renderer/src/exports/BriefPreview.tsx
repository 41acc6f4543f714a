import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { purifier, trustedHtml } from '../components/safeHtml';
import { sanitizeBriefBody } from './sanitizeBrief';
import './brief.css';

interface Props {
  preview: PreviewBriefResponse | undefined;
  busy: boolean;
}

/**
 * The brief's `<article>` exactly as the HTML export holds it, drawn with the brief's own
 * stylesheet (brief.css). Besides MarkdownPreview, the only place HTML enters the page: it is
 * sanitized again here, and carries no style attribute the page's CSP would refuse.
 */
export function BriefPreview({ preview, busy }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const helpId = useId();
  const body = preview?.body;
  const html = useMemo(() => trustedHtml(body === undefined ? '' : sanitizeBriefBody(body, purifier)), [body]);
  return (
    <section className="brief-preview" aria-labelledby={titleId} aria-describedby={helpId} aria-busy={busy}>
      <div className="brief-preview-heading">
        <h2 id={titleId}>{t('exports.preview.title')}</h2>
        <p className="help" id={helpId}>
          {t('exports.preview.help')}
        </p>
        <p className="brief-busy" aria-live="polite">
          {busy ? t('exports.preview.busy') : ''}
        </p>
      </div>
      <div className="brief-paper" data-testid="brief-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
