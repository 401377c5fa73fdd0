import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Public } from '../../../auth/roles.decorator.js';
import { isStaff, type Viewer } from '../../../auth/viewer.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { User } from '../models/user.model.js';
import { UsersLoaders } from '../users.loaders.js';
import { LoginInput, RefreshTokenArgs } from './session.inputs.js';
import { Session } from './session.model.js';
import { SessionsService, staffViewerOf } from './sessions.service.js';

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly service: SessionsService,
    private readonly loaders: UsersLoaders,
  ) {}

  @Public()
  @Mutation(() => Session, {
    description:
      'Signs a member of staff in. A wrong password, an unknown email and a disabled account all give UNAUTHENTICATED with the same message; after too many failures TOO_MANY_REQUESTS (HTTP 429) with `retryAfterSeconds`.',
  })
  async login(@Args('input', { description: 'Email and password.' }) input: LoginInput, @Context() ctx: RequestContext) {
    const session = await this.service.login(input, ctx.req.ip);
    // The rest of this answer (session.user) is read as the user who just signed in.
    ctx.viewer = staffViewerOf(session.user);
    return session;
  }

  @Public()
  @Mutation(() => Session, {
    description:
      'A new access token and a new refresh token for a refresh token, which stops working. Presenting a refresh token that was already used ends the whole session (UNAUTHENTICATED).',
  })
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs, @Context() ctx: RequestContext) {
    const session = await this.service.refresh(refreshToken);
    ctx.viewer = staffViewerOf(session.user);
    return session;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends the session of the refresh token: it and every token renewed from it stop working. True when done.',
  })
  logout(@Args() { refreshToken }: RefreshTokenArgs) {
    return this.service.logout(refreshToken);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in member of staff; null for readers and API keys.' })
  me(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return isStaff(viewer) ? this.loaders.userById(ctx.loaders).load(viewer.userId) : null;
  }
}
