/** A request to the image worker: its kind names the work, the rest is that work's input. */
export type ImageWorkerRequest = { kind: string } & Record<string, unknown>;

/**
 * What the worker sends back: `started` once its code is loaded and it has taken the request,
 * then its one answer. A process that dies before `started` could not run at all (a fault of
 * the server); one that dies after it died on the image it was given.
 */
export type ImageWorkerMessage<Reply = unknown> = { type: 'started' } | { type: 'answer'; reply: Reply };

/**
 * Set by the runner for background work that runs in a session of its own (where SCHED_IDLE is
 * not to be had, see background-scheduling): the worker then lowers its own priority and its
 * session's. Never set for a worker in the server's session, whose session priority is the server's.
 */
export const BACKGROUND_ENV = 'PODIUM_IMAGE_WORKER_BACKGROUND';
