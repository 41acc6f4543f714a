/**
 * Rollback detection around the open vault: at every unlock the journal's files are held against
 * the index's record of them and the index against the device's record (`rollbackCheck.ts`).
 * Anything behind opens the journal read-only, naming the files, until the practitioner restores
 * a backup or keeps the state found. The device's record moves forward at unlock and at lock.
 */
import { AppError } from '../../shared/ipc/result';
import type { VaultStatus } from '../../shared/vault/vaultStatus';
import { createJournalStore } from '../journal/journalStore';
import { filesBehind, type FileBehind } from '../journal/rollbackCheck';
import type { HighWaterMarks } from '../vault/highWaterMarks';
import type { VaultSession } from '../vault/vaultSession';
import type { VaultAccess } from './vaultAccess';

export interface GuardedVaultAccess extends VaultAccess {
  /** Keeps the state found at unlock as the journal's own: writes go on, and the device records it. */
  keepRolledBackState(): Promise<VaultStatus>;
}

export function guardingRollback(vault: VaultAccess, marks: HighWaterMarks): GuardedVaultAccess {
  /** What each held session found behind, for keeping it. */
  const found = new WeakMap<VaultSession, FileBehind[]>();

  function openSession(): VaultSession | undefined {
    try {
      return vault.session();
    } catch {
      return undefined;
    }
  }

  /** Checks the session just opened; a journal whose index cannot be read is left to the errors reading it gives. */
  async function inspect(): Promise<void> {
    const session = openSession();
    if (session === undefined) return;
    try {
      const store = createJournalStore(session);
      const current = await store.indexPosition();
      const behind = await filesBehind(session.directory, await store.filePositions(), {
        current,
        recorded: await marks.of(session.vaultId),
      });
      if (behind.length === 0) {
        // A case saved just before the process stopped: its line in the case list follows it now.
        for (const caseId of behind.ahead) await store.refreshSummary(caseId).catch(() => undefined);
        await marks.raise(session.vaultId, await store.indexPosition());
        return;
      }
      session.holdForRollback(behind.map((file) => file.relativePath));
      found.set(session, behind);
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'locked') throw error;
    }
  }

  /** Records how far the index got, before the keys go (a journal held back records nothing). */
  async function recordPosition(): Promise<void> {
    const session = openSession();
    if (session === undefined || session.rolledBack !== undefined) return;
    // The record only helps: a failure to keep it must not stop the journal from locking.
    await createJournalStore(session)
      .indexPosition()
      .then((position) => marks.raise(session.vaultId, position))
      .catch(() => undefined);
  }

  async function status(): Promise<VaultStatus> {
    const found = await vault.status();
    const rolledBack = openSession()?.rolledBack;
    if (found.state !== 'unlocked' || rolledBack === undefined) return found;
    return { ...found, readOnly: true, rolledBack: [...rolledBack] };
  }

  const inspected = async <T>(result: T): Promise<T> => {
    await inspect();
    return result;
  };

  return {
    ...vault,
    status,
    unlock: async (passphrase) => {
      await inspected(await vault.unlock(passphrase));
      return status();
    },
    recover: async (recoveryKey, newPassphrase) => {
      const kit = await inspected(await vault.recover(recoveryKey, newPassphrase));
      return { ...kit, status: await status() };
    },
    create: async (passphrase) => {
      const created = await inspected(await vault.create(passphrase));
      return { ...created, status: await status() };
    },
    lock: async (reason) => {
      await recordPosition();
      return vault.lock(reason);
    },
    keepRolledBackState: async () => {
      const session = vault.session();
      if (session.rolledBack === undefined) {
        throw new AppError('invalid-request', 'No file of the journal was found older than its record.');
      }
      const store = createJournalStore(session);
      session.releaseRollbackHold();
      // The journal's record follows what was found, so the same files are not named again.
      const files = (found.get(session) ?? []).flatMap((file) =>
        file.fileId === undefined ? [] : [{ fileId: file.fileId, position: file.found }],
      );
      await store.recordPositionsFound(files);
      await marks.reset(session.vaultId, await store.indexPosition());
      return status();
    },
  };
}
