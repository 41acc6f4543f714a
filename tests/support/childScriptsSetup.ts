/** Global setup: a folder for this run's bundled child scripts (see childScripts.ts), removed at the end. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-child-scripts-'));
  project.provide('childScriptFolder', folder);
  return () => rm(folder, { recursive: true, force: true });
}
