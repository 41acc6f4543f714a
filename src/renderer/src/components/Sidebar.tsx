import { useTranslation } from 'react-i18next';
import { CaseListPanel } from '../cases/CaseListPanel';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/route';

/** The app's main destinations first (always a few keystrokes away), then the cases. */
export function Sidebar() {
  const { t } = useTranslation();
  const { route, navigate } = useNavigation();
  const destinations: { route: Route; label: string }[] = [
    { route: { screen: 'home' }, label: t('navigation.home') },
    { route: { screen: 'cases' }, label: t('cases.table.title') },
    { route: { screen: 'search' }, label: t('navigation.search') },
    { route: { screen: 'settings' }, label: t('navigation.settings') },
  ];
  return (
    <nav className="sidebar" aria-label={t('navigation.label')}>
      <p className="brand">{t('app.name')}</p>
      <ul className="sidebar-destinations">
        {destinations.map((destination) => (
          <li key={destination.route.screen}>
            <button
              type="button"
              className="sidebar-link"
              aria-current={route.screen === destination.route.screen ? 'page' : undefined}
              onClick={() => navigate(destination.route)}
            >
              {destination.label}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="sidebar-heading">{t('navigation.cases')}</h2>
      <button type="button" className="sidebar-new" onClick={() => navigate({ screen: 'new-case' })}>
        {t('navigation.newCase')}
      </button>
      <CaseListPanel />
    </nav>
  );
}
