/**
 * The sandboxed preload bundles what it imports at run time: it must reach the contract's names,
 * never its schemas, so no zod (or anything of main) ships in it. Type-only imports are erased.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The modules a file imports at run time (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, keyword, specifier] of code.matchAll(/^(import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
    if (keyword !== undefined && specifier !== undefined) found.push(specifier);
  }
  return found;
}

/** Every file and package the preload reaches at run time, from its entry. */
function reached(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) visit(`${path.resolve(path.dirname(file), specifier)}.ts`);
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => path.relative(root, file)).sort(), packages: [...packages].sort() };
}

describe('the preload', () => {
  it('reaches the contract names and the bridge, and no zod', () => {
    const { files, packages } = reached(path.join(root, 'src/preload/index.ts'));
    expect(packages).toEqual(['electron']);
    expect(files).toEqual([
      'src/preload/index.ts',
      'src/shared/ipc/api.ts',
      'src/shared/ipc/bridge.ts',
      'src/shared/ipc/names.ts',
    ]);
  });
});
