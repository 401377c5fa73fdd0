import { toGlobalId } from '../../graphql/relay/global-id.js';
import { ErrorCode } from './error-codes.js';

/** One problem with one input field; `path` is the GraphQL argument path ("input.rows.3.rank"). */
export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
  row?: number | null;
}

/** An error a client is meant to see: a code, a message, and details safe to expose. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Ids in error details are the global ids the client sent, not the keys they were decoded to. */
const clientKey = (entity: string, key: Record<string, unknown>) =>
  typeof key.id === 'string' ? { ...key, id: toGlobalId(entity, key.id) } : key;

export class NotFoundError extends DomainError {
  constructor(entity: string, key: Record<string, unknown>) {
    super(ErrorCode.NOT_FOUND, `${entity} not found`, { entity, key: clientKey(entity, key) });
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, issues: FieldIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, message, { issues, field: issues[0]?.path });
  }
}

export class VersionConflictError extends DomainError {
  constructor(entity: string, id: string, expectedVersion: number, currentVersion: number) {
    super(
      ErrorCode.VERSION_CONFLICT,
      `${entity} was changed by someone else: you edited version ${expectedVersion}, the current version is ${currentVersion}`,
      { entity, id: toGlobalId(entity, id), expectedVersion, currentVersion },
    );
  }
}

export class SlugTakenError extends DomainError {
  constructor(entity: string, slug: string) {
    super(ErrorCode.SLUG_TAKEN, `The slug "${slug}" is already used by another ${entity.toLowerCase()}`, {
      entity,
      slug,
      field: 'input.slug',
    });
  }
}

/** No credentials, or credentials that do not verify (expired, tampered, revoked). */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The viewer is known but may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}
