// Helpers of the media upload and storage tests: an S3-protocol server, images, uploads.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import type { Role } from '../../src/auth/viewer.js';
import type { TestApp } from '../utils/test-app.js';

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

// s3rver is CommonJS without type declarations.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** The variables that point a server's media storage at this bucket. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** An S3-protocol server on 127.0.0.1, a free port, its data in a temporary folder. */
export async function startS3Server(bucket = 'podium-media'): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'podium-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      MEDIA_STORAGE: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      // s3rver's fixed development credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir`, as paths relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A JPEG of random pixels (so it does not compress away), different on every call. */
export async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  const pixels = randomBytes(width * height * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export interface UploadAnswer {
  status: number;
  body: Record<string, any>;
}

export interface UploadOptions {
  filename?: string;
  type?: string;
  as?: Role | 'anonymous';
  altText?: string;
  /** The name of the file part (default `file`). */
  field?: string;
}

/** POST /media with one file, as a browser's FormData would send it. */
export async function uploadFile(api: TestApp, bytes: Buffer, options: UploadOptions = {}): Promise<UploadAnswer> {
  const form = new FormData();
  if (options.altText !== undefined) form.append('altText', options.altText);
  form.append(options.field ?? 'file', new Blob([bytes], { type: options.type ?? 'image/jpeg' }), options.filename ?? 'photo.jpg');
  return postMedia(api, form, options.as ?? 'ADMIN');
}

/** POST /media with any body. */
export async function postMedia(
  api: TestApp,
  body: FormData | string,
  as: Role | 'anonymous' = 'ADMIN',
  headers: Record<string, string> = {},
) {
  const authorization: Record<string, string> = as === 'anonymous' ? {} : { authorization: `Bearer ${await api.tokenFor(as)}` };
  const response = await fetch(`${api.baseUrl}/media`, { method: 'POST', headers: { ...authorization, ...headers }, body });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
