import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { letIdleImageWorkersGo, runImageWorker } from '../image-worker/image-worker-runner.js';
import { type RenderedFile, type RenderReply, type RenderRequest, UndecodableOriginalError } from './render-protocol.js';

/** Far longer than a photo within the upload limits takes; past it the render is stopped and the queue tries again later. */
const RENDER_TIMEOUT_MS = 120_000;

/** UV_THREADPOOL_SIZE matches the encodes a render runs at once. */
const RENDER_ENV = { UV_THREADPOOL_SIZE: '2' };

/**
 * Renders in the image worker (see runImageWorker) at the lowest CPU priority: renditions are
 * background work, and under load story pages keep the cores. A worker that rendered one photo
 * takes the next within a few seconds instead of a new process starting for each.
 */
@Injectable()
export class RenditionsRenderer implements OnApplicationShutdown {
  /**
   * The encoded renditions of the original at `request.originalPath`, written into
   * `request.outputDirectory`; UndecodableOriginalError when the original is at fault, any other
   * error when trying again may help.
   */
  async render(request: RenderRequest, signal: AbortSignal): Promise<RenderedFile[]> {
    const reply = await runImageWorker<RenderReply>(
      { kind: 'render', ...request },
      { signal, timeoutMs: RENDER_TIMEOUT_MS, background: true, env: RENDER_ENV },
    );
    if (reply.ok) return reply.files;
    throw reply.undecodable ? new UndecodableOriginalError(reply.message) : new Error(`Rendering failed: ${reply.message}`);
  }

  onApplicationShutdown(): void {
    letIdleImageWorkersGo();
  }
}
