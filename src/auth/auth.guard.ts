import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { API_KEY_SCOPE_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { requireRole } from './require-role.js';
import type { ApiKeyScope } from '../generated/prisma/enums.js';
import type { Role } from './viewer.js';

/**
 * The one access check of every GraphQL operation and guarded field: `@Roles` says who may
 * (`@AllowApiKeyScope` adds API keys with a scope), `@Public` opens a mutation to anyone, and a mutation with neither is refused, so a new
 * mutation is closed until someone decides who may call it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles) {
      const { viewer } = gql.getContext<RequestContext>();
      const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE_KEY, targets);
      if (scope && viewer.kind === 'apiKey' && viewer.scopes.includes(scope)) return true;
      return requireRole(viewer, roles);
    }
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return true;
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)) return true;
    throw new ForbiddenError('This mutation is not open to anyone');
  }
}
