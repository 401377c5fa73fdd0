import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'graphile-worker';

/** graphile-worker's log lines through the app's logger (pino), at their own level. */
export function workerLogger(context: string): Logger {
  const nest = new NestLogger(context);
  return new Logger((scope) => (level: string, message: string) => {
    const line = scope.taskIdentifier ? `${scope.taskIdentifier}${scope.jobId ? ` #${scope.jobId}` : ''}: ${message}` : message;
    switch (level) {
      case 'error':
        nest.error(line);
        break;
      case 'warning':
        nest.warn(line);
        break;
      case 'info':
        nest.log(line);
        break;
      default:
        nest.debug(line);
    }
  });
}
