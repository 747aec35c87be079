/**
 * A unary call's request message (and its end) must arrive within `timeoutMs` of being asked for. grpc-js waits for
 * a message as long as the client likes, and the client's own deadline is the client's choice: a client trickling
 * one byte a second would hold its stream and its buffered bytes indefinitely. The clock runs only while grpc-js
 * waits for input (from `startRead` to the message or the half-close), never while the handler works.
 * VerifyBatch streams bound each item instead (records.ts), only while the batch waits for its next item.
 */
import { ServerInterceptingCall, type ServerInterceptor } from '@grpc/grpc-js';
import { AppError } from '../errors.ts';
import { grpcErrorOf } from './unary.ts';

export function receiveDeadline(timeoutMs: number): ServerInterceptor {
  return (method, call) => {
    if (method.requestStream) return new ServerInterceptingCall(call);
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    const clear = () => clearTimeout(timer);
    class TimedCall extends ServerInterceptingCall {
      override startRead(): void {
        clear();
        timer = setTimeout(() => {
          expired = true;
          this.sendStatus(
            grpcErrorOf(
              new AppError(
                'DEADLINE_EXCEEDED',
                'REQUEST_TIMEOUT',
                `request message did not arrive within ${timeoutMs} ms`,
              ),
            ),
          );
        }, timeoutMs);
        super.startRead();
      }
    }
    return new TimedCall(call, {
      start: (next) =>
        next({
          // After the deadline the call is answered: a late message must not start the handler.
          onReceiveMessage: (message, next) => {
            clear();
            if (!expired) next(message);
          },
          onReceiveHalfClose: (next) => {
            clear();
            if (!expired) next();
          },
          onCancel: clear,
        }),
      sendStatus: (status, next) => {
        clear();
        next(status);
      },
    });
  };
}
