/** The API the preload exposes as `window.alianza`: one named function per contract method. */
import type { MethodName, RequestOf, ResponseOf } from './contract';
import type { Progress } from '../progress/progress';
import type { Result } from './result';

type Method<M extends MethodName> =
  RequestOf<M> extends undefined
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;

/** Messages main sends unasked: each subscription returns its own way to unsubscribe. */
export interface AlianzaEvents {
  onProgress(listener: (progress: Progress) => void): () => void;
}

export type AlianzaApi = { [M in MethodName]: Method<M> } & AlianzaEvents;

/** The global name under which the API is exposed to the renderer. */
export const apiGlobalName = 'alianza';
