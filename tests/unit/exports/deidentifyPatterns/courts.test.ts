import { describe, it } from 'vitest';
import { expectKept, expectRemoved, type Planted } from './table';

const marker = '[court reference removed]';

const references: Planted[] = [
  ['Según RIT C-2345-2024, la audiencia sigue.', 'C-2345-2024'],
  ['en la RIT C 2345-2023 se decretó', 'C 2345-2023'],
  ['RIT: C-2345-2022', 'C-2345-2022'],
  ['rit c-2345-2021 del juzgado', 'c-2345-2021'],
  ['R.I.T. X-88-2023', 'X-88-2023'],
  ['RIT C‑2345‑2020 (con guiones largos)', 'C‑2345‑2020'],
  ['RUC 2410012345-6', '2410012345-6'],
  ['RUC N° 2410012345-6', '2410012345-6'],
  ['causa rol 4321-2023', '4321-2023'],
  ['Rol N° 4321-2022', '4321-2022'],
  ['N° de causa 987-2021', '987-2021'],
  ['expediente N° 4567-2019', '4567-2019'],
  ['la medida X-123-2022 sigue vigente', 'X-123-2022'],
  ['RIT X-1234-2023 y Z-55-2022', 'Z-55-2022'],
  ['Case No. 2:24-cv-01234', '2:24-cv-01234'],
  ['Docket No. FD-2024-001234', 'FD-2024-001234'],
  ['Docket # 24-JV-0123', '24-JV-0123'],
  ['docket 24-JV-0456 was reopened', '24-JV-0456'],
  ['Index No. 123456/2024', '123456/2024'],
  ['Petition No. 2024-0456', '2024-0456'],
  ['Case number ZW24C00123', 'ZW24C00123'],
  ['case no. LS24P01234', 'LS24P01234'],
  ['Claim No. K12AB345', 'K12AB345'],
  ['the hearing in MK23D04567 was adjourned', 'MK23D04567'],
  ['Shut down when I mentioned 24 JA 873; said', '24 JA 873'],
  ['jd-24-0457', 'jd-24-0457'],
  ['case #2024JA000873', '2024JA000873'],
  ['Order of Protection 24-OP-5512', '24-OP-5512'],
];

const nearMisses = [
  'the case was closed in 2024',
  'case 12 sessions later',
  'la causa avanzó en 2024',
  'a causa de 3 faltas',
  'case no. pending',
  'entre 2019-2023 hubo tres causas',
  'la Sala 3 del tribunal, piso 2',
  'Ley 19.968 y Ley N° 21.430',
  'artículo 71 letra h',
  'the docket was long',
];

describe('court references', () => {
  it.each(references)('removes the reference in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], marker);
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
