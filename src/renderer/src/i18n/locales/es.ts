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
  screenFailure: {
    title: 'Esta pantalla dejó de funcionar',
    body: 'Algo falló al mostrarla. Su bitácora está a salvo: no se cambió nada. El resto de Alianza sigue funcionando.',
    back: 'Volver al inicio',
  },
  shellFailure: {
    title: 'Alianza dejó de funcionar',
    body: 'Algo falló al mostrar la ventana. Su bitácora está a salvo: no se cambió nada y sigue bloqueada o abierta como estaba. Vuelva a cargar la ventana para seguir.',
    reload: 'Volver a cargar la ventana',
  },
  home: {
    title: 'Le damos la bienvenida a Alianza',
    body: 'Escriba una reflexión después de cada sesión, observe las tensiones en la alianza con la familia y prepare minutas de supervisión e informes al tribunal que muestren solo lo que corresponde.',
    privacyTitle: 'Su bitácora se queda aquí',
    privacyBody:
      'Todo lo que escribe se guarda en este computador. Nada sale de él salvo que usted lo exporte a propósito.',
    warnings: {
      title: 'Alertas de alianza por revisar',
      loading: 'Leyendo las alertas de alianza de sus casos abiertos…',
      none: 'Ningún caso abierto tiene alertas de alianza pendientes. Las alertas que descartó o llevó a supervisión quedan en la pestaña Alianza de cada caso.',
      count_one: '{{count}} alerta en {{cases}}, las más recientes primero.',
      count_other: '{{count}} alertas en {{cases}}, las más recientes primero.',
      cases_one: '{{count}} caso',
      cases_other: '{{count}} casos',
      levelAndRule: '{{level}}: {{rule}}',
      latest: 'Última sesión considerada: {{date}}',
      boundary:
        'Una alerta es una invitación a reflexionar y a llevar el caso a supervisión, nunca una calificación de la familia. Ábrala para ver sus razones en la pestaña Alianza del caso.',
    },
    actions: {
      title: 'Acordado en supervisión',
      loading: 'Leyendo las acciones acordadas en supervisión…',
      none: 'No hay acciones acordadas en supervisión pendientes.',
      count_one: '{{count}} acción pendiente, la más próxima primero.',
      count_other: '{{count}} acciones pendientes, las más próximas primero.',
      due: 'para el {{date}}',
      overdue: 'atrasada desde el {{date}}',
      noDue: 'sin fecha acordada',
      agreed: 'acordada con {{supervisor}} el {{date}}',
    },
    hearings: {
      title: 'Próximas audiencias',
      loading: 'Leyendo los informes al tribunal de sus casos…',
      none: 'Ningún informe al tribunal espera una audiencia. Cree uno desde la pestaña «Informes al tribunal» de un caso.',
      noDate: 'Sin fecha de audiencia',
      steps: {
        setHearingDate:
          'Indique la fecha de la audiencia para saber cuándo debe tener la persona cuidadora la copia para revisión.',
        shareBy: 'Comparta la copia para revisión con la persona cuidadora a más tardar el {{date}}.',
        shareLate_zero:
          'Aún no compartida: si la comparte hoy, la persona cuidadora no tendría ningún día hábil antes de la audiencia, menos de lo que usted fijó ({{required}}).',
        shareLate_one:
          'Aún no compartida: si la comparte hoy, la persona cuidadora tendría {{count}} día hábil, menos de lo que usted fijó ({{required}}).',
        shareLate_other:
          'Aún no compartida: si la comparte hoy, la persona cuidadora tendría {{count}} días hábiles, menos de lo que usted fijó ({{required}}).',
        shared:
          'Copia para revisión compartida el {{date}}: registre los comentarios de la persona cuidadora y luego finalice.',
        sharedLate_zero:
          'Copia para revisión compartida el {{date}}: ningún día hábil antes de la audiencia, menos de lo que usted fijó ({{required}}).',
        sharedLate_one:
          'Copia para revisión compartida el {{date}}: {{count}} día hábil antes de la audiencia, menos de lo que usted fijó ({{required}}).',
        sharedLate_other:
          'Copia para revisión compartida el {{date}}: {{count}} días hábiles antes de la audiencia, menos de lo que usted fijó ({{required}}).',
        final: 'Final: expórtelo para el tribunal y márquelo como presentado.',
      },
    },
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
    holidays: {
      title: 'Feriados',
      help: 'Los días hábiles antes de una audiencia descuentan los feriados de este país, y los de la región donde tiene feriados propios. Las conmemoraciones que no son feriado no se descuentan. Mientras no elija, en español se usa Chile.',
      country: 'País',
      none: 'Ninguno: solo se descuentan los fines de semana',
      region: 'Región',
      wholeCountry: 'Todo el país (sin feriados regionales)',
    },
  },
  progress: {
    tasks: {
      import: 'Importando casos…',
      backup: 'Respaldando la bitácora…',
      restore: 'Restaurando el respaldo…',
      verify: 'Revisando cada archivo…',
      'search-index': 'Preparando la búsqueda…',
      export: 'Exportando…',
      rotate: 'Volviendo a cifrar la bitácora con una clave nueva…',
    },
    units: {
      files_one: '{{done}} de {{count}} archivo',
      files_other: '{{done}} de {{count}} archivos',
      cases_one: '{{done}} de {{count}} caso',
      cases_other: '{{done}} de {{count}} casos',
      steps_one: 'paso {{done}} de {{count}}',
      steps_other: 'paso {{done}} de {{count}}',
    },
  },
  care: {
    title: 'Respaldos y revisiones',
    intro:
      'Un respaldo es un solo archivo con toda la bitácora, todavía cifrado: guárdelo en otro disco. La revisión descifra cada archivo y le avisa si alguno está dañado o falta.',
    backup: 'Respaldar la bitácora…',
    backedUp_one: 'Se respaldó {{count}} archivo cifrado en {{file}}.',
    backedUp_other: 'Se respaldaron {{count}} archivos cifrados en {{file}}.',
    verify: 'Revisar cada archivo',
    verified_one:
      'Se revisó {{count}} archivo: se descifró y pasó su control, y la lista de casos coincide con los archivos.',
    verified_other:
      'Se revisaron {{count}} archivos: todos se descifraron y pasaron su control, y la lista de casos coincide con los archivos.',
    problems_one: 'Se revisaron {{checked}} archivos; {{count}} problema:',
    problems_other: 'Se revisaron {{checked}} archivos; {{count}} problemas:',
    problemKinds: {
      current: 'Dañado',
      backup: 'Copia de seguridad dañada',
      unknown: 'No es un archivo de Alianza',
      missing: 'Falta',
      orphaned: 'No pertenece a ningún caso',
    },
    oldIndex:
      'La lista de casos fue escrita por una versión anterior, así que no se pudo notar si falta un registro de exportaciones o un archivo de informes. El próximo cambio a la bitácora los registra.',
    importTitle: 'Importar casos',
    importHelp:
      'Agrega los casos de un archivo JSON de Alianza (de «alianza export-json» o de otro computador). Todo o nada: un archivo con un error no cambia nada.',
    import: 'Importar casos…',
    imported_one: 'Se importó {{count}} caso con {{entries}} reflexiones y {{reports}} informes al tribunal.',
    imported_other: 'Se importaron {{count}} casos con {{entries}} reflexiones y {{reports}} informes al tribunal.',
  },
  ui: {
    copy: {
      button: 'Copiar',
      copied: 'Copiado',
      failed: 'No se pudo copiar aquí: el texto completo quedó seleccionado abajo; presione Ctrl+C (⌘C en un Mac).',
    },
    hash: {
      whole: '{{name}}: {{value}}',
      copy: 'Copiar el {{name}} completo',
    },
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
  rolledBack: {
    explain_one:
      'Alianza abrió esta bitácora solo para lectura: uno de sus archivos es más antiguo que el registro que la propia bitácora tiene de él, como cuando se vuelve a poner una copia anterior de la carpeta (desde un disco de respaldo, una carpeta sincronizada u otro computador). Guardar encima haría que ese estado anterior pase a ser el de la bitácora, así que por ahora no se guarda nada. El archivo:',
    explain_other:
      'Alianza abrió esta bitácora solo para lectura: {{count}} de sus archivos son más antiguos que el registro que la propia bitácora tiene de ellos, como cuando se vuelve a poner una copia anterior de la carpeta (desde un disco de respaldo, una carpeta sincronizada u otro computador). Guardar encima haría que ese estado anterior pase a ser el de la bitácora, así que por ahora no se guarda nada. Los archivos:',
    choices:
      'Puede seguir leyendo y exportando. Para recuperar el estado más reciente, bloquee la bitácora, vuelva a poner en su lugar la copia más reciente de su carpeta (o restaure un respaldo en una carpeta nueva y abra esa), y desbloquee otra vez. Si usted volvió a poner estas copias a propósito, conserve el estado encontrado.',
    keep: 'Conservar el estado encontrado y seguir escribiendo',
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
    'read-only':
      'La bitácora está abierta solo para lectura porque no se pudo escribir en su carpeta (puede que el disco esté lleno). Puede leer y hacer copias de seguridad, pero no se puede guardar nada. Libere espacio y luego bloquee y desbloquee la bitácora.',
    'write-unconfirmed':
      'El cambio se guardó, pero el disco no confirmó que quedó almacenado de forma segura. No se deshizo nada. Revise el disco y haga pronto una copia de seguridad.',
    'wrong-passphrase':
      'Esa frase de acceso no abre esta bitácora. Revísela e intente de nuevo, o use su clave de recuperación.',
    'wrong-recovery-key': 'Esa clave de recuperación está bien escrita, pero no corresponde a esta bitácora.',
    'invalid-recovery-key':
      'Esa clave de recuperación tiene un error. Revise cada grupo de caracteres e intente de nuevo.',
    'weak-passphrase':
      'La frase de acceso debe tener al menos {{minimum}} caracteres y ser difícil de adivinar: varias palabras sin relación entre sí sirven bien.',
    integrity: 'Un archivo de la bitácora está dañado o fue modificado fuera de Alianza. No se leyó ningún dato de él.',
    'missing-file': 'Falta un archivo de la bitácora. No se escribió nada en su lugar.',
    'vault-in-use': 'Esta bitácora ya está abierta en otra ventana de Alianza o en la línea de comandos.',
    'vault-not-found': 'No hay una bitácora de Alianza en esta carpeta.',
    'vault-exists': 'Esta carpeta ya contiene una bitácora de Alianza. No se sobrescribió nada.',
    'unsupported-parameters': 'Esta bitácora usa parámetros de seguridad que Alianza rechaza, por lo que no se abrió.',
    'unsupported-format':
      'Este archivo tiene un formato que esta versión de Alianza no puede leer; quizás lo escribió una versión más nueva de Alianza: actualice Alianza para abrirlo. El archivo quedó tal como estaba.',
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
    'deidentification-incomplete':
      'La minuta no se guardó: leída de nuevo tal como se escribiría, todavía contiene algo que identifica a la familia ({{detail}}). Revise los seudónimos que escribió y las advertencias, y vuelva a exportar.',
  },
};
