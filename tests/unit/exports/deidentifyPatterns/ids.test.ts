import { describe, it } from 'vitest';
import { expectKept, expectRemoved, type Planted } from './table';

const marker = '[ID number removed]';

const ids: Planted[] = [
  ['RUT 12.345.678-5', '12.345.678-5'],
  ['su RUN es 12345678-5', '12345678-5'],
  ['RUT: 12,345,678-5', '12,345,678-5'],
  ['run 12 345 678-5', '12 345 678-5'],
  ['RUT 12.345.678 - K', '12.345.678 - K'],
  ['RUN 9.876.543-K del padre', '9.876.543-K'],
  ['rut: 123456785', '123456785'],
  ['RUT 12.345.678‑5', '12.345.678‑5'],
  ['cédula 12345678K', '12345678K'],
  ['SSN 123-45-6789', '123-45-6789'],
  ['social security number 123 45 6789', '123 45 6789'],
  ['SSN 123456789', '123456789'],
  ['NI number QQ 12 34 56 C', 'QQ 12 34 56 C'],
  ['national insurance qq123456c', 'qq123456c'],
  ['NHS 485 777 3456', '485 777 3456'],
  ['NHS number: 4857773456', '4857773456'],
  ['pasaporte N° P1234567', 'P1234567'],
  ['passport no. 123456789', '123456789'],
  ['A-number A123456789', 'A123456789'],
  ['Alien Registration Number 123-456-789', '123-456-789'],
  ['USCIS # 123456789', '123456789'],
  ['licencia de conducir 12345678', '12345678'],
  ["driver's license D1234567", 'D1234567'],
  ['DL# 123-456-789', '123-456-789'],
  ['licence MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
  ['ficha clínica 458213', '458213'],
  ['ficha N° 458213', '458213'],
  ['N° ficha 33412', '33412'],
  ['MRN 00123456', '00123456'],
  ['medical record number 123456', '123456'],
  ['hospital number 1234567', '1234567'],
  ['FONASA N° 12345678', '12345678'],
  ['ISAPRE Colmena N° 7654321', '7654321'],
  ['número de afiliado 654321', '654321'],
  ['Medicaid ID 12345678901', '12345678901'],
  ['ficha CESFAM 00912', '00912'],
  ['last four of her social: 6092', '6092'],
  ['BRP ZU1234567', 'ZU1234567'],
  ['UPN A801200300010', 'A801200300010'],
];

const nearMisses = [
  'en Chile 1500 niños',
  'licencia médica de 15 días',
  'completó la ficha 2 veces',
  'FONASA tramo B',
  'de 12 34 56 a 78',
  'ID 2024',
  'el documento 2024 del programa',
  'pagó $12.345.678 en total',
  'ganó 1.500.000 pesos',
  'the ID card was lost',
  'passport photos cost £6',
  'puntaje 45 de 60',
  'Ley N° 21.430 y Ley N° 19968',
  'la sesión N° 1234',
  'el informe N° 2024',
  '# 1500 personas',
  'Registro: 100.000 pesos, 100 %',
];

describe('ID numbers', () => {
  it.each(ids)('removes the number in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it.each([
    ['folio 33412 del expediente', '33412'],
    ['parte N° 4412', '4412'],
    ['N° de matrícula 3345', '3345'],
    ['carné de control N° 11873', '11873'],
    ['CPS intake #2024-118733', '2024-118733'],
    ['police report #24-118842', '24-118842'],
    ['LA ref LA-558712', 'LA-558712'],
    ['crime ref 01/234567/24', '01/234567/24'],
  ] as const)('removes the file number in %j as a number', (sentence, planted) => {
    expectRemoved([sentence, planted], '[number removed]');
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
