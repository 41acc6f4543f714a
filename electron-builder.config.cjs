// Packaging for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg). Fuses turn off the ways
// to run Alianza's binary as a plain Node or to inject code into it.
//
// What ships is the build in out/ and the icon main shows, nothing else: main, preload and the
// renderer carry their dependencies in their bundles (package.json lists none), the Hunspell
// dictionaries are copied to out/main/dictionaries, and each bundle has its licenses.md.
// tests/integration/packaging.test.ts holds this list against the build.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.alianza.journal',
  productName: 'Alianza',
  directories: { output: 'release', buildResources: 'resources' },
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    // The window icon main loads at run time (src/main/index.ts); the rest of resources/ is for the installers.
    'resources/icon.png',
    // The `alianza` command is for a source checkout (`npx alianza`): the packaged app cannot run
    // plain Node (runAsNode is off), so it does not ship.
    '!out/main/cli.js',
    '!**/*.map',
  ],
  // No native modules, nothing to rebuild or unpack: everything loads from the archive.
  npmRebuild: false,
  nodeGypRebuild: false,
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'resources/icon.png' },
  deb: { maintainer: 'Alianza <alianza@localhost>' },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'resources/icon.png',
    hardenedRuntime: true,
  },
};
