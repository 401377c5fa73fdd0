/**
 * The image worker (see runImageWorker): each IPC message is a request, answered by `started`
 * and then one answer; requests come one at a time. The process ends when its server closes
 * the channel (see background-priority).
 */
// First: the priority must be set before any thread is started (see background-priority).
import './image-worker/background-priority.js';
import { readFile } from 'node:fs/promises';
import { configureSharp, renderRenditions, UndecodableImageError } from './renditions/render-renditions.js';
import type { RenderReply, RenderRequest } from './renditions/render-protocol.js';
import { type CheckReply, type CheckRequest, inspectImage } from './upload/image-inspection.js';
import type { ImageWorkerMessage } from './image-worker/image-worker-protocol.js';

/** What this worker can be asked: render an original, or check an uploaded file, each read from a local path. */
type Request = ({ kind: 'render' } & RenderRequest) | ({ kind: 'check' } & CheckRequest);

async function render(request: RenderRequest): Promise<RenderReply> {
  configureSharp();
  try {
    const original = await readFile(request.originalPath);
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

function send(message: ImageWorkerMessage<RenderReply | CheckReply>): void {
  process.send?.(message);
}

async function answer(request: Request): Promise<void> {
  send({ type: 'started' });
  send({ type: 'answer', reply: request.kind === 'render' ? await render(request) : await inspectImage(request) });
}

process.on('message', (message) => {
  void answer(message as Request);
});
