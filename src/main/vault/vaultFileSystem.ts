/** Every file-system call the vault makes, in one narrow object so tests can fail any step. */
import * as nodeFs from 'node:fs/promises';
import { nodeFileSystem, type DurableFileSystem } from './durableFile';

export interface VaultFileSystem extends DurableFileSystem {
  readFile: typeof nodeFs.readFile;
  readdir: typeof nodeFs.readdir;
  mkdir: typeof nodeFs.mkdir;
  link: typeof nodeFs.link;
  stat: typeof nodeFs.stat;
  chmod: typeof nodeFs.chmod;
}

export const nodeVaultFileSystem: VaultFileSystem = {
  ...nodeFileSystem,
  readFile: nodeFs.readFile,
  readdir: nodeFs.readdir,
  mkdir: nodeFs.mkdir,
  link: nodeFs.link,
  stat: nodeFs.stat,
  chmod: nodeFs.chmod,
};
