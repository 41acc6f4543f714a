import { useTranslation } from 'react-i18next';

/** Said in a form that works on the saved text while the editor holds more. */
export function UnsavedNotice({ unsaved }: { unsaved: boolean }) {
  const { t } = useTranslation();
  if (!unsaved) return null;
  return (
    <p className="reports-window reports-window-warning" role="alert">
      {t('reports.editor.saveFirst')}
    </p>
  );
}
