/**
 * A test journal reached the way the renderer reaches it: through the real router, from the
 * app's own frame, with requests and answers typed from the contract.
 */
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createRouter, type Router } from '../../../src/main/ipc/router';
import { appOrigin, isTrustedUrl } from '../../../src/main/shell/policy';
import type { RequestOf, ResponseOf } from '../../../src/shared/ipc/contract';
import { ipcChannel, type MethodName } from '../../../src/shared/ipc/names';
import { AppError, type ErrorCode } from '../../../src/shared/ipc/result';
import { openTestJournal, type TestJournal } from './support';

export interface RoutedJournal {
  test: TestJournal;
  router: Router;
  /** The method's answer; a refusal throws the `AppError` it came back as. */
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  /** The code of a refusal the test expects; an answer throws. */
  refusal(method: MethodName, payload: unknown): Promise<ErrorCode>;
}

const ownFrame = { url: `${appOrigin}/index.html` };

export async function openRoutedJournal(): Promise<RoutedJournal> {
  const test = await openTestJournal();
  const router = createRouter({
    handlers: createHandlers(test.services),
    isTrustedSender: (url) => isTrustedUrl(url, [appOrigin]),
    reportUnexpected: (method, error) => {
      throw new Error(`${method} failed unexpectedly`, { cause: error });
    },
  });
  return {
    test,
    router,
    async call(method, request) {
      const result = await router.dispatch(ipcChannel(method), request, ownFrame);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as never;
    },
    async refusal(method, payload) {
      const result = await router.dispatch(ipcChannel(method), payload, ownFrame);
      if (result.ok) throw new Error(`${method} was expected to be refused`);
      return result.error.code;
    },
  };
}
