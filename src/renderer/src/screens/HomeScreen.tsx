import { useTranslation } from 'react-i18next';
import { HearingAgenda } from '../home/HearingAgenda';
import { HomeActions } from '../home/HomeActions';
import { HomeWarnings } from '../home/HomeWarnings';

export function HomeScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="home-title">
      <h1 tabIndex={-1} id="home-title">
        {t('home.title')}
      </h1>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('home.body')}</p>
      <HomeWarnings />
      <HomeActions />
      <HearingAgenda />
      <div className="callout">
        <h2>{t('home.privacyTitle')}</h2>
        <p>{t('home.privacyBody')}</p>
      </div>
    </section>
  );
}
