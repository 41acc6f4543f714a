/**
 * `electron-builder.config.cjs` against the build in `out/`: electron-builder cannot run here, so
 * this reads its `files` list as electron-builder does (patterns in order, `!` excludes) over
 * the project's files and the build, and fails when a file the app loads at run time is left
 * out — main and every chunk it imports, the preload, the renderer and its assets, the
 * dictionaries, the icon main shows, the licences — or when anything for development ships:
 * sources, tests, benchmarks, scripts, configuration, source maps, node_modules, the CLI.
 * Skipped (loudly) when there is no build; `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'out');
const built = existsSync(path.join(out, 'main/index.js'));
if (!built) console.warn('packaging: no build in out/ (run `npm run build`): the packaging test is skipped.');

interface BuilderConfig {
  files: string[];
  asar: boolean;
  asarUnpack?: unknown;
  extraResources?: unknown;
  extraFiles?: unknown;
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
}

const config = createRequire(import.meta.url)(path.join(root, 'electron-builder.config.cjs')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** The Hunspell dictionaries the build copies (`dictionary-en` → `en`). */
const dictionaryPackages = Object.keys(packageJson.devDependencies).filter((name) => name.startsWith('dictionary-'));

/** A glob as electron-builder reads it (`**` any folders, `*` and `?` within a name, `{a,b}`), as a RegExp. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const character = glob.charAt(index);
    if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (glob.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else if (character === '{') source += '(?:';
    else if (character === '}') source += ')';
    else if (character === ',') source += '|';
    else source += character.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Whether electron-builder packs `file` (relative, with `/`): the last pattern that matches decides. */
function shipped(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const excluding = pattern.startsWith('!');
    if (globPattern(excluding ? pattern.slice(1) : pattern).test(file)) included = !excluding;
  }
  return included;
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => path.relative(root, file).split(path.sep).join('/'));
}

/** Every file of the project that electron-builder could see: the repository's, and the build. */
function candidates(): string[] {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file !== '' && existsSync(path.join(root, file)));
  const topLevelModules = readdirSync(path.join(root, 'node_modules')).map(
    (name) => `node_modules/${name}/package.json`,
  );
  return [...new Set([...tracked, ...filesUnder(out), ...topLevelModules])];
}

/** The files of the build main reaches from `entry`: its imports and dynamic imports, followed through the chunks. */
function reachedFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier ?? '')));
    }
  }
  return reached;
}

/** Paths main builds from its own folder at run time (`path.join(import.meta.dirname, "../preload/index.cjs")`). */
function pathsFromMain(files: Iterable<string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const [, relative] of code.matchAll(/path\.join\(import\.meta\.dirname,\s*"([^"]+)"\)/g)) {
      found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), relative ?? '')));
    }
  }
  return found;
}

describe.skipIf(!built)('the packaged app (electron-builder.config.cjs against out/)', () => {
  const files = candidates();
  const packed = files.filter(shipped);
  const mainEntry = path.posix.normalize(packageJson.main);
  const mainFiles = reachedFrom(mainEntry);

  it('ships main and every chunk it imports, now or on first use', () => {
    expect(mainFiles.size).toBeGreaterThan(3);
    const missing = [...mainFiles].filter((file) => !existsSync(path.join(root, file)) || !shipped(file));
    expect(missing).toEqual([]);
  });

  it('ships what main opens by path: the preload, the renderer folder, the window icon, the dictionaries', () => {
    // Some are places main tries in turn (the dictionaries one folder up from its chunk, or beside it): those that exist.
    const opened = pathsFromMain(mainFiles).filter((target) => existsSync(path.join(root, target)));
    expect(opened).toEqual(
      expect.arrayContaining(['out/preload/index.cjs', 'out/renderer', 'resources/icon.png', 'out/main/dictionaries']),
    );
    for (const target of opened) {
      const folder = statSync(path.join(root, target)).isDirectory();
      const needed = folder ? filesUnder(path.join(root, target)) : [target];
      expect(needed.length, target).toBeGreaterThan(0);
      expect(
        needed.filter((file) => !shipped(file)),
        target,
      ).toEqual([]);
    }
  });

  it('ships every script, style and asset the renderer loads', () => {
    const html = readFileSync(path.join(out, 'renderer/index.html'), 'utf8');
    const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map(([, file]) => `out/renderer/${file}`);
    expect(referenced.length).toBeGreaterThan(0);
    const scripts = filesUnder(path.join(out, 'renderer')).filter((file) => file.endsWith('.js'));
    expect(scripts.length, 'the renderer is split into chunks').toBeGreaterThan(1);
    const assets = new Set<string>();
    for (const script of scripts) {
      const code = readFileSync(path.join(root, script), 'utf8');
      for (const [, asset] of code.matchAll(/["'`](?:\.\/|assets\/)([\w.-]+\.(?:js|css|woff2?|ttf|png|svg))["'`]/g)) {
        assets.add(`out/renderer/assets/${asset}`);
      }
    }
    const needed = [...referenced, ...assets];
    expect(needed.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
    expect(needed.filter((file) => !shipped(file))).toEqual([]);
  });

  it('ships the Hunspell dictionaries main reads, and the licences of what the bundles hold', () => {
    expect(dictionaryPackages).toEqual(['dictionary-en', 'dictionary-es']);
    const needed = [
      ...dictionaryPackages
        .map((name) => name.replace('dictionary-', ''))
        .flatMap((language) =>
          ['aff', 'dic', 'license'].map((extension) => `out/main/dictionaries/${language}.${extension}`),
        ),
      'out/main/licenses.md',
      'out/renderer/licenses.md',
    ];
    expect(needed.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
    expect(needed.filter((file) => !shipped(file))).toEqual([]);
  });

  it('needs no node_modules: main imports only Electron, Node and (from the sources only) the dictionaries', () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
    const bare = new Set<string>();
    for (const file of mainFiles) {
      // Comments (a library's usage examples) and data keys such as `"from": 2004` import nothing.
      const code = readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, specifier] of code.matchAll(
        /(?:(?<![\w"'])from\s*|\bimport\s*\(\s*|\brequire\(\s*)["']([^"'./][^"']*)["']/g,
      )) {
        if (specifier !== undefined && !specifier.startsWith('node:')) bare.add(specifier);
      }
    }
    const allowed = new Set(['electron', 'module', ...dictionaryPackages]);
    expect([...bare].filter((specifier) => !allowed.has(specifier))).toEqual([]);
    expect(packed.filter((file) => file.startsWith('node_modules/'))).toEqual([]);
  });

  it('ships nothing for development: sources, tests, benchmarks, configuration, maps, the CLI', () => {
    const devOnly = packed.filter(
      (file) =>
        /^(?:src|tests|bench|scripts|docs|security|release|node_modules)\//.test(file) ||
        /\.(?:ts|tsx|map)$/.test(file) ||
        /^(?:tsconfig[^/]*\.json|vitest\.config\.ts|electron\.vite\.config\.ts|eslint\.config\.js|README\.md)$/.test(
          file,
        ) ||
        file === 'out/main/cli.js' ||
        (file.startsWith('resources/') && file !== 'resources/icon.png'),
    );
    expect(devOnly).toEqual([]);
    // The whole package: the build, the icon and package.json.
    expect(packed.filter((file) => !file.startsWith('out/') && file !== 'resources/icon.png')).toEqual([
      'package.json',
    ]);
  });

  it('loads only from its archive, with the fuses that keep it from running as plain Node', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack ?? []).toEqual([]);
    expect(config.extraResources ?? []).toEqual([]);
    expect(config.extraFiles ?? []).toEqual([]);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
