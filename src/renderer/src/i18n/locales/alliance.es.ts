/** Textos en español (Chile) de las alertas de la alianza; mismas claves que `alliance.en.ts`. */
import type { allianceEn } from './alliance.en';
import type { TranslationsOf } from './shape';

export const allianceEs: TranslationsOf<typeof allianceEn> = {
  title: 'Alertas de la alianza',
  levels: {
    watch: 'Atención',
    'possible-rupture': 'Posible ruptura',
    'not-repaired': 'Aún sin reparar',
    'perception-gap': 'Diferencia de percepción',
    'split-alliance': 'Alianza dividida',
    'engagement-risk': 'Riesgo de desvinculación',
    prompt: 'Por registrar',
  },
  caregiver: 'la persona cuidadora',
  whose: {
    practitioner: 'su valoración',
    caregiver: 'la valoración de la persona cuidadora',
    caregiverNamed: 'la valoración de {{name}}',
  },
  rules: {
    'alliance-fall': {
      name: 'La alianza bajó',
      explanation_one:
        '{{element}} en {{whose}} bajó a {{value}} el {{date}}: {{deviations}} desviaciones estándar bajo el promedio propio de este caso, {{mean}}, en {{count}} sesión anterior.',
      explanation_other:
        '{{element}} en {{whose}} bajó a {{value}} el {{date}}: {{deviations}} desviaciones estándar bajo el promedio propio de este caso, {{mean}}, en {{count}} sesiones anteriores.',
      notThis:
        'No es una nota de la familia ni una conclusión sobre ella. Una sesión baja es frecuente y muchas veces se recupera sola; es una invitación a preguntar cómo vivieron la sesión.',
    },
    'unrepaired-fall': {
      name: 'Ruptura aún sin reparar',
      explanation_one:
        '{{element}} en {{whose}} bajó a {{value}} el {{date}}, bajo el promedio de este caso, {{mean}}, y no se ha recuperado en la {{count}} sesión evaluada desde entonces.',
      explanation_other:
        '{{element}} en {{whose}} bajó a {{value}} el {{date}}, bajo el promedio de este caso, {{mean}}, y no se ha recuperado en las {{count}} sesiones evaluadas desde entonces.',
      notThis:
        'No significa que el trabajo haya fracasado ni que la familia no esté colaborando. Las rupturas que se conversan y se reparan suelen dejar la alianza más fuerte.',
    },
    'perception-gap': {
      name: 'Diferencia de percepción',
      lower_one:
        'El {{date}}, {{caregiver}} valoró {{element}} con {{caregiverValue}} y usted con {{practitionerValue}}: {{count}} punto menos que usted.',
      lower_other:
        'El {{date}}, {{caregiver}} valoró {{element}} con {{caregiverValue}} y usted con {{practitionerValue}}: {{count}} puntos menos que usted.',
      higher_one:
        'El {{date}}, {{caregiver}} valoró {{element}} con {{caregiverValue}} y usted con {{practitionerValue}}: {{count}} punto más que usted.',
      higher_other:
        'El {{date}}, {{caregiver}} valoró {{element}} con {{caregiverValue}} y usted con {{practitionerValue}}: {{count}} puntos más que usted.',
      notThis:
        'Ninguna de las dos valoraciones es la correcta. Profesionales y familias suelen ver la misma sesión de manera distinta; la diferencia es algo para conversar juntos.',
    },
    'split-alliance': {
      name: 'Alianza dividida',
      explanation_one:
        'En las últimas sesiones, {{first}} valoró {{element}} con {{firstValue}} y {{second}} con {{secondValue}}: {{count}} punto de diferencia.',
      explanation_other:
        'En las últimas sesiones, {{first}} valoró {{element}} con {{firstValue}} y {{second}} con {{secondValue}}: {{count}} puntos de diferencia.',
      notThis:
        'No dice qué persona cuidadora tiene la razón ni quién colabora más. Sugiere que los adultos pueden esperar cosas distintas del trabajo.',
    },
    'engagement-risk': {
      name: 'Riesgo de desvinculación',
      absences_one:
        '{{count}} de las últimas {{window}} sesiones programadas no tuvo asistencia o fue cancelada por la familia.',
      absences_other:
        '{{count}} de las últimas {{window}} sesiones programadas no tuvieron asistencia o fueron canceladas por la familia.',
      afterLowRating:
        'Después de una valoración baja ({{element}} {{value}} en {{whose}}, el {{date}}), la familia no asistió a la sesión del {{absenceDate}}.',
      notThis:
        'No es prueba de incumplimiento ni algo que informar al tribunal. Las inasistencias tienen muchas razones; es una invitación a tomar contacto.',
    },
    'unrecorded-repair': {
      name: '¿Qué se intentó?',
      explanation:
        'El {{date}} usted registró una ruptura ({{ruptures}}), pero ninguna estrategia ni paso de reparación.',
      notThis:
        'No es un error suyo. Anotar lo que intentó, aunque no haya resultado, es justamente en lo que la supervisión puede ayudarle.',
    },
    'repeated-withdrawal': {
      name: 'Retirada repetida',
      explanation_one: 'Se registró «{{indicator}}» en {{count}} sesión seguida, desde el {{date}}.',
      explanation_other: 'Se registró «{{indicator}}» en {{count}} sesiones seguidas, desde el {{date}}.',
      notThis:
        'No es un juicio sobre la persona. La retirada silenciosa (respuestas cortas, inasistencias, aceptar todo) es fácil de pasar por alto de una sesión a otra.',
    },
  },
  why: {
    title: '¿Por qué veo esto?',
    source: 'De dónde viene',
    suggestions: 'Estrategias para considerar',
    steps: 'Pasos de reparación (Aspland et al., 2008)',
  },
  boundary:
    'Las alertas son para usted y su supervisor o supervisora. No son una nota de la familia y nunca aparecen en un informe al tribunal, salvo que usted lo escriba ahí.',
  panel: {
    loading: 'Leyendo las alertas…',
    none: 'Este caso no tiene alertas por ahora.',
    activeCount_one: '{{count}} alerta por revisar.',
    activeCount_other: '{{count}} alertas por revisar.',
    decidedTitle_one: '{{count}} alerta ya resuelta',
    decidedTitle_other: '{{count}} alertas ya resueltas',
    sessions: 'Sesiones:',
    status: {
      dismissed: 'Descartada el {{date}}',
      'taken-to-supervision': 'Llevada a supervisión el {{date}}',
    },
    noteRequired: 'Escriba por qué la descarta: la nota queda guardada en el caso.',
    dismissConfirm: 'Descartar con esta nota',
    reopen: 'Volver a mostrarla como activa',
  },
  settings: {
    title: 'Alertas de la alianza',
    explain:
      'Los valores con que cada regla de alerta compara. Los valores por defecto vienen de los estudios que cita cada regla; cámbielos solo después de conversarlo en supervisión.',
    range: 'De {{least}} a {{most}}; {{fallback}} por defecto.',
    fields: {
      watchDeviations: 'Una baja es «atención» a tantas desviaciones estándar bajo el promedio del caso',
      ruptureDeviations: 'Una baja es «posible ruptura» a tantas desviaciones estándar',
      earlierSessions: 'Sesiones evaluadas previas necesarias para que una baja cuente',
      deviationFloor: 'Desviación estándar mínima usada, en puntos',
      repairSessions: 'Sesiones sin recuperación para que una ruptura cuente como no reparada',
      perceptionGap: 'Puntos entre la valoración de la persona cuidadora y la suya para una diferencia de percepción',
      splitGap: 'Puntos entre las valoraciones de dos personas cuidadoras para una alianza dividida',
      recentSessions: 'Cuántas de las últimas sesiones cuentan como «ahora»',
      absences: 'Sesiones sin asistencia o canceladas por la familia…',
      absenceWindow: '…entre esta cantidad de las últimas sesiones agendadas',
      lowRating: 'Una valoración igual o menor a este valor es baja',
      indicatorSessions: 'Sesiones seguidas con la misma señal de retirada',
    },
    problems: {
      range: 'Escriba un número dentro del rango indicado (entero si el rango es de enteros).',
      watch: 'Debe ser mayor que las desviaciones para «atención».',
      absences: 'Las inasistencias no pueden ser más que las sesiones entre las que se cuentan.',
    },
    save: 'Guardar valores',
    restore: 'Volver a los valores por defecto',
    saved: 'Valores guardados.',
  },
  actions: {
    dismiss: 'Descartar',
    dismissNote: 'Por qué la descarta (queda guardado en el caso)',
    supervision: 'Llevada a supervisión',
  },
};
