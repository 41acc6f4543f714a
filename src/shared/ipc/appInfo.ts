import { z } from 'zod';

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** `electron` in the desktop app, `browser-harness` when the renderer runs in the test browser. */
  runtime: z.enum(['electron', 'browser-harness']),
  versions: z.strictObject({
    electron: z.string().optional(),
    chrome: z.string().optional(),
    node: z.string(),
  }),
  systemLocale: z.string(),
  dataDirectory: z.string(),
});

export type AppInfo = z.infer<typeof appInfoSchema>;
