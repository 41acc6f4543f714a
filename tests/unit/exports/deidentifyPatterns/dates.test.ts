import { describe, expect, it } from 'vitest';
import { deidentify, expectKept, expectRemoved, type Planted } from './table';

const marker = '[date of birth removed]';

const datesOfBirth: Planted[] = [
  ['Tomi nació el día 3 de julio de 2015 en el hospital.', '3 de julio de 2015'],
  ['nacida el 3/7/2015, vive con su madre', '3/7/2015'],
  ['Nacimiento: 22/08/1994', '22/08/1994'],
  ['F. nac.: 03-07-2015', '03-07-2015'],
  ['fecha de nacimiento 3 julio 2015', '3 julio 2015'],
  ['FECHA DE NACIMIENTO: 03.07.2015', '03.07.2015'],
  ['Fec. Nac. 17-oct-2014', '17-oct-2014'],
  ['nacido el 17 oct. 2014 en Temuco', '17 oct. 2014'],
  ['nació el lunes 3 de julio del año 2015', '3 de julio del año 2015'],
  ['nacido/a el 3/7/15', '3/7/15'],
  ['(n. 03/07/2015)', '03/07/2015'],
  ['F.N.: 2015-07-03', '2015-07-03'],
  ['su hermana nació en mayo de 2017', 'mayo de 2017'],
  ['fecha de nacimiento de la niña: 03/07/2015', '03/07/2015'],
  ['el 3 de julio de 2015 nació su hermano', '3 de julio de 2015'],
  ['03/07/2015 (fecha de nacimiento)', '03/07/2015'],
  ['cumple años el 3 de julio', '3 de julio'],
  ['su cumpleaños es el 3 de julio, y lo celebran', '3 de julio'],
  ['cumplió 8 años el 3 de julio', '3 de julio'],
  ['el 3 de julio cumple 8 años', '3 de julio'],
  ['la niña, de 7 años (03/07/2015), asiste', '03/07/2015'],
  ['Benja, 7 años, 03/07/2015, vive con su tía', '03/07/2015'],
  ['born on the 14th of March 2017', '14th of March 2017'],
  ['b. 11/22/2015', '11/22/2015'],
  ['DOB: 2015-07-03', '2015-07-03'],
  ['D.O.B 03.07.2015', '03.07.2015'],
  ['dob 3/7/15', '3/7/15'],
  ['date of birth: March 14th, 2017', 'March 14th, 2017'],
  ['Birth date 2017/03/14', '2017/03/14'],
  ['He was born March 14, 2017 in Leeds.', 'March 14, 2017'],
  ['born in March 2017', 'March 2017'],
  ['her birthday is March 14', 'March 14'],
  ["his birthday's on 14/03", '14/03'],
  ['birthday on 14/03', '14/03'],
  ['She turns 8 on March 14.', 'March 14'],
  ['a 9 year old (DOB 14 March 2017)', '14 March 2017'],
  ['aged 7 years (14/03/2017)', '14/03/2017'],
  ['DOB: 3/7/2015, 5/8/2017 y 9/1/2020', '5/8/2017 y 9/1/2020'],
  ['nacida el 3‑7‑2015', '3‑7‑2015'],
  ['nació un 14 de febrero', '14 de febrero'],
  ['Niño FN: 03/07/15', '03/07/15'],
  ['nació el tres de julio de dos mil quince', 'tres de julio de dos mil quince'],
  [
    'Madre veintidós de agosto de mil novecientos noventa y cuatro.',
    'veintidós de agosto de mil novecientos noventa y cuatro',
  ],
  ['Tyler turns ten on June 2; he', 'June 2'],
];

const nearMisses = [
  'el 3 de julio tuvimos sesión',
  'El lunes 3 de julio de 2023 hubo visita domiciliaria.',
  'on 14 March we met at school',
  'Session on 2024-03-14 at 10:30.',
  'sesión del 03/07/2025 a las 15:30',
  'nacido en 2015',
  'born in 2016, she is now 8',
  'tiene 7 años',
  'tiene 7 años, el 3 de julio tuvimos sesión',
  'nació con 3.5 kg',
  'born 2-3 weeks early',
  'born at 36 weeks',
  'el nacimiento de su hermano fue una alegría',
  'cumple con el plan desde el 3 de julio',
  'a birthday party was planned',
  'from March 2023 to May 2024',
  'la audiencia es el 14/03 a las 9:00',
  'Fase 2 del plan, sesión 12 de 20',
  'el dos de julio tuvimos sesión',
  'on the first of March we met',
  'uno de los días de julio de 2023',
];

describe('dates of birth', () => {
  it.each(datesOfBirth)('removes the date in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it('leaves the words about birth, so the sentence still reads', () => {
    expect(deidentify('nació el día 3 de julio de 2015')).toBe(`nació el día ${marker}`);
    expect(deidentify('her birthday is March 14.')).toBe(`her birthday is ${marker}.`);
    expect(deidentify('de 7 años (03/07/2015)')).toBe(`de 7 años (${marker})`);
  });

  it("removes a date alone in a cell of a table with a date-of-birth column, and no other table's", () => {
    const family =
      '| Nombre | F. nacimiento | Curso |\n|---|---|---|\n| Benja | 17-oct-2020 | 2° básico |\n| Madre | 1994-08-22 | — |';
    expect(deidentify(family)).toBe(
      `| Nombre | F. nacimiento | Curso |\n|---|---|---|\n| Benja | ${marker} | 2° básico |\n| Madre | ${marker} | — |`,
    );
    const sessions = '| Sesión | Fecha | Tema |\n|---|---|---|\n| 1 | 03-07-2024 | Vínculo |';
    expect(deidentify(`${family}\n\n${sessions}`)).toContain(sessions);
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
