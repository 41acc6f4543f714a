import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings/settings';
import { en } from './locales/en';
import { es } from './locales/es';

export const resources = { en: { translation: en }, es: { translation: es } } as const;

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
