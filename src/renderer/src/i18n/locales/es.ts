import type { Translations } from './en';

export const es: Translations = {
  app: {
    name: 'Alianza',
    tagline: 'Bitácoras reflexivas de casos, cifradas en este computador.',
    loading: 'Abriendo Alianza…',
    startFailed: 'Alianza no pudo iniciar: {{message}}',
  },
  navigation: {
    label: 'Navegación principal',
    cases: 'Casos',
    noCases: 'Aún no hay casos.',
    home: 'Inicio',
    settings: 'Configuración',
    search: 'Buscar',
    newCase: 'Nuevo caso',
  },
  home: {
    title: 'Le damos la bienvenida a Alianza',
    body: 'Escriba una reflexión después de cada sesión, observe las tensiones en la alianza con la familia y prepare minutas de supervisión e informes al tribunal que muestren solo lo que corresponde.',
    privacyTitle: 'Su bitácora se queda aquí',
    privacyBody:
      'Todo lo que escribe se guarda en este computador. Nada sale de él salvo que usted lo exporte a propósito.',
  },
  settings: {
    title: 'Configuración',
    languageLabel: 'Idioma',
    languageHelp: 'El idioma de menús, botones y mensajes.',
    languageSystem: 'Igual que el sistema ({{language}})',
    saved: 'Guardado.',
    aboutTitle: 'Acerca de esta copia de Alianza',
    version: 'Versión',
    runtime: 'Se ejecuta en',
    runtimeElectron: 'Aplicación de escritorio (Electron {{version}})',
    runtimeBrowserHarness: 'Navegador de pruebas',
    dataDirectory: 'Carpeta de datos',
    systemLocale: 'Idioma del sistema',
  },
  languages: {
    en: 'English',
    es: 'Español',
  },
  status: {
    label: 'Estado',
    noVault: 'Ninguna bitácora abierta',
    version: 'Versión {{version}}',
  },
  damaged: {
    explain:
      'Alianza guarda las últimas cinco versiones de cada archivo. Puede recuperar la versión intacta más reciente; el archivo dañado se guarda aparte, no se borra.',
    restore: 'Recuperar la versión intacta más reciente',
  },
  errors: {
    'forbidden-sender': 'Esta solicitud no provino de Alianza y fue rechazada.',
    'unknown-channel': 'Alianza no reconoció esta solicitud.',
    'invalid-request': 'Alianza no pudo aceptar esta solicitud: {{detail}}',
    'invalid-response': 'Alianza produjo una respuesta que no pudo verificar. No se cambió nada.',
    internal: 'Algo falló dentro de Alianza. No se cambió nada.',
    'io-failure': 'Alianza no pudo leer o escribir un archivo. Sus datos anteriores están intactos.',
    'disk-full': 'El disco está lleno. No se sobrescribió nada; libere espacio e intente de nuevo.',
    'wrong-passphrase':
      'Esa frase de contraseña no abre esta bitácora. Revísela e intente de nuevo, o use su clave de recuperación.',
    'wrong-recovery-key': 'Esa clave de recuperación está bien escrita, pero no corresponde a esta bitácora.',
    'invalid-recovery-key':
      'Esa clave de recuperación tiene un error. Revise cada grupo de caracteres e intente de nuevo.',
    'weak-passphrase': 'La frase de contraseña debe tener al menos 8 caracteres.',
    integrity: 'Un archivo de la bitácora está dañado o fue modificado fuera de Alianza. No se leyó ningún dato de él.',
    'missing-file': 'Falta un archivo de la bitácora. No se escribió nada en su lugar.',
    'vault-in-use': 'Esta bitácora ya está abierta en otra ventana de Alianza o en la línea de comandos.',
    'vault-not-found': 'No hay una bitácora de Alianza en esta carpeta.',
    'vault-exists': 'Esta carpeta ya contiene una bitácora de Alianza. No se sobrescribió nada.',
    'unsupported-parameters': 'Esta bitácora usa parámetros de seguridad que Alianza rechaza, por lo que no se abrió.',
    'unsupported-format': 'Este archivo tiene un formato que esta versión de Alianza no puede leer.',
    locked: 'La bitácora está bloqueada. Desbloquéela para continuar.',
    unavailable: 'Esto no está disponible aquí. No se escribió nada.',
    'report-frozen':
      'Esta versión ya fue compartida, finalizada o presentada, así que su texto se conserva tal cual. Cree una nueva versión para cambiarla.',
    'report-step': 'El informe no está en la etapa que esto requiere. No se cambió nada.',
    'report-checks-failed':
      'Algunas verificaciones previas a la versión final no se cumplen. Indique un motivo para continuar, o corríjalas primero.',
    'report-private-text':
      'Esto pondría en el informe texto privado o solo para supervisión de la bitácora: {{detail}} Esta comprobación no se puede pasar por alto. Quite ese texto del informe o, si de verdad corresponde al informe, marque como informable la sección de la bitácora.',
    'report-not-found': 'Este informe al tribunal no está en la bitácora.',
  },
};
