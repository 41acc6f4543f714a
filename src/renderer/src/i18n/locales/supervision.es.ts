/** Textos en español (Chile) del ciclo de supervisión: la pestaña Supervisión, las minutas devueltas, las acciones acordadas. */
import type { supervisionEn } from './supervision.en';
import type { TranslationsOf } from './shape';

export const supervisionEs: TranslationsOf<typeof supervisionEn> = {
  tab: 'Supervisión',
  intro:
    'Lo que conversó de este caso con quien le supervisa, sus comentarios y lo que acordaron. Privado salvo que usted elija otra cosa, como todo texto reflexivo.',
  record: 'Registrar una supervisión',
  recordMeeting: 'Registrar una supervisión…',
  screen: {
    back: '← Volver al inicio',
    intro:
      'Una supervisión con quien le supervisa, individual o grupal: agregue cada caso que abarcó, con lo que se conversó de él y las acciones acordadas.',
  },
  form: {
    title: 'Registrar una supervisión',
    heldOn: 'Fecha de la supervisión',
    supervisor: 'Supervisor o supervisora',
    supervisorHelp: 'Quien le supervisa, colega suyo: nunca una persona del caso.',
    kind: 'Modalidad',
    kinds: { individual: 'Individual', group: 'Grupal' },
    cases: 'Casos conversados',
    casesHelp:
      'Una supervisión puede abarcar varios casos: agregue cada uno, con lo que se conversó de él. Cada caso guarda su parte; la supervisión se guarda en todos o en ninguno.',
    addCaseLabel: 'Otro caso conversado',
    addCase: 'Agregar este caso',
    removeCase: 'Quitar {{alias}} de esta supervisión',
    briefs: 'Minutas conversadas',
    noBriefs: 'Aún no se ha exportado ninguna minuta de este caso.',
    briefLabel: 'Minuta del {{date}} ({{file}})',
    discussed: 'Lo que se conversó de este caso',
    remarks: 'Los comentarios de quien supervisa',
    visibility: 'Quién puede leer lo conversado y los comentarios',
    actions: 'Acciones acordadas',
    actionWhat: 'Acción {{number}}',
    actionDue: 'Para cuándo (opcional)',
    addAction: 'Agregar una acción',
    removeAction: 'Quitar la acción {{number}}',
    save: 'Guardar la supervisión',
    savedIn_one: 'Supervisión registrada.',
    savedIn_other: 'Supervisión registrada en {{count}} casos.',
  },
  problems: {
    'supervisor-missing': 'Escriba quién supervisó.',
    'cases-missing': 'Agregue al menos un caso conversado.',
    'action-missing': 'Escriba la acción, o quítela.',
    'date-missing': 'Ingrese una fecha.',
    'date-invalid': 'Ingrese una fecha que exista en el calendario.',
    'date-after-today': 'La fecha no puede ser posterior a hoy.',
    'text-too-long': 'Este texto es demasiado largo; acórtelo.',
    'field-invalid': 'Revise este campo.',
  },
  returned: {
    read: 'Leer la minuta que devolvió quien supervisa…',
    pasteLabel: 'O pegue las notas de quien supervisa, con la referencia de la minuta (SB-…)',
    readPasted: 'Leer las notas pegadas',
    title: 'Notas devueltas en la minuta {{reference}}',
    exported: 'Minuta exportada el {{date}}',
    notes: 'Escrito bajo «Notas de la supervisión»',
    comments: 'Comentarios',
    commentOn: 'Sobre: {{text}}',
    nothingWritten: 'Se encontró la minuta, pero no tiene nada escrito en el espacio de notas ni como comentario.',
    screenOnly:
      'Los nombres entre paréntesis se muestran solo en esta pantalla: las notas se guardan tal como las escribió quien supervisa, con los seudónimos de la minuta.',
    otherCase: 'Esta minuta es del caso {{alias}}, no de este. Regístrela allá.',
    drop: 'No guardar estas notas',
    refused: {
      'not-a-brief':
        'Este archivo no es una minuta exportada por Alianza: no tiene referencia de minuta ni espacio de notas. No se leyó nada en la bitácora.',
      'no-reference':
        'Parece una minuta, pero le falta la referencia (SB-…): puede que se haya copiado en otro documento. Pida el archivo tal como se envió, o pegue las notas con la referencia. No se leyó nada.',
      'altered-reference':
        'La referencia de la minuta fue cambiada a mano (su verificación no coincide), o el archivo tiene dos distintas. No se leyó nada.',
      'other-journal': 'Esta minuta se exportó desde otra bitácora, no desde esta. No se leyó nada.',
      'unknown-brief': 'Ninguna minuta exportada desde esta bitácora tiene esta referencia. No se leyó nada.',
      'damaged-file':
        'El archivo no se pudo leer como documento de Word: puede estar dañado o incompleto. No se leyó nada.',
      'unsupported-file':
        'Elija un archivo de Word (.docx), Markdown (.md) o texto (.txt) de una minuta. No se leyó nada.',
    },
  },
  history: {
    title: 'Supervisiones de este caso',
    none: 'Aún no hay supervisiones registradas.',
    heading: '{{date}} · {{supervisor}} · {{kind}}',
    discussed: 'Lo conversado',
    remarks: 'Comentarios',
    readBy: 'Quién puede leerlo: {{visibility}}',
    returned: 'Notas devueltas en {{reference}}',
    alsoDiscussed_one: 'Esta supervisión también conversó el caso',
    alsoDiscussed_other: 'Esta supervisión también conversó los casos',
  },
  action: {
    statuses: { open: 'Pendiente', done: 'Realizada', dropped: 'Descartada' },
    due: 'para el {{date}}',
    noDue: 'sin fecha acordada',
    update: 'Qué pasó con ella…',
    updateTitle: 'Qué pasó con «{{what}}»',
    status: 'Estado',
    note: 'Qué siguió (opcional)',
    on: 'Fecha',
    save: 'Guardar',
    saved: 'Acción actualizada.',
    history: '{{date}}: {{status}}',
  },
  search: {
    record: 'Registro de supervisión',
    visibility: 'Visibilidad: {{visibility}}',
    fields: {
      discussed: 'Lo que se conversó',
      remarks: 'Los comentarios de quien supervisa',
      action: 'Acción acordada',
      update: 'Lo que siguió a una acción',
      returned: 'Notas devueltas',
    },
  },
  prompt: {
    title: 'Acordado en supervisión',
    question: 'Acordado en supervisión el {{date}}: {{what}}. ¿Ocurrió? ¿Qué siguió?',
    done: 'Ocurrió',
    dropped: 'Se descartó',
    notYet: 'Todavía no',
    note: 'Qué siguió (opcional)',
    save: 'Guardar la respuesta',
    saved: 'Respuesta guardada: «{{what}}» quedó {{status}}.',
  },
};
