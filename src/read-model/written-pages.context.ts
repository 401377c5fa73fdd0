import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * A write that makes at most this many pages STALE has them built by its own instance before
 * the mutation answers (a results correction: its unit's page and its event's); a wider one
 * (a renamed person on hundreds of stories) leaves them to the rebuild job.
 */
export const INLINE_BUILD_MAX_PAGES = 10;
/** How long pages claimed for building after a write stay the writer's: a crash in between costs this much. */
export const INLINE_CLAIM_SECONDS = 10;

export interface RequestWrites {
  /** The pages ("Kind:key") the request's writes claimed for building when they commit. */
  pages: string[];
  /** Whether the request sent a notice of public changes (a write, or pages it rebuilt). */
  notified: boolean;
}

const writes = new AsyncLocalStorage<RequestWrites>();

/** Express middleware: each HTTP request collects what its writes claim and notify. */
export function collectWrittenPages(_req: Request, _res: Response, next: NextFunction): void {
  writes.run({ pages: [], notified: false }, next);
}

/** What this request's writes noted so far; undefined outside an HTTP request (jobs, the seed). */
export function writtenPagesOfThisRequest(): RequestWrites | undefined {
  return writes.getStore();
}

/** Notes that this request sent a public-change notice, which its instance must hear before it answers. */
export function noteNotice(): void {
  const store = writes.getStore();
  if (store) store.notified = true;
}

/** Whether this request sent a public-change notice; true outside a request, where nothing is known. */
export function sentNotice(): boolean {
  return writes.getStore()?.notified ?? true;
}

/** Empties this request's claimed pages and returns them. */
export function takeWrittenPages(): string[] {
  return writes.getStore()?.pages.splice(0) ?? [];
}
