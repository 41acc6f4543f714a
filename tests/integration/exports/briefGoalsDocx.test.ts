import { describe, expect, it } from 'vitest';
import { briefBytes, buildPreparedBrief } from '../../../src/main/exports/brief/briefPipeline';
import { emptyCaseExports } from '../../../src/shared/exports/exportLog';
import { baseCase } from '../../unit/exports/briefGoalsCase';
import { wordList } from '../../unit/exports/fixtures';
import { textOf, unzip } from './support';

async function docx(language: 'en' | 'es') {
  const brief = buildPreparedBrief(
    { journalCase: baseCase, record: emptyCaseExports('case-1'), producedOn: '2025-06-01', lexicon: wordList([]) },
    { caseId: 'case-1', language, parts: ['alliance'] },
  );
  return unzip(Buffer.from(await briefBytes(brief, 'docx')));
}

describe('the goal attainment section of a brief DOCX', () => {
  it('carries the T-score chart as SVG with its PNG, the table and the de-identified goals, its heading kept with the chart', async () => {
    const files = await docx('en');
    const document = files.get('word/document.xml')!.toString('utf8');
    const text = textOf(document);
    expect(text).toContain('Goal attainment');
    expect(text).toMatch(/20 April 2025\s*62\.0\s*\+1\s*\+1/);
    expect(text).toContain('(weight 2)');
    for (const name of ['Majo', 'Tomás', 'Tomi']) expect(text).not.toContain(name);
    const svgs = [...files.entries()].filter(([name]) => name.startsWith('word/media/') && name.endsWith('.svg'));
    expect(svgs.some(([, data]) => data.toString('utf8').includes('Goal attainment T-score at each review'))).toBe(
      true,
    );
    expect([...files.keys()].filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(svgs.length);
    // The paragraph that names the section keeps with the next one, down to the chart.
    const heading = document.lastIndexOf('<w:p>', document.indexOf('>Goal attainment<'));
    expect(document.slice(heading, document.indexOf('>Goal attainment<'))).toContain('<w:keepNext/>');
  });

  it('is written in Spanish too', async () => {
    const text = textOf((await docx('es')).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Logro de objetivos');
    expect(text).toMatch(/20 de marzo de 2025\s*46,0\s*−1\s*0/);
  });
});
