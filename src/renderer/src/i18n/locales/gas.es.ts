/** Textos en español (Chile) del escalamiento de logro de objetivos en la pestaña Alianza del caso. */
import type { gasEn } from './gas.en';
import type { TranslationsOf } from './shape';

export const gasEs: TranslationsOf<typeof gasEn> = {
  title: 'Logro de objetivos',
  intro:
    'Dele a un objetivo compartido cinco resultados posibles, desde −2 (mucho menos de lo esperado), pasando por 0 (el resultado esperado), hasta +2 (mucho más de lo esperado), con sus palabras y las de la persona cuidadora, y luego valore los objetivos en las revisiones que elija. El puntaje T las resume: 50 cuando cada objetivo está donde se esperaba.',
  noGoals: 'Primero agregue los objetivos compartidos en Detalles: una escala pertenece a un objetivo.',
  levels: {
    muchLess: 'Mucho menos de lo esperado',
    less: 'Algo menos de lo esperado',
    expected: 'Resultado esperado',
    more: 'Algo más de lo esperado',
    muchMore: 'Mucho más de lo esperado',
  },
  goal: {
    noScale: 'Todavía sin escala.',
    setScale: 'Definir una escala',
    editScale: 'Editar la escala',
    weight: 'Peso {{weight}}',
    agreedOn: 'Escala acordada el {{date}}',
    rated_one: 'Valorado en {{count}} revisión',
    rated_other: 'Valorado en {{count}} revisiones',
    levelsCaption: 'Los cinco resultados de «{{goal}}»',
    level: 'Nivel',
    practitionerWords: 'Con sus palabras',
    caregiverWords: 'Con las palabras de la persona cuidadora',
    noCaregiverWords: 'No las dio',
  },
  scale: {
    title: 'Escala de «{{goal}}»',
    explain:
      'Describa cómo se vería cada resultado, tal como lo acordó con la familia. Sus palabras son necesarias en cada nivel; las de la persona cuidadora se agregan cuando las dio.',
    levelLegend: '{{level}} · {{name}}',
    practitioner: 'Con sus palabras',
    caregiver: 'Con las palabras de la persona cuidadora (opcional)',
    weight: 'Peso (opcional)',
    weightHelp:
      'Cuánto cuenta este objetivo junto a los otros, desde más de 0 hasta {{most}}. Si lo deja vacío, todos los objetivos cuentan lo mismo.',
    agreedOn: 'Acordada el',
    save: 'Guardar la escala',
    saved: 'Escala guardada para «{{goal}}».',
  },
  review: {
    rate: 'Valorar los objetivos',
    needsScale: 'Defina una escala para al menos un objetivo para poder valorar los objetivos.',
    title: 'Valorar los objetivos',
    editTitle: 'Corregir la revisión del {{date}}',
    explain:
      'Elija el nivel que alcanzó cada objetivo el día de la revisión. Un objetivo que deje sin valorar no forma parte de esta revisión.',
    reviewedOn: 'Revisión del',
    goalLegend: '{{goal}}',
    unrated: 'Sin valorar ahora',
    confirm: 'Confirmo estas valoraciones: son lo que observé con la familia ese día.',
    save: 'Guardar la revisión',
    saveChange: 'Guardar la corrección',
    saved: 'Revisión del {{date}} guardada.',
    correct: 'Corregir',
  },
  problems: {
    summary_one: 'Revise el campo marcado.',
    summary_other: 'Revise los {{count}} campos marcados.',
    'level-missing': 'Describa este resultado con sus palabras.',
    'weight-invalid': 'Ingrese un número mayor que 0 y de hasta {{most}}, o déjelo vacío.',
    'date-missing': 'Ingrese una fecha.',
    'date-invalid': 'Ingrese una fecha que exista en el calendario.',
    'date-before-opening': 'La fecha no puede ser anterior al día en que se abrió el caso ({{date}}).',
    'none-rated': 'Valore al menos un objetivo.',
    'not-confirmed': 'Confirme las valoraciones para guardarlas.',
  },
  chart: {
    title: 'Puntaje T de logro de objetivos en las revisiones',
    description:
      'El puntaje T en cada revisión, en una escala donde 50 significa que cada objetivo valorado alcanzó su resultado esperado; cada punto lleva su puntaje escrito.',
    caption_one: 'Puntaje T en {{count}} revisión (Kiresuk–Sherman, ρ = {{correlation}}).',
    caption_other: 'Puntaje T en {{count}} revisiones (Kiresuk–Sherman, ρ = {{correlation}}).',
    none: 'Todavía no hay revisiones: valore los objetivos para ver el puntaje T.',
    scoreAxis: 'Puntaje T',
    dateAxis: 'Fecha de revisión',
    expected: 'Esperado (50)',
    score: 'Puntaje T',
    showTable: 'Mostrar los números como tabla',
    tableCaption: 'Puntaje T y nivel de cada objetivo en cada revisión',
    date: 'Revisión',
    notRated: '–',
  },
};
