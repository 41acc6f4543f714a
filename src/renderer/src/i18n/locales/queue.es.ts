/** Textos en español (Chile) de la cola de trabajo de Inicio y de su ajuste; mismas claves que `queue.en.ts`. */
import type { queueEn } from './queue.en';
import type { TranslationsOf } from './shape';

export const queueEs: TranslationsOf<typeof queueEn> = {
  title: 'Qué hacer hoy',
  loading: 'Leyendo sus casos abiertos…',
  openCases_one: 'Tiene {{count}} caso abierto.',
  openCases_other: 'Tiene {{count}} casos abiertos.',
  allClear:
    'No hay nada pendiente: ningún informe por compartir, ningún comentario por responder, ningún caso sin reflexión reciente, ningún borrador.',
  summaryLabel: 'Las listas de esta página',
  summaryActions_one: '{{count}} acción acordada en supervisión aún pendiente',
  summaryActions_other: '{{count}} acciones acordadas en supervisión aún pendientes',
  summaryWarnings_one: '{{count}} alerta de la alianza en {{cases}}',
  summaryWarnings_other: '{{count}} alertas de la alianza en {{cases}}',
  allCases: 'Todos los casos en una tabla',
  welcomeStart: 'Crear su primer caso',
  toShare: {
    title_zero: 'Ningún informe por compartir',
    title_one: '{{count}} informe por compartir con la persona cuidadora',
    title_other: '{{count}} informes por compartir con la persona cuidadora',
    none: 'Todos los informes en curso ya se compartieron con la persona cuidadora.',
  },
  comments: {
    title_zero: 'Ningún comentario de la persona cuidadora por responder',
    title_one: 'Comentarios de la persona cuidadora por responder en {{count}} informe',
    title_other: 'Comentarios de la persona cuidadora por responder en {{count}} informes',
    none: 'Todos los comentarios de las personas cuidadoras sobre una copia de revisión tienen su respuesta.',
    line_one: '{{count}} comentario sin respuesta, registrado el {{date}}',
    line_other: '{{count}} comentarios sin respuesta, el primero registrado el {{date}}',
  },
  overdue: {
    title_zero: 'Ningún caso sin reflexión hace más de {{interval}}',
    title_one: '{{count}} caso sin reflexión hace más de {{interval}}',
    title_other: '{{count}} casos sin reflexión hace más de {{interval}}',
    interval_one: '{{count}} día',
    interval_other: '{{count}} días',
    none: 'Todos los casos abiertos tienen una reflexión de los últimos {{interval}}.',
    since_one: 'Última reflexión el {{date}}: hace {{count}} día',
    since_other: 'Última reflexión el {{date}}: hace {{count}} días',
    never_one: 'Aún sin reflexiones: abierto hace {{count}} día',
    never_other: 'Aún sin reflexiones: abierto hace {{count}} días',
    write: 'Nueva reflexión',
    writeNamed: 'Nueva reflexión para {{alias}}',
    change: 'Cambiar el plazo en Ajustes',
  },
  drafts: {
    title_zero: 'Ninguna reflexión sin terminar',
    title_one: '{{count}} reflexión sin terminar',
    title_other: '{{count}} reflexiones sin terminar',
    none: 'Ninguna reflexión espera ser terminada.',
    ofNew: 'Reflexión nueva, guardada por última vez el {{moment}}',
    ofEntry: 'Cambios a la reflexión del {{date}}, guardados por última vez el {{moment}}',
  },
  settings: {
    title: 'Recordatorios en Inicio',
    label: 'Mostrar un caso abierto en Inicio tras este tiempo sin reflexión',
    help: 'Inicio muestra los casos abiertos cuya última reflexión es más antigua que esto, primero los que más esperan.',
    days_one: '{{count}} día',
    days_other: '{{count}} días',
    defaultChoice: '{{days}} (predeterminado)',
  },
};
