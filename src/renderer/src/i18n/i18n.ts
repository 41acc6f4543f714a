import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings/settings';
import { english, spanish } from './locales';

export const resources = { en: { translation: english }, es: { translation: spanish } } as const;

/** One i18next instance for the renderer, started in the language the settings call for. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    interpolation: { escapeValue: false }, // React escapes.
  });
  return instance;
}
