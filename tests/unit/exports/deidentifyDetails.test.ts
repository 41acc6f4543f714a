import { describe, expect, it } from 'vitest';
import { deidentifierFor } from './fixtures';

const text = (input: string) => deidentifierFor('en').text(input);

describe('court references', () => {
  it.each([
    'RIT C-1234-2024',
    'rit c-1234-2024',
    'RIT: C - 1234 - 2024',
    'R.I.T. C-1234-2024',
    'la causa 1234-2024',
    'C-1234-2024',
    'RIT C-77-2021',
    'causa rol C-99-2022',
    'expediente N° 4567-2019',
    'RUC 2310012345-6',
    'RUC: 2310012345-K',
    'case no. 2024/FAM/117',
    'X-12-2020',
  ])('removes %j', (reference) => {
    const output = text(`Según ${reference}, la audiencia sigue.`);
    expect(output).toContain('[court reference removed]');
    expect(output).not.toMatch(/\d{2,}/);
  });

  it("removes the case's own reference however it is written, and its number alone", () => {
    expect(text('RIT  C 1234/2024 y 1234-2024 y rit c-1234-2024')).toBe(
      '[court reference removed] y [court reference removed] y [court reference removed]',
    );
  });
});

describe('addresses', () => {
  it.each([
    ['vive en calle Los Aromos 1234, depto 5, con su hija', 'vive en [address removed], con su hija'],
    ['en Av. Grecia #2400', 'en [address removed]'],
    ['Avenida Pedro de Valdivia 123', '[address removed]'],
    ['pasaje Sta. Inés N° 45 casa B.', '[address removed].'],
    ['Calle 10 de Julio 345', '[address removed]'],
    ['Pje. 3 #45', '[address removed]'],
    ['vive en la villa Los Héroes.', 'vive en la [address removed].'],
    ['She lives at 12 Baker Street, Flat 3.', 'She lives at [address removed].'],
    ['Flat 2, 221B Baker St.', '[address removed]'],
    ['moved to 4 Privet Drive last year', 'moved to [address removed] last year'],
    ['postcode SW1A 1AA', 'postcode [address removed]'],
  ])('removes the address in %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('leaves a sentence after the address alone', () => {
    expect(text('Vive en calle Los Aromos 12. Ximena la visita.')).toBe('Vive en [address removed]. Ximena la visita.');
  });

  it('leaves ordinary uses of the words alone', () => {
    for (const input of ['caminó por la calle principal', 'the street was busy', 'la villa estaba tranquila']) {
      expect(text(input)).toBe(input);
    }
  });
});

describe('phones, e-mails, links', () => {
  it.each([
    '+56 9 8765 4321',
    '+56987654321',
    '9 8765 4321',
    '(2) 2345 6789',
    'tel: 22345678',
    'fono 2 234 5678',
    'celular 987654321',
    '+44 20 7946 0958',
    '020 7946 0958',
    '+1 (555) 123-4567',
  ])('removes the phone number %j', (phone) => {
    const output = text(`Llamar al ${phone} mañana.`);
    expect(output).toMatch(/\[(phone number|number|ID number) removed\]/);
    expect(output).not.toMatch(/\d{3}/);
  });

  it('removes e-mail addresses and links, names in them included', () => {
    expect(text('Escribió desde maria.perez+juzgado@correo.cl y www.facebook.com/majo.perez.')).toBe(
      'Escribió desde [e-mail removed] y [link removed].',
    );
    expect(text('See https://example.org/casos?nombre=Tomas, please.')).toBe('See [link removed], please.');
  });
});

describe('national ID numbers and long numbers', () => {
  it.each([
    'RUT 12.345.678-5',
    'RUT: 12345678-K',
    'run 9.876.543-2',
    '12.345.678-k',
    'cédula de identidad 7.654.321-0',
    'C.I. 11.111.111-1',
    'DNI 12345678Z',
    'passport no. X1234567',
    'NHS number 943 476 5919',
    'SSN 123-45-6789',
    'National Insurance QQ 12 34 56 C',
    'AB 12 34 56 C',
    'ficha 45821',
    'folio 1234567',
    '12345678',
    '1.234.567',
  ])('removes %j', (id) => {
    const output = text(`Dato: ${id}.`);
    expect(output).not.toMatch(/\d{3}/);
    expect(output).toMatch(/removed\]/);
  });

  it('keeps dates, times, ages, amounts and short numbers', () => {
    const input =
      'El 2025-03-14 a las 10:30, en la sesión 12 de 2024, Tomás (9 años) pagó $1.500.000 y 250.000 pesos; 2020-2023; 14/03/2025.';
    expect(text(input)).toBe(
      'El 2025-03-14 a las 10:30, en la sesión 12 de 2024, Child 1 (9 años) pagó $1.500.000 y 250.000 pesos; 2020-2023; 14/03/2025.',
    );
  });
});

describe('dates of birth', () => {
  it.each([
    ['Tomás nació el 3 de mayo de 2015.', 'Child 1 nació el [date of birth removed].'],
    ['nacida el 3 de mayo del 2015', 'nacida el [date of birth removed]'],
    ['fecha de nacimiento: 03/05/2015', 'fecha de nacimiento: [date of birth removed]'],
    ['F. nac. 03-05-2015', 'F. nac. [date of birth removed]'],
    ['DOB 2015-05-03', 'DOB [date of birth removed]'],
    ['D.O.B.: 3 May 2015', 'D.O.B.: [date of birth removed]'],
    ['born on 3rd of May 2015', 'born on [date of birth removed]'],
    ['born May 3, 2015', 'born [date of birth removed]'],
    ['date of birth 3 May 2015', 'date of birth [date of birth removed]'],
    ['nació en mayo de 2015', 'nació en [date of birth removed]'],
  ])('removes the date in %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('keeps a birth year alone, which says no more than an age', () => {
    expect(text('nacido en 2015')).toBe('nacido en 2015');
  });
});

describe('Spanish markers', () => {
  it('says what was removed in Spanish', () => {
    expect(deidentifierFor('es').text('RUT 12.345.678-5, fono +56 9 8765 4321, calle Los Aromos 12')).toBe(
      '[número de identificación eliminado], [teléfono eliminado], [dirección eliminada]',
    );
  });
});

describe('long texts', () => {
  it('are de-identified in linear time, even one unbroken run of characters', () => {
    const deidentifier = deidentifierFor('es');
    const started = performance.now();
    deidentifier.text('a'.repeat(200_000));
    deidentifier.text('1'.repeat(50_000));
    deidentifier.text(`${'María José '.repeat(5_000)}${'x.'.repeat(20_000)}@`);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
