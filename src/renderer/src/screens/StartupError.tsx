import { useTranslation } from 'react-i18next';

/** Shown when the bridge to main is missing or the first calls fail. */
export function StartupError({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{t('app.startFailed', { message })}</p>
    </main>
  );
}
