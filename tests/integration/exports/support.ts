/**
 * A real vault with one family whose names are hard to catch, composed as the app composes it,
 * with a save dialog the test answers; and a small ZIP reader to open the DOCX it exports.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { SavePathRequest } from '../../../src/main/exports/exportService';
import { createServices, type Services } from '../../../src/main/services';
import type { EntryContent } from '../../../src/shared/domain/entry';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import type { BriefLanguage } from '../../../src/shared/exports/language';
import { manualClock, entryContent } from '../../unit/journal/journalFixtures';
import { family, reference } from '../../unit/exports/fixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

export const passphrase = 'minuta de supervisión de prueba 2025';

export interface ExportJournal {
  services: Services;
  clock: ReturnType<typeof manualClock>;
  directory: string;
  /** A folder outside the vault for exported files. */
  outbox: string;
  /** What the next save dialog answers (a path, or undefined for Cancel), and what it was asked. */
  dialog: { answer: string | undefined; asked: SavePathRequest[] };
  caseId: string;
  close(): Promise<void>;
}

/** Text that must never leave the journal: private sections, prompt answers, private feelings, old revisions. */
export const privateMarkers = ['SECRETO-PRIVADO-UNO', 'RESPUESTA-PRIVADA', 'SENTIR-PRIVADO', 'VERSION-ANTERIOR'];

/** Every way the family is named in the entries below, and the details that identify them. */
export const forbidden = [
  'María',
  'Maria',
  'José',
  'Pérez',
  'Perez',
  'Tomás',
  'Tomas',
  'Tomi',
  'Majo',
  'Rosa',
  'Elvira',
  'Soto',
  'abuela',
  'Ignacio',
  'Larraín',
  'Larrain',
  'Pudahuel',
  '1234-2024',
  'Aromos',
  '8765',
  '12.345.678',
  'gmail',
  '2015',
];

function content(overrides: Partial<EntryContent>): EntryContent {
  return entryContent({ attendees: ['p-child', 'p-mother'], ...overrides });
}

