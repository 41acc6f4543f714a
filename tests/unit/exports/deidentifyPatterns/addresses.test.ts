import { describe, expect, it } from 'vitest';
import { deidentify, expectKept, expectRemoved, type Planted } from './table';

const marker = '[address removed]';

const addresses: Planted[] = [
  ['vive en Tobalaba 1450 con su madre', 'Tobalaba 1450'],
  ['la visita fue en Tobalaba 1450, Providencia.', 'Tobalaba 1450'],
  ['vive en Los Aromos 345', 'Los Aromos 345'],
  ['Vivo en los aromos 345, depto 12', 'los aromos 345, depto 12'],
  ['Domicilio: los aromos 345', 'los aromos 345'],
  ['Dirección: Gran Avenida 5678', 'Avenida 5678'],
  ['reside en Lo Espejo 1234', 'Lo Espejo 1234'],
  ['av. vicuña mackenna 7110', 'vicuña mackenna 7110'],
  ['AV. VICUÑA MACKENNA 7110', 'VICUÑA MACKENNA 7110'],
  ['pasaje los aromos 345, villa el sol', 'los aromos 345, villa el sol'],
  ['calle san martín 1234 depto 5', 'san martín 1234 depto 5'],
  ['Los Aromos 345 depto 12', 'Los Aromos 345 depto 12'],
  ['depto 504', 'depto 504'],
  ['en el block 12 depto 34', 'block 12 depto 34'],
  ['vive en la Villa Los Héroes', 'Villa Los Héroes'],
  ['Población La Victoria', 'Población La Victoria'],
  ['vive en villa los héroes junto a su tía', 'villa los héroes'],
  ['Casilla 123, Santiago', 'Casilla 123'],
  ['PO Box 1234', 'PO Box 1234'],
  ['P.O. Box 55', 'P.O. Box 55'],
  ['She lives at 881 Fulton, apartment 3C.', '881 Fulton, apartment 3C'],
  ['She lives at 881 Fulton.', '881 Fulton'],
  ['1600 Pennsylvania Ave NW', '1600 Pennsylvania Ave NW'],
  ['moved to Springfield, IL 62704 in May', 'Springfield, IL 62704'],
  ['ZIP 62704-1234', '62704-1234'],
  ['postcode sw1a 1aa', 'sw1a 1aa'],
  ['Leeds LS1 4AB', 'LS1 4AB'],
  ['Flat 2, 14 Mill Lane', 'Flat 2, 14 Mill Lane'],
  ['at 12 baker street today', '12 baker street'],
  ['último domicilio CALLE NUEVA 2 #0456, POBL. LA BANDERA.', 'NUEVA 2 #0456, POBL. LA BANDERA'],
  ['parcela 12, camino a Lonquén', 'camino a Lonquén'],
  ['last known address Lot 18, Shady Pines Mobile Home Park.', 'Lot 18, Shady Pines'],
  ['The uncle lives at Apt. #2R, 1550 S. State and', '1550 S. State'],
  ['1402 w. 63rd st.', '1402 w. 63rd st'],
  ['4410 N Kedzie Ave', '4410 N Kedzie Ave'],
  ['en su domicilio de Las Acacias 0345, con', 'Las Acacias 0345'],
];

const nearMisses = [
  'caminó por la calle principal',
  'la calle estaba cerrada 3 días',
  'la villa estaba tranquila',
  'vive en la villa con su tía',
  'piso 2 del tribunal',
  'en la Sala 3',
  'en la Sala 305',
  'en Marzo 2024',
  'según la Ley 21.430 y la Ley 20066',
  'en Ley 20066',
  'tiene 7 años',
  'walked 3 blocks down the street',
  'moved to 3 foster homes',
  'the 2 small court hearings',
  'en el pasaje jugaban 4 niños',
  'en Santiago 2023',
  'en Chile 1500 niños',
  'fase 2 del programa',
  'vive en la villa con 4 hermanos',
  'la casa 3 personas',
  'we met at 3pm on the 2nd floor',
  'Unit 3 homework was late',
  'She attended 3 Family Court hearings',
  'Level 3 of 4 on the continuum, session 3 of 12',
  'camino a casa',
  'Gran parte de 2024',
];

describe('addresses', () => {
  it.each(addresses)('removes the address in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it('leaves the words before the address', () => {
    expect(deidentify('vive en Los Aromos 345 con su madre')).toBe(`vive en ${marker} con su madre`);
    expect(deidentify('Domicilio: los aromos 345', 'es')).toBe('Domicilio: [dirección eliminada]');
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
