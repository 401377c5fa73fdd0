import { Module, type DynamicModule } from '@nestjs/common';
import { LOG_DESTINATION } from '../../src/logging/logging.module.js';

/** One pino line, parsed. */
export interface LogLine {
  level: number;
  msg?: string;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  errors?: { code: string; message: string }[];
  [key: string]: unknown;
}

export const PINO_LEVEL = { info: 30, warn: 40, error: 50 } as const;

/** Collects the app's log lines in memory: pass `module` to createTestApp's extraModules. */
export class LogCapture {
  readonly lines: LogLine[] = [];

  readonly module: DynamicModule = {
    module: LogCaptureModule,
    global: true,
    providers: [
      {
        provide: LOG_DESTINATION,
        useValue: {
          write: (chunk: string) => {
            this.push(chunk);
          },
        },
      },
    ],
    exports: [LOG_DESTINATION],
  };

  private push(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as LogLine);
  }

  /** Every line logged for the request with this id (pino-http's access line names it as req.id). */
  forRequest(id: string): LogLine[] {
    return this.lines.filter((line) => line.req?.id === id || line.reqId === id);
  }
}

@Module({})
class LogCaptureModule {}