export async function openExportJournal(): Promise<ExportJournal> {
  const root = await temporaryFolder('alianza-exports-');
  const directory = path.join(root, 'vault');
  const outbox = path.join(root, 'outbox');
  await mkdir(outbox);
  const clock = manualClock(new Date(2025, 2, 14, 18, 0));
  const dialog: ExportJournal['dialog'] = { answer: undefined, asked: [] };
  const services = createServices({
    settingsDirectory: root,
    vaultDirectory: directory,
    appInfo: {
      name: 'Alianza',
      version: '0.0.0',
      platform: process.platform,
      runtime: 'browser-harness',
      versions: { node: process.versions.node },
      systemLocale: 'es-CL',
    },
    now: () => clock.now().getTime(),
    autoLockCheckMilliseconds: 2_000_000_000,
    chooseSavePath: (request) => {
      dialog.asked.push(request);
      return Promise.resolve(dialog.answer);
    },
  });
  await services.vault.create(passphrase);
  const { journal } = services;
  const created = await journal.createCase({
    alias: 'Familia R.',
    reference,
    phase: 'start',
    openedAt: '2025-03-01',
    parties: family,
    goals: [],
  });
  await journal.saveEntry({
    caseId: created.id,
    entryId: 'e1',
    content: content({
      sections: [{ id: 's1', title: 'Lo que pasó', visibility: 'supervision', text: 'VERSION-ANTERIOR de la sesión.' }],
    }),
  });
  // A day later the entry is revised: the first version stays in its history, and must stay there.
  clock.set(new Date(2025, 2, 15, 9, 0));
  await journal.saveEntry({
    caseId: created.id,
    entryId: 'e1',
    reason: 'más detalle',
    content: content({
      sections: [
        {
          id: 's1',
          title: 'Visita a Tomi',
          visibility: 'supervision',
          text:
            'La Sra. Pérez (MARÍA JOSÉ) llegó tarde con Tomi desde calle Los Aromos 1234. Majo dijo que maria jose ' +
            'no duerme. Ximena, la vecina, llamó al +56 9 8765 4321. RUT 12.345.678-5, correo majo.perez@gmail.com.\n\n' +
            '## Lo que dijo la abuela\n\n- Doña Rosa cuida a **TOMÁS** (nacido el 3 de mayo de 2015).\n- Causa RIT C-1234-2024.',
        },
        {
          id: 's2',
          title: 'Mi reflexión sobre Rosa Elvira Soto',
          visibility: 'private',
          text: 'SECRETO-PRIVADO-UNO: sentí rabia con la abuela.',
        },
      ],
      promptAnswers: [{ promptId: 'start-caregiver-fears', answer: 'RESPUESTA-PRIVADA sobre Majo.' }],
      feelingsVisibility: 'private',
      feelingNote: 'SENTIR-PRIVADO con Tomás.',
      supervisionQuestions: ['¿Cómo hablo con María José Pérez de las inasistencias de Tomi sin amenazar?'],
    }),
  });
  await journal.saveEntry({
    caseId: created.id,
    entryId: 'e2',
    content: content({
      sessionDate: '2025-03-21',
      phase: 'evaluation',
      sections: [
        {
          id: 'r1',
          title: 'Para el informe',
          visibility: 'reportable',
          statementType: 'allegation',
          statementBy: { partyId: 'p-grandmother' },
          text: 'La abuela refiere que el profesor Ignacio Larraín citó a la Sra. Soto.',
        },
      ],
      tensions: [
        {
          type: 'duty-to-report',
          indicators: ['repeated-absences'],
          parties: ['p-mother', 'p-grandmother'],
          intensity: 3,
          rupture: 'confrontation',
          repairSteps: ['recognise-and-ask-feedback'],
          note: 'Majo reclamó frente a Rosa.',
        },
      ],
      strategies: [
        { kind: 'repair', strategy: 'clarifying-expectations', outcome: 'partly-resolved', note: 'Con Rosa aparte.' },
        { kind: 'counterproductive', strategy: 'reminding-rules', outcome: 'not-resolved' },
      ],
      ratings: {
        practitioner: { bond: 4, goals: 3, tasks: 5 },
        caregiver: { bond: 7, goals: 6, tasks: 6, partyId: 'p-mother' },
      },
      feelings: ['exhaustion', 'hope'],
      feelingsVisibility: 'supervision',
      feelingNote: 'Agotamiento, pero Tomi sonrió.',
      supervisionQuestions: ['¿Informo lo que Rosa contó de Majo?'],
    }),
  });
  clock.set(new Date(2025, 2, 28, 9, 0));
  return {
    services,
    clock,
    directory,
    outbox,
    dialog,
    caseId: created.id,
    close: async () => {
      await services.shutdown();
      await removeFolder(root);
    },
  };
}

/** The files of a ZIP archive (a DOCX), read from its central directory. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a ZIP file: no end of central directory.');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('Damaged central directory.');
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The text of an XML or HTML part: tags dropped, entities decoded, runs joined. */
export function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The forbidden words found in a text, as whole words, ignoring case and accents. */
export function leaks(text: string, words: readonly string[] = [...forbidden, ...privateMarkers]): string[] {
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const folded = fold(text);
  return words.filter((word) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(
      folded,
    ),
  );
}

/**
 * An exported brief without what only the file carries (its reference under the facts, and the
 * line that says what it is for), so it can be compared with the preview.
 */
export function withoutReference(text: string, language: BriefLanguage): string {
  const { reference } = briefLabels(language).texts;
  const opening = reference.purpose.slice(0, 20);
  return text
    .replace(
      new RegExp(
        `(<br>|\\n)(<strong>|\\*\\*)${reference.label}:(</strong>|\\*\\*) SB-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`,
      ),
      '',
    )
    .replace(new RegExp(`\\n<p><em>${opening}[^\\n]*</em></p>`), '')
    .replace(new RegExp(`_${opening}[^\\n]*_\\n\\n`), '');
}
