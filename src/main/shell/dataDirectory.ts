/** Where the journal lives: `--vault DIR`, else `ALIANZA_VAULT`, else the default (in the user-data folder). */
import path from 'node:path';

export function resolveDataDirectory(
  argv: readonly string[],
  environment: Readonly<Record<string, string | undefined>>,
  defaultDirectory: string,
): string {
  const flagIndex = argv.indexOf('--vault');
  const fromFlag =
    flagIndex >= 0 ? argv[flagIndex + 1] : argv.find((argument) => argument.startsWith('--vault='))?.slice(8);
  const chosen = fromFlag ?? environment['ALIANZA_VAULT'] ?? defaultDirectory;
  return path.resolve(chosen);
}
