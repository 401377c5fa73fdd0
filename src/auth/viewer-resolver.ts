import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import { Tokens } from './tokens.js';
import { ANONYMOUS, type ApiKeyViewer, type Viewer } from './viewer.js';

/** Looks up a frontend's API key; null when it is unknown or revoked. */
export type ApiKeyLookup = (key: string) => Promise<ApiKeyViewer | null>;

/**
 * Who a request comes from: `Authorization: Bearer <access token>` for staff, `X-Api-Key` for a
 * frontend, nothing for a reader. Credentials that do not verify are an error, never a silent
 * fall back to anonymous.
 */
@Injectable()
export class ViewerResolver {
  private apiKeyLookup: ApiKeyLookup | null = null;

  constructor(private readonly tokens: Tokens) {}

  /** Installed by the API keys feature. */
  useApiKeys(lookup: ApiKeyLookup): void {
    this.apiKeyLookup = lookup;
  }

  async resolve(req: Request): Promise<Viewer> {
    const authorization = req.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
      return this.tokens.verifyAccessToken(token);
    }
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey !== '') {
      const viewer = this.apiKeyLookup ? await this.apiKeyLookup(apiKey) : null;
      if (!viewer) throw new UnauthenticatedError('The API key is not valid');
      return viewer;
    }
    return ANONYMOUS;
  }
}
