import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../cases/useUnsavedGuard';
import { useNavigation } from '../navigation/NavigationContext';
import { SupervisionForm } from './SupervisionForm';
import '../cases/cases.css';
import './supervision.css';

/**
 * Recording a supervision from Home, for whichever cases it touched: no case is chosen first.
 * Once saved, the first case's Supervision tab opens at the record, which names the others.
 */
export function SupervisionScreen() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [dirty, setDirty] = useState(false);
  const leaveQuestion = t('cases.form.leaveQuestion');
  const release = useUnsavedGuard(dirty, leaveQuestion);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  // Leaving asks first while something is typed (the guard).
  const home = () => navigate({ screen: 'home' });
  return (
    <section className="screen cases-screen supervision-screen" aria-labelledby="supervision-screen-title">
      <button type="button" className="link-button" onClick={home}>
        {t('supervision.screen.back')}
      </button>
      <h1 id="supervision-screen-title">{t('supervision.tab')}</h1>
      <p className="help">{t('supervision.screen.intro')}</p>
      <SupervisionForm
        level={2}
        onDirtyChange={onDirtyChange}
        onCancel={home}
        onSaved={([first]) => {
          release();
          setDirty(false);
          if (first !== undefined)
            navigate({ screen: 'case', caseId: first.caseId, tab: 'supervision', supervisionPart: first.part.id });
        }}
      />
    </section>
  );
}
