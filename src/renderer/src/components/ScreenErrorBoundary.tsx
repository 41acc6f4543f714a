/**
 * Around each screen: an exception while rendering it shows a plain message and the way home
 * instead of unmounting the whole window; the sidebar and status bar keep working. The message
 * never repeats the error's text, which may quote decrypted data.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onBack: () => void;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailure onBack={this.props.onBack} /> : this.props.children;
  }
}

function ScreenFailure({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen" role="alert" aria-labelledby="screen-failure-title" data-testid="screen-failure">
      <h1 id="screen-failure-title">{t('screenFailure.title')}</h1>
      <p>{t('screenFailure.body')}</p>
      <button type="button" className="primary" onClick={onBack}>
        {t('screenFailure.back')}
      </button>
    </section>
  );
}
