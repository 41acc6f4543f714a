/**
 * Around the whole window: when the shell itself fails to render (the sidebar, the status bar,
 * a gate), a plain message and a reload instead of a blank window. The journal in main is not
 * touched: it stays locked or open as it was.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportingErrorBoundary } from './ReportingErrorBoundary';

export function ShellErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ReportingErrorBoundary screen="shell" fallback={<ShellFailure />}>
      {children}
    </ReportingErrorBoundary>
  );
}

function ShellFailure() {
  const { t } = useTranslation();
  return (
    <main className="screen" role="alert" aria-labelledby="shell-failure-title" data-testid="shell-failure">
      <h1 id="shell-failure-title">{t('shellFailure.title')}</h1>
      <p>{t('shellFailure.body')}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('shellFailure.reload')}
      </button>
    </main>
  );
}
