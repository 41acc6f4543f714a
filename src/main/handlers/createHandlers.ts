/**
 * Every contract method mapped to the service that answers it, with the contract's policy
 * applied once: mutations marked as activity restart the auto-lock count, and those that change
 * journal data tell the window what is now stale.
 */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';
import { applyingContractPolicy } from '../ipc/contractPolicy';
import { appHandlers } from './appHandlers';
import { careHandlers } from './careHandlers';
import { exportHandlers } from './exportHandlers';
import { homeHandlers } from './homeHandlers';
import { journalHandlers } from './journalHandlers';
import { reportHandlers } from './reportHandlers';
import { vaultHandlers } from './vaultHandlers';

export function createHandlers(services: Services): Handlers {
  const handlers = {
    ...appHandlers(services),
    ...vaultHandlers(services),
    ...careHandlers(services),
    ...journalHandlers(services),
    ...exportHandlers(services),
    ...reportHandlers(services),
    ...homeHandlers(services),
  } satisfies Handlers;
  return applyingContractPolicy(handlers, {
    activity: () => services.autoLock.touch(),
    journalChanged: (change) => void services.events.emit('journalChanged', change),
  });
}
