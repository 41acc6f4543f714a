// Packaging for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg). Fuses turn off the ways
// to run Alianza's binary as a plain Node or to inject code into it.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.alianza.journal',
  productName: 'Alianza',
  directories: { output: 'release', buildResources: 'resources' },
  files: ['out/**', 'resources/**', 'package.json'],
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
