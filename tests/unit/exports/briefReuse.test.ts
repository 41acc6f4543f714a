/**
 * What one export reuses: the brief the review showed (only while the case, its export log, the
 * day and the choices are what it was built from), the read-back of lines already found clean,
 * and each chart's PNG. Reused or not, the results must be the same.
 */
import { describe, expect, it } from 'vitest';
import type { BriefSources } from '../../../src/main/exports/brief/briefPipeline';
import { chartFallback } from '../../../src/main/exports/brief/chartImages';
import { createBriefPreparer } from '../../../src/main/exports/brief/lastBrief';
import { encodePng } from '../../../src/main/exports/png';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { emptyCaseExports, type CaseExports } from '../../../src/shared/exports/exportLog';
import { rasterize } from '../../../src/shared/exports/raster/rasterize';
import type { BriefRequest } from '../../../src/shared/exports/requests';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { familyCase, reference, wordList } from './fixtures';

const lexicon = wordList([]);

function caseWith(text: string): CaseWithEntries {
  return familyCase({
    reference,
    entries: [
      storedEntry(
        'e1',
        entryContent({
          sessionDate: '2025-03-14',
          attendees: [],
          sections: [{ id: 's1', title: 'Visita', visibility: 'supervision', text }],
          ratings: { practitioner: { bond: 5, goals: 4, tasks: 6 } },
        }),
      ),
    ],
  });
}

/** What `prepareBrief` reads, each part replaceable between two calls. */
function sourcesOver(state: { journalCase: CaseWithEntries; record: CaseExports; today: string }): BriefSources {
  return {
    store: { readCase: () => Promise.resolve(state.journalCase) },
    log: { read: () => Promise.resolve(state.record) },
    lexicon: () => Promise.resolve(lexicon),
    today: () => state.today,
  } as unknown as BriefSources;
}

const request: BriefRequest = { caseId: 'case-1', language: 'es', from: null };

describe('the brief an export reuses', () => {
  it('is the one the review showed while nothing it was built from changed', async () => {
    const state = {
      journalCase: caseWith('Hablamos del colegio.'),
      record: emptyCaseExports('case-1'),
      today: '2025-04-01',
    };
    const sources = sourcesOver(state);
    const prepare = createBriefPreparer();
    const shown = await prepare(sources, request);
    // An export request carries its format and recipient too: they choose nothing in the brief.
    const exportRequest = { ...request, format: 'docx', recipient: 'Supervisora' } as BriefRequest;
    expect(await prepare(sources, exportRequest)).toBe(shown);
    // The same case read again (equal, not the same object) is still the same case.
    state.journalCase = structuredClone(state.journalCase);
    expect(await prepare(sources, request)).toBe(shown);
  });

  it('is built again when the case, the export log, the day or the choices change', async () => {
    const state = {
      journalCase: caseWith('Hablamos del colegio.'),
      record: emptyCaseExports('case-1'),
      today: '2025-04-01',
    };
    const sources = sourcesOver(state);
    const prepare = createBriefPreparer();
    let last = await prepare(sources, request);
    const expectNew = async (change: () => void, next: BriefRequest = request) => {
      change();
      const brief = await prepare(sources, next);
      expect(brief).not.toBe(last);
      last = brief;
      return brief;
    };
    const changed = await expectNew(() => (state.journalCase = caseWith('Hablamos de la audiencia.')));
    expect(changed.model.excerpts.map((excerpt) => JSON.stringify(excerpt))).toEqual(
      expect.arrayContaining([expect.stringContaining('audiencia')]),
    );
    // A change made in place, to the very object the store gave before, counts too.
    await expectNew(() => {
      const section = state.journalCase.entries[0]?.sections[0];
      if (section !== undefined) section.text = 'Hablamos de las visitas.';
    });
    await expectNew(() => (state.record = { ...state.record, safeWords: ['Colegio'] }));
    await expectNew(() => (state.today = '2025-04-02'));
    await expectNew(() => undefined, { ...request, language: 'en' });
  });
});

describe('the read-back of a prepared brief', () => {
  it('counts what a text holds the same however often it is asked', async () => {
    const state = { journalCase: caseWith('Sin nombres.'), record: emptyCaseExports('case-1'), today: '2025-04-01' };
    const brief = await createBriefPreparer()(sourcesOver(state), request);
    const written = 'Línea limpia\nTomi llamó al +56 9 8765 4321\nOtra línea';
    const first = brief.leftovers(written);
    expect(first.length).toBeGreaterThan(0);
    expect(brief.leftovers(written)).toEqual(first);
    expect(brief.leftovers('Línea limpia\nOtra línea')).toEqual([]);
  });
});

describe("a chart's PNG fallback", () => {
  it('is the PNG of its pixels, drawn once per chart', async () => {
    const state = { journalCase: caseWith('Sin nombres.'), record: emptyCaseExports('case-1'), today: '2025-04-01' };
    const { charts } = await createBriefPreparer()(sourcesOver(state), request);
    const png = await chartFallback(charts.alliance);
    expect(png.equals(encodePng(rasterize(charts.alliance.tree, 1.5)))).toBe(true);
    expect(chartFallback(charts.alliance)).toBe(chartFallback(charts.alliance));
  });
});
