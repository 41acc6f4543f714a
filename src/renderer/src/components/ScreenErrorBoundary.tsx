/**
 * Around each screen: an exception while rendering it shows a plain message and the way home
 * instead of unmounting the whole window; the sidebar and status bar keep working. The message
 * never repeats the error's text, which may quote decrypted data; main's log gets where it failed.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportingErrorBoundary } from './ReportingErrorBoundary';

interface Props {
  screen: string;
  onBack: () => void;
  children: ReactNode;
}

export function ScreenErrorBoundary({ screen, onBack, children }: Props) {
  return (
    <ReportingErrorBoundary screen={screen} fallback={<ScreenFailure onBack={onBack} />}>
      {children}
    </ReportingErrorBoundary>
  );
}

function ScreenFailure({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen" role="alert" aria-labelledby="screen-failure-title" data-testid="screen-failure">
      <h1 tabIndex={-1} id="screen-failure-title">
        {t('screenFailure.title')}
      </h1>
      <p>{t('screenFailure.body')}</p>
      <button type="button" className="primary" onClick={onBack}>
        {t('screenFailure.back')}
      </button>
    </section>
  );
}
