/** The renderer's only door to main: the preload's `window.alianza`. */
import { apiGlobalName, type AlianzaApi } from '../../../shared/ipc/api';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';

export function getApi(): AlianzaApi {
  const api = (window as unknown as Record<string, AlianzaApi | undefined>)[apiGlobalName];
  if (api === undefined) throw new Error('The Alianza bridge is missing.');
  return api;
}

/** Thrown by `unwrap` so React code can treat a failed envelope like any other error. */
export class ApiError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.shape = shape;
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
