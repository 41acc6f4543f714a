import { describe, expect, it, vi } from 'vitest';
import { applyingContractPolicy } from '../../../src/main/ipc/contractPolicy';
import type { Handlers } from '../../../src/main/ipc/router';
import { handlersWith } from '../../support/handlers';

const caseId = '1b4e28ba-2fa1-4d2b-8c6b-6f0c2f0a9b10';

function policy(overrides: Partial<Handlers>) {
  const activity = vi.fn();
  const journalChanged = vi.fn();
  return {
    activity,
    journalChanged,
    handlers: applyingContractPolicy(handlersWith(overrides), { activity, journalChanged }),
  };
}

describe("the contract's policy around the handlers", () => {
  it('counts a deliberate save as activity and announces the case it changed', async () => {
    const { activity, journalChanged, handlers } = policy({ saveEntry: () => ({ id: 'e1' }) as never });
    await handlers.saveEntry({ caseId, entryId: 'e1' } as never);
    expect(activity).toHaveBeenCalledTimes(1);
    expect(journalChanged).toHaveBeenCalledWith({ caseId, stale: expect.arrayContaining(['getCase', 'listCases']) });
  });

  it('takes the case from the answer when the request names none, and none when neither does', async () => {
    const { journalChanged, handlers } = policy({
      createReport: () => ({ caseId }) as never,
      createCase: () => ({ id: caseId }) as never,
    });
    await handlers.createReport({} as never);
    expect(journalChanged).toHaveBeenLastCalledWith(expect.objectContaining({ caseId }));
    await handlers.createCase({} as never);
    expect(journalChanged).toHaveBeenLastCalledWith({ stale: expect.arrayContaining(['listCases']) });
  });

  it('does not count an autosaved draft as activity, and says only the drafts (and the work queue listing them) changed', async () => {
    const { activity, journalChanged, handlers } = policy({ saveDraft: () => ({}) as never });
    await handlers.saveDraft({} as never);
    expect(activity).not.toHaveBeenCalled();
    expect(journalChanged).toHaveBeenCalledWith({ stale: ['listDrafts', 'getWorkQueue'] });
  });

  it('leaves reads alone', async () => {
    const { activity, journalChanged, handlers } = policy({ listCases: () => [] });
    await handlers.listCases(undefined);
    expect(activity).not.toHaveBeenCalled();
    expect(journalChanged).not.toHaveBeenCalled();
  });

  it('counts an unlock as activity without calling it a journal change', async () => {
    const { activity, journalChanged, handlers } = policy({ unlockVault: () => ({}) as never });
    await handlers.unlockVault({ passphrase: 'x' });
    expect(activity).toHaveBeenCalledTimes(1);
    expect(journalChanged).not.toHaveBeenCalled();
  });

  it('does neither when the change fails', async () => {
    const { activity, journalChanged, handlers } = policy({
      saveEntry: () => Promise.reject(new Error('disk full')),
    });
    await expect(handlers.saveEntry({ caseId } as never)).rejects.toThrow('disk full');
    expect(activity).not.toHaveBeenCalled();
    expect(journalChanged).not.toHaveBeenCalled();
  });
});
