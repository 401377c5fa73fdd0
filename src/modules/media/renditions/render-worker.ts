/**
 * The renditions of one image, in a process of its own (see RenditionsRenderer): the original
 * arrives on stdin, the focal point and metadata as the first IPC message; the files go back
 * as one IPC message, and the process exits.
 */
import { configureSharp, renderRenditions, UndecodableImageError } from './render-renditions.js';
import type { RenderReply, RenderRequest } from './render-protocol.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function firstMessage(): Promise<RenderRequest> {
  return new Promise((resolve) => {
    process.once('message', (message) => {
      resolve(message as RenderRequest);
    });
  });
}

async function main(): Promise<RenderReply> {
  configureSharp();
  const [request, original] = await Promise.all([firstMessage(), readStdin()]);
  try {
    const files = await renderRenditions(original, request.focal, request.metadata);
    return { ok: true, files };
  } catch (error) {
    return {
      ok: false,
      undecodable: error instanceof UndecodableImageError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

const reply = await main();
process.send?.(reply, () => process.exit(0));
