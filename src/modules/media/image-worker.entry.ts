/**
 * One piece of image work in a process of its own (see runImageWorker): the request arrives
 * as the first IPC message (a render's original from its path or on stdin), the answer goes back as one IPC
 * message, and the process exits.
 */
// First: the priority must be set before any thread is started (see background-priority).
import './image-worker/background-priority.js';
import { readFile } from 'node:fs/promises';
import { configureSharp, renderRenditions, UndecodableImageError } from './renditions/render-renditions.js';
import type { RenderReply, RenderRequest } from './renditions/render-protocol.js';
import { type CheckReply, type CheckRequest, inspectImage } from './upload/image-inspection.js';
import type { ImageWorkerMessage } from './image-worker/image-worker-protocol.js';

/** What this worker can be asked, one request a process: render an original (from a path or on stdin), or check an uploaded file. */
type Request = ({ kind: 'render' } & RenderRequest) | ({ kind: 'check' } & CheckRequest);

function firstRequest(): Promise<Request> {
  return new Promise((resolve) => {
    process.once('message', (message) => {
      resolve(message as Request);
    });
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function render(request: RenderRequest): Promise<RenderReply> {
  configureSharp();
  try {
    const original = request.originalPath ? await readFile(request.originalPath) : await readStdin();
    const files = await renderRenditions(original, request.focal, request.metadata, request.outputDirectory);
    return { ok: true, files };
  } catch (error) {
    return {
      ok: false,
      undecodable: error instanceof UndecodableImageError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function send(message: ImageWorkerMessage<RenderReply | CheckReply>, then?: () => void): void {
  process.send?.(message, then);
}

const request = await firstRequest();
send({ type: 'started' });
const reply = request.kind === 'render' ? await render(request) : await inspectImage(request);
send({ type: 'answer', reply }, () => process.exit(0));
