import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../src/main/ipc/router';
import { ipcChannel, methodNames } from '../../src/shared/ipc/names';
import { AppError } from '../../src/shared/ipc/result';
import { defaultSettings } from '../../src/shared/settings/settings';
import { appOrigin, isTrustedUrl } from '../../src/main/shell/policy';
import { handlersWith } from '../support/handlers';

const appInfo = {
  name: 'Alianza',
  version: '1.2.3',
  platform: 'linux',
  runtime: 'electron' as const,
  versions: { node: '20.0.0' },
  systemLocale: 'es-CL',
  dataDirectory: '/tmp/alianza',
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return handlersWith({
    getAppInfo: () => appInfo,
    getSettings: () => defaultSettings,
    updateSettings: (patch) => ({ ...defaultSettings, ...patch }),
    ...overrides,
  });
}

function router(overrides: Partial<Handlers> = {}, reportUnexpected = vi.fn()) {
  return createRouter({
    handlers: handlers(overrides),
    isTrustedSender: (url) => isTrustedUrl(url, [appOrigin]),
    reportUnexpected,
  });
}

const ownFrame = { url: `${appOrigin}/index.html` };

describe('the IPC router', () => {
  it('answers a valid request from our own origin with an ok envelope', async () => {
    await expect(router().dispatch(ipcChannel('getAppInfo'), undefined, ownFrame)).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a file URL', 'file:///home/user/index.html'],
    ['a look-alike host', 'app://alianza.evil/index.html'],
    ['a destroyed frame', undefined],
    ['an empty URL', ''],
  ])('refuses a message from %s before calling any service', async (_name, url) => {
    const getAppInfo = vi.fn(() => appInfo);
    const result = await router({ getAppInfo }).dispatch(ipcChannel('getAppInfo'), undefined, { url });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
    expect(getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not in the contract', async () => {
    const result = await router().dispatch('vault:dump-keys', undefined, ownFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['a value of the wrong type', { language: 42 }],
    ['an unknown language', { language: 'klingon' }],
    ['an extra field', { language: 'es', dataDirectory: '/etc' }],
    ['a string instead of an object', 'es'],
  ])('refuses a malformed request (%s) with a typed error and calls no service', async (_name, payload) => {
    const updateSettings = vi.fn();
    const result = await router({ updateSettings }).dispatch(ipcChannel('updateSettings'), payload, ownFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.any(String) } });
    expect(updateSettings).not.toHaveBeenCalled();
  });

  it('turns a thrown error into { ok: false } with no stack trace or internal detail', async () => {
    const reportUnexpected = vi.fn();
    const secret = new Error('EACCES: /home/worker/secret-path/vault.key at Object.open (node:fs:1:1)');
    const result = await router(
      {
        getSettings: () => {
          throw secret;
        },
      },
      reportUnexpected,
    ).dispatch(ipcChannel('getSettings'), undefined, ownFrame);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain('secret-path');
    expect(serialized).not.toContain('at Object');
    expect(reportUnexpected).toHaveBeenCalledWith('getSettings', secret);
  });

  it('passes an AppError through with its code, message and file', async () => {
    const result = await router({
      updateSettings: () => {
        throw new AppError('disk-full', 'The disk is full.', { file: '/data/settings.json' });
      },
    }).dispatch(ipcChannel('updateSettings'), { language: 'es' }, ownFrame);
    expect(result).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full.', file: '/data/settings.json' },
    });
  });

  it('checks what a service answers, so nothing outside the contract crosses to the renderer', async () => {
    const result = await router({
      getSettings: () => ({ ...defaultSettings, dataKey: 'c2VjcmV0' }) as never,
    }).dispatch(ipcChannel('getSettings'), undefined, ownFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(JSON.stringify(result)).not.toContain('c2VjcmV0');
  });

  it('answers one channel per contract method, named after it, for the shell to register', () => {
    expect(router().channels).toEqual(methodNames.map((method) => `alianza:${method}`));
    expect(router().channels).toContain('alianza:getCase');
  });

  it.each([
    ['the old name of a channel', 'journal:get-case'],
    ['a method name without its namespace', 'getCase'],
    ['a name of the object prototype', 'alianza:constructor'],
    ['an event channel', 'alianza-event:vaultLocked'],
  ])('refuses %s as an unknown channel and calls no service', async (_name, channel) => {
    const getAppInfo = vi.fn(() => appInfo);
    const result = await router({ getAppInfo }).dispatch(channel, undefined, ownFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(getAppInfo).not.toHaveBeenCalled();
  });

  it('checks the sender before it looks at the channel', async () => {
    const result = await router().dispatch('alianza:dump-keys', undefined, { url: 'https://evil.example/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
