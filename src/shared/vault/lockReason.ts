/** Why the journal locked, as the renderer is told (no zod: main's access layer uses it too). */
export const lockReasons = [
  /** The Lock button, or a command. */
  'user',
  /** No activity for the minutes chosen in the settings. */
  'auto-lock',
  /** The operating system locked the screen. */
  'screen-lock',
  /** The computer went to sleep. */
  'suspend',
  /** The app is closing. */
  'quit',
  /** A recovery or a key rotation could not finish, and closed the journal behind it. */
  'interrupted',
] as const;

export type LockReason = (typeof lockReasons)[number];
