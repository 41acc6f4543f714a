import { describe, expect, it } from 'vitest';
import { reidentify } from '../../../src/renderer/src/supervision/reidentify';

const pseudonyms = [
  { label: 'Madre A', name: 'María José Pérez' },
  { label: 'Madre AB', name: 'Rosa Soto' },
  { label: 'NNA 1', name: 'Tomás' },
  { label: 'NNA 12', name: 'Ema' },
];

describe('names put back on the screen', () => {
  it('follows each pseudonym with whom it stands for, whole words only, longest first', () => {
    expect(reidentify('Reunirse con Madre A y con Madre AB; NNA 1 y NNA 12.', pseudonyms)).toBe(
      'Reunirse con Madre A (María José Pérez) y con Madre AB (Rosa Soto); NNA 1 (Tomás) y NNA 12 (Ema).',
    );
  });

  it('finds a pseudonym in other letter case, and leaves a word that only contains one', () => {
    expect(reidentify('madre a llegó; Madre Alegre no es nadie; NNA 10 tampoco.', pseudonyms)).toBe(
      'madre a (María José Pérez) llegó; Madre Alegre no es nadie; NNA 10 tampoco.',
    );
  });

  it('leaves text alone without pseudonyms, and reads a label with signs in it literally', () => {
    expect(reidentify('Sin nombres.', [])).toBe('Sin nombres.');
    expect(reidentify('Persona (A) dijo', [{ label: 'Persona (A)', name: 'X' }])).toBe('Persona (A) (X) dijo');
  });
});
