import { describe, it } from 'vitest';
import { expectKept, expectRemoved, type Planted } from './table';

const marker = '[phone number removed]';

const phones: Planted[] = [
  ['llamar al 8123 4567 mañana', '8123 4567'],
  ['su número es 9456-7812', '9456-7812'],
  ['celular 9 8765 4321', '9 8765 4321'],
  ['me escribió desde el 987654321', '987654321'],
  ['mi número: 987 654 321', '987 654 321'],
  ['+56 9 8765 4321', '+56 9 8765 4321'],
  ['wsp +569 87654321', '+569 87654321'],
  ['(2) 2345 6789', '(2) 2345 6789'],
  ['fijo 22 345 6789', '22 345 6789'],
  ['fono 2 2345 6789', '2 2345 6789'],
  ['en Viña: 32 234 5678', '32 234 5678'],
  ['(+56) 9 8765 4321', '(+56) 9 8765 4321'],
  ['9.8765.4321', '9.8765.4321'],
  ['dictó 9 8 7 6 5 4 3 2 1', '9 8 7 6 5 4 3 2 1'],
  ['anexo: 2 2345 6789 anexo 214', '2 2345 6789 anexo 214'],
  ['mobile 07700 900123', '07700 900123'],
  ['texted from 07700900123', '07700900123'],
  ['office 020 7946 0958', '020 7946 0958'],
  ['+44 7700 900123', '+44 7700 900123'],
  ['+44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
  ['(0161) 496 0000', '(0161) 496 0000'],
  ['call (555) 123-4567 after 5', '(555) 123-4567'],
  ['555-123-4567', '555-123-4567'],
  ['555.123.4567', '555.123.4567'],
  ['hotline 1-800-555-0199', '1-800-555-0199'],
  ['+1 555 123 4567', '+1 555 123 4567'],
  ['work: 555-123-4567 ext. 123', '555-123-4567 ext. 123'],
  ['she texted from a new number 555-0142, says', '555-0142'],
  ['nueve ocho siete seis cinco cuatro tres dos uno', 'nueve ocho siete seis cinco cuatro tres dos uno'],
  ['five five five, oh one four two, three three', 'five five five, oh one four two'],
];

const nearMisses = [
  'a las 15:30 llegó',
  'a las 3.30 de la tarde',
  'el 03-07-2015 y el 3.7.2015',
  'el 2015-07-03',
  'entre 2019-2023',
  'en 2023 2024 y 2025',
  'pagó $150.000',
  'recibe 150.000 pesos',
  'un crédito de $ 1.200.000',
  'USD 1,500 a month',
  'asistencia 45 %',
  'puntaje 6/10',
  '12 sesiones en 2024',
  'de 0900-1030 hrs',
  'from 1530-1600',
  'entre 1000-2000 personas',
  'el 12/03/2024 a las 10:30 en la sala 3',
  'Ley 19.968',
  'item 4.2.1 del informe',
  'contó uno, dos, tres, cuatro, cinco, seis, siete, ocho',
  'entre 250-1500 gramos',
  'de 930-1030',
];

describe('phone numbers', () => {
  it.each(phones)('removes the number in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
