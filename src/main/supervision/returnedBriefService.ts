/**
 * Reading a brief the supervisor sent back, from a file chosen in main's dialog or from pasted
 * text: nothing is written. The answer names the brief and its case and carries the brief's
 * pseudonyms with whom they stand for, so the screen can show "Madre A (Rosa)"; the notes
 * themselves stay as the supervisor wrote them, de-identified, and are stored that way when the
 * practitioner records the supervision.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CaseWithEntries } from '../../shared/domain/case';
import type { CaseExports, ExportRecord } from '../../shared/exports/exportLog';
import { customLabelsOf, derivedLabelOf } from '../../shared/exports/deidentify/pseudonyms';
import { AppError } from '../../shared/ipc/result';
import type {
  ReadReturnedBriefResponse,
  ReturnedBrief,
  ReturnedBriefRefusal,
} from '../../shared/journal/supervisionRequests';
import { exportLogOf } from '../exports/exportLog';
import type { ChooseFile } from '../journal/journalCare';
import type { OpenJournal } from '../journal/openJournal';
import { findReturnedBrief } from './findReturnedBrief';
import { readReturnedBrief } from './returnedBrief';
import { readReturnedDocument, returnedFormatOf, textDocument, type ReturnedDocument } from './returnedDocument';

export interface ReturnedBriefOptions {
  open: () => OpenJournal;
  chooseFile?: ChooseFile;
}

const refused = (reason: ReturnedBriefRefusal): ReadReturnedBriefResponse => ({ status: 'refused', reason });

/** The pseudonyms of one exported brief of a case and whom they stand for, for the screen. */
export async function briefPseudonyms(journal: OpenJournal, caseId: string, exportId: string) {
  const [journalCase, exports] = await Promise.all([
    journal.store.readCase(caseId),
    exportLogOf(journal.session).read(caseId),
  ]);
  const record = exports.exports.find((each) => each.id === exportId && each.kind === 'supervision-brief');
  if (record === undefined) throw new AppError('invalid-request', `The case has no exported brief ${exportId}.`);
  return { pseudonyms: pseudonymsOf(journalCase, exports, record) };
}

export function createReturnedBriefReader(options: ReturnedBriefOptions) {
  return async function readReturned(request: { pasted?: string | undefined }): Promise<ReadReturnedBriefResponse> {
    const journal = options.open();
    let document: ReturnedDocument;
    if (request.pasted !== undefined) document = textDocument(request.pasted, true);
    else {
      if (options.chooseFile === undefined) throw new AppError('unavailable', 'There is no file dialog here.');
      const file = await options.chooseFile({ purpose: 'returned-brief' });
      if (file === undefined) return { status: 'cancelled' };
      const format = returnedFormatOf(file);
      if (format === undefined || !path.isAbsolute(file)) return refused('unsupported-file');
      // A brief is well under a megabyte: a huge file is refused before it is read.
      if ((await stat(file)).size > 20 * 1024 * 1024) return refused('unsupported-file');
      try {
        document = await readReturnedDocument(format, await readFile(file));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return refused(error.code === 'integrity' ? 'damaged-file' : 'unsupported-file');
      }
    }
    const reading = readReturnedBrief(document);
    if (reading.kind !== 'brief') return refused(reading.kind);
    const log = exportLogOf(journal.session);
    const found = await findReturnedBrief(
      {
        vaultId: journal.session.vaultId,
        caseIds: async () => (await journal.store.listCases()).map((summary) => summary.id),
        log,
      },
      reading,
    );
    if (found.kind !== 'found') return refused(found.kind);
    const journalCase = await journal.store.readCase(found.caseId);
    const { exports } = found;
    const brief: ReturnedBrief = {
      caseId: journalCase.id,
      caseAlias: journalCase.alias,
      exportId: found.record.id,
      reference: reading.reference,
      exportedAt: found.record.exportedAt,
      fileName: found.record.fileName,
      ...(found.record.period === undefined ? {} : { period: found.record.period }),
      notes: reading.notes,
      comments: reading.comments,
      pseudonyms: pseudonymsOf(journalCase, exports, found.record),
    };
    return { status: 'found', brief };
  };
}

/** Each party's pseudonym in the brief's language, as the brief printed it (the practitioner's own first). */
function pseudonymsOf(journalCase: CaseWithEntries, exports: CaseExports, record: ExportRecord) {
  const language = record.language ?? 'es';
  const custom = customLabelsOf(exports.customPseudonyms, language);
  return journalCase.parties.flatMap((party) => {
    const label = custom.get(party.id) ?? derivedLabelOf(exports.pseudonyms, party, language);
    return label === undefined ? [] : [{ label, partyId: party.id, name: party.name }];
  });
}
