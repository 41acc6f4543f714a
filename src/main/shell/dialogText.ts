/** The few sentences main shows itself (native dialogs), in the user's language. */
import type { Language } from '../../shared/settings/settings';

const text = {
  en: {
    openExternal: (host: string) => `Open a page on ${host} in your web browser?`,
    openButton: 'Open in browser',
    cancel: 'Cancel',
    unsavedMessage: 'You have text that is not saved yet.',
    unsavedDetail: 'Alianza keeps a draft a few seconds after you stop typing. Close anyway?',
    closeAnyway: 'Close anyway',
    keepEditing: 'Keep editing',
  },
  es: {
    openExternal: (host: string) => `¿Abrir una página de ${host} en su navegador?`,
    openButton: 'Abrir en el navegador',
    cancel: 'Cancelar',
    unsavedMessage: 'Tiene texto que aún no está guardado.',
    unsavedDetail: 'Alianza guarda un borrador unos segundos después de que deja de escribir. ¿Cerrar de todas formas?',
    closeAnyway: 'Cerrar de todas formas',
    keepEditing: 'Seguir escribiendo',
  },
} as const;

export type DialogText = (typeof text)[Language];

export function dialogText(language: Language): DialogText {
  return text[language];
}
