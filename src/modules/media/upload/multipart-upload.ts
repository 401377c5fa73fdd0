import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BadInputError } from '../../../common/errors/domain-error.js';
import { MalformedUploadError, MediaTooLargeError } from './upload.errors.js';

/** The uploaded file, whole on local disk, with what was measured while it streamed there. */
export interface SpooledFile {
  path: string;
  sha256: string;
  sizeBytes: number;
  /** The name the client gave, for the desk's reference only: never trusted for the type. */
  filename: string | null;
}

export interface ReceivedUpload {
  file: SpooledFile;
  fields: Partial<Record<string, string>>;
}

export interface ReceiveOptions {
  spoolDirectory: string;
  maxBytes: number;
  /** The name of the one file part. */
  fileField: string;
  /** The text parts allowed beside it, with their longest length in bytes. */
  textFields: Readonly<Record<string, number>>;
}

const MAX_FILENAME_LENGTH = 255;
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Streams a multipart body's one file to a spool file, hashing and counting it on the way: the
 * file is never whole in memory, and a file over `maxBytes` stops being read at that size.
 * Whatever goes wrong, the spool file is removed before the promise rejects.
 */
export function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedUpload> {
  if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(new MalformedUploadError(`Send the file as multipart/form-data, in a part named "${options.fileField}"`));
  }
  return new Promise((resolve, reject) => {
    new MultipartReceiver(req, options, resolve, reject).start();
  });
}

class MultipartReceiver {
  private readonly fields: Partial<Record<string, string>> = {};
  private spool: { source: Readable; target: WriteStream; path: string; done: Promise<SpooledFile> } | null = null;
  private settled = false;
  private parser: busboy.Busboy | null = null;

  constructor(
    private readonly req: IncomingMessage,
    private readonly options: ReceiveOptions,
    private readonly resolve: (upload: ReceivedUpload) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  start(): void {
    const fieldCount = Object.keys(this.options.textFields).length;
    try {
      this.parser = busboy({
        headers: this.req.headers,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          fileSize: this.options.maxBytes,
          fields: fieldCount,
          fieldSize: Math.max(0, ...Object.values(this.options.textFields)),
          headerPairs: 20,
        },
      });
    } catch (error) {
      this.reject(new MalformedUploadError(`The multipart body cannot be read: ${(error as Error).message}`));
      return;
    }
    const { fileField } = this.options;
    this.parser.on('file', (name, stream, info) => {
      this.onFile(name, stream, info.filename);
    });
    this.parser.on('field', (name, value, info) => {
      this.onField(name, value, info.valueTruncated);
    });
    this.parser.on('filesLimit', () => {
      this.fail(badPart(fileField, 'send one file per upload'));
    });
    this.parser.on('fieldsLimit', () => {
      this.fail(badPart('(fields)', `only ${Object.keys(this.options.textFields).join(', ')} may accompany the file`));
    });
    this.parser.on('error', (error: Error) => {
      this.fail(new MalformedUploadError(`The multipart body is malformed: ${error.message}`));
    });
    this.parser.on('close', () => {
      this.finish();
    });
    this.req.on('aborted', () => {
      this.fail(new MalformedUploadError('The upload was interrupted'));
    });
    this.req.on('error', (error) => {
      this.fail(error);
    });
    this.req.pipe(this.parser);
  }

  private onFile(name: string, stream: Readable, filename: string | undefined): void {
    if (name !== this.options.fileField) {
      stream.resume();
      this.fail(badPart(name, `a file part must be named "${this.options.fileField}"`));
      return;
    }
    const path = join(this.options.spoolDirectory, `${randomUUID()}.upload`);
    const target = createWriteStream(path, { flags: 'wx' });
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    stream.on('limit', () => {
      this.fail(new MediaTooLargeError(this.options.maxBytes));
    });
    const done = pipeline(stream, meter, target).then(() => ({
      path,
      sha256: hash.digest('hex'),
      sizeBytes,
      filename: cleanFilename(filename),
    }));
    done.catch((error: unknown) => {
      this.fail(error);
    });
    this.spool = { source: stream, target, path, done };
  }

  private onField(name: string, value: string, truncated: boolean): void {
    const limit = this.options.textFields[name];
    if (!Object.hasOwn(this.options.textFields, name)) this.fail(badPart(name, 'is not a field of an upload'));
    else if (truncated) this.fail(badPart(name, `must be at most ${limit} bytes`));
    // eslint-disable-next-line no-control-regex -- NUL cannot be stored in PostgreSQL text
    else if (/\u0000/.test(value)) this.fail(badPart(name, 'contains a NUL character, which is not text'));
    else this.fields[name] = value;
  }

  private finish(): void {
    if (this.settled) return;
    if (!this.spool) {
      this.fail(badPart(this.options.fileField, `no file: send it in a part named "${this.options.fileField}"`));
      return;
    }
    // The parser is done before the last bytes reach the disk: wait for the file too.
    this.spool.done.then(
      (file) => {
        if (this.settled) return;
        this.settled = true;
        this.resolve({ file, fields: this.fields });
      },
      (error: unknown) => {
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    if (this.parser) this.req.unpipe(this.parser);
    // The rest of the body is read and dropped, so that the client gets the answer rather than a reset connection.
    this.req.resume();
    // Not from inside the parser's own event: busboy still touches its streams after emitting (and crashes on destroyed ones).
    setImmediate(() => {
      void this.discardSpool().finally(() => {
        this.reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  private async discardSpool(): Promise<void> {
    if (!this.spool) return;
    const { source, target, path } = this.spool;
    source.destroy();
    if (!target.closed) {
      const closed = new Promise<void>((done) => target.once('close', done));
      target.destroy();
      await closed;
    }
    await rm(path, { force: true });
  }
}

function badPart(field: string, message: string): BadInputError {
  return new BadInputError(`${field}: ${message}`, [{ path: field, message }]);
}

function cleanFilename(name: string | undefined): string | null {
  const cleaned = (name ?? '').replace(CONTROL_CHARACTERS, '').trim().slice(0, MAX_FILENAME_LENGTH);
  return cleaned === '' ? null : cleaned;
}
