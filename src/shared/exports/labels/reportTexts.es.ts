/**
 * Los textos propios de los documentos del informe al tribunal en español (Chile), con la misma
 * estructura que en inglés: la copia para revisión en palabras simples, el informe final formal.
 */
import type { ReportTexts } from './reportTexts';

export const reportTextsEs: ReportTexts = {
  locale: 'es-CL',
  fileNamePrefix: { review: 'informe-tribunal-revision', final: 'informe-tribunal' },
  pageOfPages: 'Página {page} de {pages}',
  recipient: { review: 'La persona cuidadora, para sus comentarios', final: 'El tribunal' },
  courtUnknown: 'el tribunal de familia',
  identification: {
    reference: 'Número de causa',
    court: 'Tribunal',
    hearing: 'Audiencia',
    hearingValue: '{kind}, {date}',
    hearingDateUnknown: 'fecha aún no fijada',
    hearingKinds: { first: 'Primera audiencia', review: 'Audiencia de revisión', other: 'Audiencia' },
    children: 'Niños, niñas o adolescentes',
    version: 'Versión',
    versionValue: '{number}, finalizada el {date}',
    submitted: 'Presentado',
    submittedValue: '{date}, ante {court}',
  },
  review: {
    title: 'Informe al tribunal: borrador para sus comentarios',
    marking: 'BORRADOR – para sus comentarios',
    about: 'Sobre {children}',
    cover: {
      heading: 'Antes de leer',
      what: 'Este es un borrador del informe que enviaré a {court}. Cuenta lo que he visto y escuchado mientras trabajo con su familia, lo que va bien, lo que me preocupa y lo que voy a recomendar.',
      draft:
        'Es un borrador. Nada de lo que dice está decidido. Puede decirme en qué está de acuerdo, en qué no y qué está equivocado. Su opinión quedará escrita en el informe que lee el tribunal, con sus propias palabras.',
      hearing: 'La audiencia es el {date}, en {court}.',
      hearingUnknown: 'La fecha de la audiencia aún no está fijada. Le avisaré apenas la sepa.',
      howToComment:
        'Cada línea del informe tiene un número en el margen izquierdo. Después de cada parte hay un espacio para sus comentarios. Escriba ahí, o dígamelo en persona o por teléfono, e indique el número de la línea a la que se refiere (por ejemplo, «línea 12»).',
      deadline:
        'Por favor hágame llegar sus comentarios a más tardar el {date}, el día hábil anterior a la audiencia. Cuanto antes lo haga, más tiempo tendré para considerarlos.',
      deadlineUnknown:
        'Por favor hágame llegar sus comentarios lo antes posible, antes de la audiencia, para poder considerarlos.',
      labelsIntro: 'Cada cosa que dice el informe empieza con unas palabras que indican de qué tipo es:',
      legend: {
        fact: '«Hecho»: algo registrado y seguro, como una fecha.',
        observation: '«Lo que vi»: algo que vi o escuché yo.',
        allegation: '«Lo que me contó alguien — no verificado»: lo que dijo una persona y que no he podido comprobar.',
        opinion: '«Mi opinión profesional»: lo que pienso, como profesional que trabaja con su familia.',
      },
    },
    sections: {
      identification: 'Sobre quién trata este informe',
      referral: 'Por qué el tribunal pidió este informe',
      intervention: 'El trabajo hasta ahora',
      goals: 'Los objetivos que acordamos',
      strengths: 'Lo que va bien',
      concerns: 'Lo que me preocupa',
      'caregiver-view': 'Su opinión',
      recommendations: 'Lo que voy a recomendar',
    },
    empty: 'Todavía no hay nada escrito en esta parte.',
    caregiverViewEmpty: 'Aquí irá su opinión, con sus propias palabras. Dígame qué quiere que sepa el tribunal.',
    statements: {
      fact: 'Hecho',
      observation: 'Lo que vi',
      allegation: 'Lo que me contó {name} — no verificado',
      allegationUnknown: 'Lo que me contaron — no verificado',
      opinion: 'Mi opinión profesional',
      opinionOf: 'La opinión de {name}',
    },
    session: 'De nuestra sesión del {dates}.',
    sessions: 'De nuestras sesiones del {dates}.',
    commentHeading: 'Sus comentarios sobre «{section}»',
    commentPrompt: 'Escriba aquí lo que piensa de esta parte. Puede indicar los números de línea a los que se refiere.',
  },
  final: {
    title: 'Informe al tribunal',
    sections: {
      identification: 'Identificación',
      referral: 'Motivo de derivación',
      intervention: 'Intervención realizada',
      goals: 'Avance en los objetivos compartidos',
      strengths: 'Fortalezas de la familia',
      concerns: 'Preocupaciones',
      'caregiver-view': 'La opinión de la persona cuidadora',
      recommendations: 'Recomendaciones',
    },
    empty: 'No hay nada que informar en este apartado.',
    caregiverViewAbsent: 'La opinión de la persona cuidadora no está registrada. Motivo: {reason}',
    caregiverViewAbsentNoReason: 'La opinión de la persona cuidadora no está registrada y no se indicó un motivo.',
    statements: {
      fact: 'Hecho',
      observation: 'Observación',
      allegation: 'Relato de {name}',
      allegationUnknown: 'Relato (fuente no registrada)',
      opinion: 'Opinión de quien informa',
      opinionOf: 'Opinión de {name}',
    },
    sessions: 'Sesiones: {dates}.',
    changes: {
      heading: 'Cambios tras la revisión de la persona cuidadora',
      intro:
        'Cada comentario que la persona cuidadora hizo a la copia para revisión, con sus palabras, y lo que se hizo al respecto.',
      none: 'La persona cuidadora no hizo comentarios a la copia para revisión.',
      shared: 'La versión {version} del borrador se entregó a {name} el {date}, {method}.',
      notShared: 'No se entregó una copia para revisión de este informe a una persona cuidadora antes de finalizarlo.',
      someone: 'una persona cuidadora',
      methods: { 'in-person': 'en persona', post: 'por correo postal', email: 'por correo electrónico' },
      comment: 'Comentario {number}: {section}',
      recorded: 'Sobre la versión {version}, registrado el {date}.',
      line: 'Línea {line} de la copia para revisión.',
      lines: 'Líneas {line} de la copia para revisión.',
      stance: 'La persona cuidadora',
      stances: { agrees: 'está de acuerdo', disagrees: 'no está de acuerdo', correction: 'pide una corrección' },
      words: 'Con sus palabras',
      response: 'Lo que se hizo',
      outcomes: { changed: 'Se cambió', 'not-changed': 'No se cambió', 'no-change-needed': 'No requirió cambios' },
      noResponse: 'Sin respuesta antes de esta versión.',
      notInReviewCopy: {
        one: '1 afirmación de este informe no estaba en la copia para revisión que leyó la persona cuidadora: se reservó, o se agregó después de la revisión.',
        other:
          '{count} afirmaciones de este informe no estaban en la copia para revisión que leyó la persona cuidadora: se reservaron, o se agregaron después de la revisión.',
      },
    },
    override: {
      heading: 'Nota sobre las verificaciones antes de finalizar este informe',
      text: 'Estas verificaciones no se cumplían al finalizar el informe: {checks}. Quien informa continuó e indicó este motivo: «{reason}»',
      checks: {
        'review-window':
          'que la copia para revisión llegara a la persona cuidadora con anticipación suficiente a la audiencia',
        'caregiver-view': 'que estuviera registrada la opinión de la persona cuidadora, o el motivo de su ausencia',
        'private-text': 'que ningún texto proviniera de una parte privada de la bitácora',
        disclosures: 'que hubiera una decisión sobre información que un familiar dio sobre otro',
        'comments-answered': 'que cada comentario de la persona cuidadora tuviera una respuesta registrada',
        'facts-checked': 'que quien informa revisara cada hecho tomado de la bitácora',
      },
    },
  },
};
