import { useTranslation } from 'react-i18next';

export type Screen = 'home' | 'settings';

/** Case list (filled by the journal) and the app's main destinations. */
export function Sidebar({ current, onNavigate }: { current: Screen; onNavigate: (screen: Screen) => void }) {
  const { t } = useTranslation();
  const destinations: { screen: Screen; label: string }[] = [
    { screen: 'home', label: t('navigation.home') },
    { screen: 'settings', label: t('navigation.settings') },
  ];
  return (
    <nav className="sidebar" aria-label={t('navigation.label')}>
      <p className="brand">{t('app.name')}</p>
      <h2 className="sidebar-heading">{t('navigation.cases')}</h2>
      <p className="sidebar-empty">{t('navigation.noCases')}</p>
      <ul className="sidebar-destinations">
        {destinations.map(({ screen, label }) => (
          <li key={screen}>
            <button
              type="button"
              className="sidebar-link"
              aria-current={current === screen ? 'page' : undefined}
              onClick={() => onNavigate(screen)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
