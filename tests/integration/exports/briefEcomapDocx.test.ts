/**
 * The ecomap in a DOCX brief of the 12-party, 500-session case: drawn as SVG with its PNG
 * fallback like the other charts, every party on it by pseudonym, in English and in Spanish.
 */
import { describe, expect, it } from 'vitest';
import { ecomapCase } from '../../../bench/ecomapCase';
import { briefBytes, buildPreparedBrief } from '../../../src/main/exports/brief/briefPipeline';
import { emptyCaseExports } from '../../../src/shared/exports/exportLog';
import { wordList } from '../../unit/exports/fixtures';
import { textOf, unzip } from './support';

const journalCase = ecomapCase();

async function docx(language: 'en' | 'es') {
  const brief = buildPreparedBrief(
    { journalCase, record: emptyCaseExports(journalCase.id), producedOn: '2030-01-01', lexicon: wordList([]) },
    { caseId: journalCase.id, language, from: null },
  );
  return { brief, parts: unzip(Buffer.from(await briefBytes(brief, 'docx'))) };
}

describe('the ecomap in the DOCX brief of a case with 12 parties', () => {
  for (const language of ['en', 'es'] as const) {
    it(`carries it as SVG with a PNG fallback, each party by pseudonym (${language})`, async () => {
      const { brief, parts } = await docx(language);
      const svgs = [...parts].filter(([name]) => name.endsWith('.svg')).map(([, bytes]) => bytes.toString('utf8'));
      const pngs = [...parts.keys()].filter((name) => name.endsWith('.png'));
      const ecomap = svgs.find((svg) => svg.includes('id="brief-ecomap-title"'));
      // The alliance chart and the ecomap; the tension map is printed as its table only.
      expect(svgs).toHaveLength(2);
      expect(pngs).toHaveLength(2);
      expect(ecomap).toBeDefined();
      expect(ecomap?.match(/class="ecomap-party"/g)).toHaveLength(10);
      const labels = brief.model.partyPseudonyms.map((party) => party.label);
      expect(new Set(labels).size).toBe(12);
      for (const label of labels) expect(ecomap).toContain(label);
      // The ecomap's part of the document: its heading, what it is drawn from and its table.
      const document = textOf(parts.get('word/document.xml')?.toString('utf8') ?? '');
      const { texts } = brief.labels;
      const from = document.indexOf(texts.ecomap.heading);
      const part = document.slice(from, document.indexOf(texts.tensions.heading, from));
      expect(from).toBeGreaterThan(0);
      const children = new Set(journalCase.parties.filter((party) => party.role === 'child').map((party) => party.id));
      for (const party of brief.model.partyPseudonyms)
        if (!children.has(party.partyId)) expect(part).toContain(party.label);
      const names = journalCase.parties.flatMap((party) => [
        party.name,
        ...party.aliases,
        ...party.name.split(' ').filter((word) => word.length > 3 && word !== 'Familia'),
      ]);
      for (const name of names) {
        expect(ecomap?.includes(name), name).toBe(false);
        expect(part.includes(name), name).toBe(false);
      }
    }, 60_000);
  }
});
