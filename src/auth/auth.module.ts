import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { Tokens } from './tokens.js';
import { ViewerResolver } from './viewer-resolver.js';

/** The viewer of every request and the one guard that checks it. */
@Global()
@Module({
  providers: [Tokens, ViewerResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [Tokens, ViewerResolver],
})
export class AuthModule {}
