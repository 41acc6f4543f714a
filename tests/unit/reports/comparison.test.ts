import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/shared/domain/report/comparison';
import type { ReportVersion, Statement } from '../../../src/shared/domain/report/report';
import { reportSectionKinds } from '../../../src/shared/domain/report/reportTaxonomy';
import { at, sections, statement } from './reportFixtures';

function version(number: number, content: Parameters<typeof sections>[0]): ReportVersion {
  return { number, status: 'draft', createdAt: at, updatedAt: at, sections: sections(content), documents: [] };
}

describe('comparing versions', () => {
  it('lists added, removed and changed statements section by section, with a word diff', () => {
    const from = version(1, {
      concerns: [
        statement('keep', 'Sin cambios.'),
        statement('edit', 'La madre faltó a tres visitas.'),
        statement('gone', 'Una frase quitada.'),
        statement('retype', 'Dice que duerme mal.', { type: 'observation' }),
      ],
    });
    const to = version(2, {
      concerns: [
        statement('keep', 'Sin cambios.'),
        statement('edit', 'La madre faltó a dos visitas.'),
        statement('retype', 'Dice que duerme mal.', { type: 'allegation', by: { partyId: 'p-mother' } }),
        statement('new', 'Una frase nueva.'),
      ],
    });
    const comparison = compareVersions(from, to);
    expect(comparison.sections.map((section) => section.kind)).toEqual([...reportSectionKinds]);
    const concerns = comparison.sections.find((section) => section.kind === 'concerns')!;
    expect(concerns.unchanged).toBe(1);
    expect(concerns.added.map((item) => item.id)).toEqual(['new']);
    expect(concerns.removed.map((item) => item.id)).toEqual(['gone']);
    const [edit, retype] = concerns.changed;
    expect(edit!.fields).toEqual([]);
    expect(edit!.text).toEqual([
      { kind: 'same', text: 'La madre faltó a ' },
      { kind: 'removed', text: 'tres' },
      { kind: 'added', text: 'dos' },
      { kind: 'same', text: ' visitas.' },
    ]);
    expect(retype!.text).toEqual([]);
    expect(retype!.fields).toEqual(['type', 'by']);
  });

  it('shows a statement moved to another section as removed there and added here', () => {
    const moved = statement('m', 'Se mudó de sección.');
    const comparison = compareVersions(version(1, { concerns: [moved] }), version(2, { strengths: [moved] }));
    const byKind = Object.fromEntries(comparison.sections.map((section) => [section.kind, section]));
    expect(byKind['concerns']!.removed).toEqual([moved]);
    expect(byKind['strengths']!.added).toEqual([moved]);
  });

  it('compares two 20-page versions quickly and correctly', () => {
    const words = 'la madre asistió a la visita con el niño y conversamos sobre la escuela y la audiencia'.split(' ');
    const text = (seed: number) =>
      Array.from({ length: 120 }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(' ');
    const content = (change: (statement: Statement, index: number) => Statement | undefined) =>
      Object.fromEntries(
        reportSectionKinds.map((kind, sectionIndex) => [
          kind,
          Array.from({ length: 15 }, (_, index) =>
            change(statement(`${kind}-${index}`, text(sectionIndex * 15 + index)), index),
          ).filter((item): item is Statement => item !== undefined),
        ]),
      );
    const from = version(
      1,
      content((item) => item),
    );
    // In each section: statement 0 removed, every third reworded, the rest kept.
    const to = version(
      2,
      content((item, index) =>
        index === 0 ? undefined : index % 3 === 0 ? { ...item, text: `${item.text} y además faltó` } : item,
      ),
    );
    const started = performance.now();
    const comparison = compareVersions(from, to);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(500);
    for (const section of comparison.sections) {
      expect(section.removed).toHaveLength(1);
      expect(section.changed).toHaveLength(4);
      expect(section.unchanged).toBe(10);
      for (const change of section.changed) {
        const join = (kinds: string[]) =>
          change.text
            .filter((part) => kinds.includes(part.kind))
            .map((part) => part.text)
            .join('');
        // The kept runs carry the spacing of the newer text.
        const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
        expect(words(join(['same', 'removed']))).toEqual(words(change.before.text));
        expect(join(['same', 'added'])).toBe(change.after.text);
        expect(change.text.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
          'y además faltó',
        ]);
      }
    }
  });
});
