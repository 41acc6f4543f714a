/**
 * The one IPC router. It knows nothing of Electron: the shell hands it the channel, the raw
 * payload and the sender frame's URL, so unit tests and the browser harness call it directly.
 */
import { contract, type MethodName, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { ipcChannel, methodForChannel, methodNames } from '../../shared/ipc/names';
import { AppError, failure, success, type Result } from '../../shared/ipc/result';

/** What a handler returns: the contract's response, now or later (one that answers nothing may be a void promise). */
type Answer<M extends MethodName> =
  ResponseOf<M> extends undefined ? Promise<void> | undefined : Promise<ResponseOf<M>> | ResponseOf<M>;

/** One service call per contract method. */
export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => Answer<M>;
};

export interface Sender {
  /** The URL of the frame that sent the message; undefined when the frame is gone. */
  url: string | undefined;
}

export interface RouterOptions {
  handlers: Handlers;
  isTrustedSender: (url: string | undefined) => boolean;
  /** Where unexpected errors go (main's log); they never reach the renderer with a stack. */
  reportUnexpected?: (method: MethodName, error: unknown) => void;
}

export interface Router {
  /** Every channel the router answers (`alianza:<method>`), for the shell to register. */
  readonly channels: readonly string[];
  dispatch(channel: string, payload: unknown, sender: Sender): Promise<Result<unknown>>;
}

export function createRouter(options: RouterOptions): Router {
  const { handlers, isTrustedSender, reportUnexpected } = options;

  async function dispatch(channel: string, payload: unknown, sender: Sender): Promise<Result<unknown>> {
    if (!isTrustedSender(sender.url)) {
      return failure({ code: 'forbidden-sender', message: 'This message did not come from Alianza.' });
    }
    const method = methodForChannel(channel);
    if (method === undefined) {
      return failure({ code: 'unknown-channel', message: `There is no channel called "${channel}".` });
    }
    const definition = contract[method];
    const request = definition.request.safeParse(payload);
    if (!request.success) {
      return failure({ code: 'invalid-request', message: describeIssues(request.error.issues) });
    }
    try {
      const handler = handlers[method] as (request: unknown) => unknown;
      const value: unknown = await handler(request.data);
      const response = definition.response.safeParse(value);
      if (!response.success) {
        reportUnexpected?.(method, response.error);
        return failure({ code: 'invalid-response', message: 'Alianza produced an answer it could not check.' });
      }
      return success(response.data);
    } catch (error) {
      if (error instanceof AppError) return failure(error.toShape());
      reportUnexpected?.(method, error);
      return failure({ code: 'internal', message: 'Something went wrong inside Alianza. Nothing was changed.' });
    }
  }

  return { channels: methodNames.map(ipcChannel), dispatch };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
