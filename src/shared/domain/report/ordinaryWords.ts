/**
 * The words a court report shares with the journal without telling anything of it: function
 * words, and the plain vocabulary every report on a family is written in (who came, when, to
 * which session; "no risk indicators are observed"). A passage the report shares with private
 * text counts only when it carries other words as well — the practitioner's frustration, a
 * suspicion, a supervisor's question — so "la madre asistió puntualmente a la sesión" and "the
 * child appeared well cared for" may stand in both. Feelings, doubts, suspicions and the words
 * of what happened are never listed here: they are what the gate looks for.
 *
 * Words are folded as `fold` folds them (lower case, no accents), Spanish and English together.
 */

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const functionWords = `
a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun aunque bajo cada casi como con
contra cual cuales cualquier cuando cuanto cuanta de del desde donde durante e el ella ellas ello ellos en
entre era eran eres es esa esas ese eso esos esta estaba estaban estado estamos estan estar este esto estos
estoy estuvo fue fueron ha habia habian han has hasta hay haya he hemos hubo la las le les lo los mas me mi
mis mismo misma mismos mismas muy nada ni no nos nosotros nosotras nuestra nuestro o otra otras otro otros
para pero poco por porque pues que quien quienes se sea sean segun ser si sido siendo sin sino sobre solo
son su sus tal tambien tan tanto te ti tiene tienen tenia tenian todo toda todos todas tras tu tus u un una
unas uno unos usted ustedes y ya yo ahora luego despues entonces mientras vez veces puede pueden podia hace
hizo haber ademas incluso cuyo cuya donde alli ahi aquel aquella aquello eso mucho mucha muchos muchas demas
the a an and or but if of to in on at by for with from as into onto about over after before between during
without within under again than then so too very not no nor is are was were be been being am do does did
done doing has have had having will would shall should can could may might must i me my mine myself we us
our ours you your yours he him his himself she her hers herself it its itself they them their theirs this
that these those there here who whom whose which what when where why how all any both each few more most
other some such only own same just also s t d ll m re ve up down out off once still yet ever because while
until upon through against per via one two
`;

/**
 * The plain vocabulary of reports on a family: people by their role, sessions and visits,
 * attendance and dates, the court and the programme, and the neutral words of assessment.
 */
const reportWords = `
madre padre madres padres nino nina ninos ninas hijo hija hijos hijas abuela abuelo abuelos abuelas tia tio
tias tios hermano hermana hermanos hermanas familia familias familiar familiares cuidadora cuidador cuidadoras
cuidadores adulto adulta adultos adolescente adolescentes nna menor menores persona personas profesional
profesionales equipo programa tribunal tribunales juzgado juez jueza audiencia audiencias causa informe
informes medida medidas proteccion sesion sesiones visita visitas domiciliaria domiciliarias entrevista
entrevistas reunion reuniones encuentro encuentros intervencion proceso plan objetivo objetivos meta metas
acuerdo acuerdos acordado acordada acordados acordadas asistio asiste asisten asistieron asistencia puntual
puntualmente llego llegaron realizo realizaron realizado realizada realizadas realizados observa observan
observo observaron observado observada observados observadas indicadores indicador riesgo riesgos factores
factor protectores protector adecuado adecuada adecuados adecuadas adecuadamente apropiado apropiada
positivo positiva positivos positivas favorable favorables colabora colaboradora colaborador colaboracion
disposicion participa participo participan participacion mantiene mantuvo mantienen muestra mostro muestran
presenta presento presentan refiere refirio senala senalo indica indico manifiesta manifesto informa informo
dijo dice relata relato vinculo relacion cuidado cuidados cuida higiene salud control controles escolar
escuela colegio jardin hogar vivienda domicilio semana semanas mes meses dia dias fecha ano anos lunes martes
miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre manana tarde hora horas fase evaluacion inicio cierre seguimiento derivacion red apoyo
recomendacion recomendaciones recomienda recomendamos continuar mantener sugiere situacion actual
actualmente periodo registro registra consta cumple cumplio cumplimiento compromiso compromisos normal estable
bienestar desarrollo necesidades basicas alimentacion buena bueno buen general generales presentacion
personal parte caso paso ocurrio profesora profesor profesoras profesores docente psicologa psicologo medico
medica doctora enfermera trabajadora trabajador social asistente terapeuta policia carabineros tranquilo tranquila contento contenta uno dos tres cuatro cinco seis siete ocho nueve diez primera primer segunda segundo
mother mothers father fathers child children son sons daughter daughters grandmother grandfather grandparents
aunt uncle brother sister brothers sisters siblings family families caregiver caregivers carer carers parent
parents adult adults person people professional professionals team programme program court judge hearing
hearings report reports order protection session sessions visit visits home meeting meetings interview
interviews contact plan goal goals agreed agreement attended attends attend attendance arrived punctual
punctually time observed observation observations appeared appears presented well cared care clean
appropriate appropriately adequate adequately positive good engaged cooperative cooperated participated
participation indicators indicator risk risks protective factors factor school nursery health hygiene
housing week weeks month months day days date year years monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december morning
afternoon evening today reported said says stated states told according continue continued recommend
recommended recommendation recommendations support needs basic wellbeing development stable current
currently period record recorded follow review phase assessment evaluation start closure referral referred
network case happened teacher teachers doctor nurse psychologist therapist social worker police calm calmly settled happy three four five six seven eight nine ten first second
`;

function wordSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/)).filter((word) => word !== ''));
}

/** Words that tell nothing by themselves: a run of them alone is no passage. */
export const functionWordSet = wordSet(functionWords);

/** Function words and the plain vocabulary of reports. */
export const ordinaryWordSet = wordSet(functionWords, reportWords);
