/** The few sentences main shows itself (native dialogs), in the user's language. */
import type { Language } from '../../shared/settings/settings';

/** The same sentences in each language. */
export interface DialogText {
  openLinkQuestion: (host: string) => string;
  openButton: string;
  cancel: string;
  unsavedMessage: string;
  unsavedDetail: string;
  closeAnyway: string;
  keepEditing: string;
  saveExport: string;
  formatNames: Record<string, string>;
  saveBackup: string;
  openBackup: string;
  openImport: string;
  backupFiles: string;
  interchangeFiles: string;
  openReturnedBrief: string;
  returnedBriefFiles: string;
}

const text: Record<Language, DialogText> = {
  en: {
    openLinkQuestion: (host: string) => `Open a page on ${host} in your web browser?`,
    openButton: 'Open in browser',
    cancel: 'Cancel',
    unsavedMessage: 'You have text that is not saved yet.',
    unsavedDetail: 'Alianza keeps a draft a few seconds after you stop typing. Close anyway?',
    closeAnyway: 'Close anyway',
    keepEditing: 'Keep editing',
    saveExport: 'Save the export',
    formatNames: { docx: 'Word document', md: 'Markdown', html: 'Web page', pdf: 'PDF document' },
    saveBackup: 'Save the backup of the journal',
    openBackup: 'Choose the backup to restore',
    openImport: 'Choose the file of cases to import',
    backupFiles: 'Alianza backup',
    interchangeFiles: 'Alianza cases (JSON)',
    openReturnedBrief: 'Choose the brief your supervisor sent back',
    returnedBriefFiles: 'Brief with notes (Word, Markdown, text)',
  },
  es: {
    openLinkQuestion: (host: string) => `¿Abrir una página de ${host} en su navegador?`,
    openButton: 'Abrir en el navegador',
    cancel: 'Cancelar',
    unsavedMessage: 'Tiene texto que aún no está guardado.',
    unsavedDetail: 'Alianza guarda un borrador unos segundos después de que deja de escribir. ¿Cerrar de todas formas?',
    closeAnyway: 'Cerrar de todas formas',
    keepEditing: 'Seguir escribiendo',
    saveExport: 'Guardar la exportación',
    formatNames: { docx: 'Documento de Word', md: 'Markdown', html: 'Página web', pdf: 'Documento PDF' },
    saveBackup: 'Guardar el respaldo del diario',
    openBackup: 'Elegir el respaldo que se restaurará',
    openImport: 'Elegir el archivo de casos que se importará',
    backupFiles: 'Respaldo de Alianza',
    interchangeFiles: 'Casos de Alianza (JSON)',
    openReturnedBrief: 'Elegir la minuta que devolvió quien supervisa',
    returnedBriefFiles: 'Minuta con notas (Word, Markdown, texto)',
  },
};

export function dialogText(language: Language): DialogText {
  return text[language];
}
