/**
 * Channel names, free of zod so the sandboxed preload bundles nothing else.
 * `contract.ts` pairs each with its schemas.
 */
export const channels = {
  getAppInfo: 'app:get-info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
} as const;
