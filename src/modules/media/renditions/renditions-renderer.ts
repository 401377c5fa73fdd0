import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { runImageWorker } from '../image-worker/image-worker-runner.js';
import { type RenderedFile, type RenderReply, type RenderRequest, UndecodableOriginalError } from './render-protocol.js';

/** Far longer than a photo within the upload limits takes; past it the render is stopped and the queue tries again later. */
const RENDER_TIMEOUT_MS = 120_000;

/**
 * The original to render: a file on local disk, which the worker opens itself (none of its
 * bytes pass through the server), or a stream from remote storage, piped to the worker.
 */
export type OriginalImage = { path: string } | { stream: Readable };

/** UV_THREADPOOL_SIZE matches the encodes a render runs at once. */
const RENDER_ENV = { UV_THREADPOOL_SIZE: '2' };

/**
 * Renders in the image worker, one short-lived process per asset (see runImageWorker), at a
 * lower CPU priority: renditions are background work, and under load story pages keep the cores.
 */
@Injectable()
export class RenditionsRenderer {
  /**
   * The encoded renditions, written into `request.outputDirectory`; UndecodableOriginalError when
   * the original is at fault, any other error when trying again may help.
   */
  async render(original: OriginalImage, request: Omit<RenderRequest, 'originalPath'>, signal: AbortSignal): Promise<RenderedFile[]> {
    const reply = await runImageWorker<RenderReply>(
      { kind: 'render', ...request, originalPath: 'path' in original ? original.path : null },
      {
        input: 'stream' in original ? original.stream : undefined,
        signal,
        timeoutMs: RENDER_TIMEOUT_MS,
        background: true,
        env: RENDER_ENV,
      },
    );
    if (reply.ok) return reply.files;
    throw reply.undecodable ? new UndecodableOriginalError(reply.message) : new Error(`Rendering failed: ${reply.message}`);
  }
}
