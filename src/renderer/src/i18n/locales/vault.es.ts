import type { TranslationsOf } from './shape';
import type { vaultEn } from './vault.en';

export const vaultEs: TranslationsOf<typeof vaultEn> = {
  create: {
    title: 'Cree su bitácora cifrada',
    intro:
      'Alianza guarda su bitácora de casos cifrada en este computador. Elija una frase de acceso: la escribirá cada vez que abra Alianza.',
    forgetTitle: 'Si olvida la frase de acceso',
    forgetBody:
      'Nadie puede abrir la bitácora sin la frase de acceso o la clave de recuperación, ni siquiera quienes hacen Alianza. En la siguiente pantalla recibirá una clave de recuperación: imprímala o guárdela en un lugar seguro, lejos de este computador.',
    passphrase: 'Frase de acceso',
    passphraseHelp:
      'Al menos {{minimum}} caracteres. Varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.',
    confirm: 'Escriba la frase de acceso otra vez',
    mismatch: 'Las dos frases de acceso no coinciden.',
    submit: 'Crear bitácora',
    working: 'Creando la bitácora… esto toma un momento.',
    restoreTitle: '¿Se cambia a este computador?',
    restoreHelp:
      'Si tiene un respaldo de su bitácora (un archivo .alzb hecho en Alianza o con «alianza backup»), restáurelo aquí en vez de crear una bitácora nueva. La abrirá con su frase de acceso.',
    restore: 'Restaurar un respaldo…',
    restored_one: 'Se restauró {{count}} archivo cifrado. Abra la bitácora con su frase de acceso.',
    restored_other: 'Se restauraron {{count}} archivos cifrados. Abra la bitácora con su frase de acceso.',
  },
  strength: {
    label: 'Seguridad: {{level}}',
    levels: {
      '0': 'demasiado corta',
      '1': 'débil',
      '2': 'aceptable',
      '3': 'buena',
      '4': 'fuerte',
    },
    hints: {
      tooShort: 'Use al menos {{minimum}} caracteres.',
      addWords: 'Agregue una o dos palabras más.',
      repeated: 'Evite caracteres repetidos.',
      common: 'Evite palabras y contraseñas comunes.',
    },
  },
  kit: {
    title: 'Su kit de recuperación',
    intro: 'Esta clave de recuperación abre su bitácora si olvida su frase de acceso. Alianza no la volverá a mostrar.',
    keyLabel: 'Clave de recuperación',
    instructions:
      'Imprima esta página o anote la clave, y guárdela en un lugar seguro y lejos de este computador, como guardaría una carpeta de caso.',
    print: 'Imprimir kit de recuperación',
    copy: 'Copiar la clave de recuperación',
    copyHelp:
      'La clave copiada queda en el portapapeles, donde otros programas pueden leerla: péguela donde la guarde segura y luego copie otra cosa.',
    replaced:
      'Esta es una clave de recuperación nueva: la anterior ya no abre su bitácora. Destruya el kit anterior o el papel donde la anotó.',
    acknowledge: 'Imprimí o anoté la clave de recuperación y la guardé en un lugar seguro.',
    continue: 'Continuar a mi bitácora',
    printedOn: 'Carpeta de la bitácora: {{directory}}',
  },
  unlock: {
    title: 'Abra su bitácora',
    intro: 'Su bitácora está bloqueada. Escriba su frase de acceso para abrirla.',
    passphrase: 'Frase de acceso',
    submit: 'Desbloquear',
    working: 'Desbloqueando…',
    forgot: '¿Olvidó su frase de acceso?',
    headerRestored:
      'Se repuso el encabezado de la bitácora desde su copia; el dañado quedó guardado aparte. Escriba su frase de acceso para abrir la bitácora.',
  },
  recover: {
    title: 'Abrir con la clave de recuperación',
    intro: 'Escriba la clave de recuperación de su kit y luego elija una nueva frase de acceso.',
    recoveryKey: 'Clave de recuperación',
    newPassphrase: 'Nueva frase de acceso',
    confirm: 'Escriba la nueva frase de acceso otra vez',
    submit: 'Abrir y definir nueva frase',
    working: 'Verificando la clave de recuperación…',
    back: 'Volver a la frase de acceso',
  },
  lock: {
    button: 'Bloquear',
    locked: 'Bloqueada',
    unlocked: 'Desbloqueada',
    absent: 'Aún no hay bitácora',
    lockedNotice: 'Alianza bloqueó su bitácora. Escriba su frase de acceso para continuar.',
  },
  settings: {
    title: 'Seguridad',
    autoLock: 'Bloquear automáticamente después de',
    autoLockHelp:
      'Alianza también se bloquea cuando el computador entra en suspensión, y en Windows y macOS cuando se bloquea la pantalla. En Linux, bloquee Alianza usted mismo antes de alejarse.',
    minutes_one: '{{count}} minuto sin actividad',
    minutes_other: '{{count}} minutos sin actividad',
    never: 'Nunca',
    changeTitle: 'Cambiar frase de acceso',
    current: 'Frase de acceso actual',
    next: 'Nueva frase de acceso',
    confirm: 'Escriba la nueva frase de acceso otra vez',
    change: 'Cambiar frase de acceso',
    changed: 'Su frase de acceso fue cambiada. Su clave de recuperación sigue funcionando.',
    rotate: 'Volver a cifrar también todo con una clave nueva',
    rotateHelp:
      'Alianza crea una clave de cifrado nueva y vuelve a cifrar con ella cada archivo de su bitácora, también sus respaldos, todo o nada. Después, la frase de acceso anterior, la clave de recuperación anterior y cualquier copia antigua del encabezado de la bitácora ya no abren nada. Recibirá una clave de recuperación nueva para imprimir o anotar. Tarda más o menos lo mismo que un respaldo; si el computador se detiene a medio camino, la bitácora se abre con la frase de acceso anterior o con la nueva. Elija esto si cree que otra persona vio su frase de acceso, su clave de recuperación o una copia de la carpeta de la bitácora.',
    rotateSubmit: 'Cambiar frase de acceso y volver a cifrar',
    rotating: 'Volviendo a cifrar cada archivo…',
    recoveryTitle: 'Clave de recuperación nueva',
    recoveryHelp:
      'Crea una clave de recuperación nueva y la muestra una sola vez; la anterior deja de funcionar. Hágalo si perdió su kit de recuperación o si alguien pudo haberlo visto.',
    recoveryPassphrase: 'Su frase de acceso',
    recoverySubmit: 'Crear una clave de recuperación nueva',
    recoveryWorking: 'Creando una clave de recuperación nueva…',
    location: 'Carpeta de la bitácora',
  },
};
