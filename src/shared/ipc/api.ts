/** The API the preload exposes as `window.alianza`: one named function per contract method. */
import type { MethodName, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type Method<M extends MethodName> =
  RequestOf<M> extends undefined
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;

export type AlianzaApi = { [M in MethodName]: Method<M> };

/** The global name under which the API is exposed to the renderer. */
export const apiGlobalName = 'alianza';
