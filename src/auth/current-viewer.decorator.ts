import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { Viewer } from './viewer.js';

/** The request's viewer, for a resolver to hand to its service. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer => GqlExecutionContext.create(context).getContext<RequestContext>().viewer,
);
