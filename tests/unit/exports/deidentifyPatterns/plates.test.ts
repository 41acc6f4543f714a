import { describe, expect, it } from 'vitest';
import { deidentify, expectKept, expectRemoved, type Planted } from './table';

const marker = '[licence plate removed]';

const plates: Planted[] = [
  ['llegó en el auto BB·CD·12', 'BB·CD·12'],
  ['camioneta BBCD12 estacionada', 'BBCD12'],
  ['BB-CD-12', 'BB-CD-12'],
  ['el taxi GHTK-45', 'GHTK-45'],
  ['un auto patente GH TK 45', 'GH TK 45'],
  ['patente antigua AB 1234', 'AB 1234'],
  ['AB-1234 era la del padre', 'AB-1234'],
  ['placa bbcd12', 'bbcd12'],
  ['su patente es gh-tk-45', 'gh-tk-45'],
  ['PPU: JKLR-98', 'JKLR-98'],
  ['a car with plate 7ABC123', '7ABC123'],
  ['7ABC123', '7ABC123'],
  ['license plate ABC-1234', 'ABC-1234'],
  ['licence plate number abc 1234', 'abc 1234'],
  ['tag number 123 XYZ', '123 XYZ'],
  ['registration AB12 CDE', 'AB12 CDE'],
  ['a van, AB12 CDE, outside', 'AB12 CDE'],
];

const nearMisses = [
  'patente 2024 del negocio',
  'placa de tórax 2 veces',
  'UF 1500 al mes',
  'PM 2024',
  'PDF 12',
  'HTML5',
  'el PPF 12 de julio',
  'la OPD 2024',
  'COVID 19',
  'el CESFAM 3',
  'NNA 2023-2024',
  'the plate was broken',
  'SENAME 12',
  'paso 4 del plan',
  'ISO 9001',
];

describe('licence plates', () => {
  it.each(plates)('removes the plate in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it('says so in Spanish', () => {
    expect(deidentify('patente BBCD12', 'es')).toBe('patente [patente eliminada]');
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
