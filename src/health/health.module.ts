import { Module } from '@nestjs/common';
import { ResponseCacheModule } from '../graphql/response-cache/response-cache.module.js';
import { HealthController } from './health.controller.js';

@Module({ imports: [ResponseCacheModule], controllers: [HealthController] })
export class HealthModule {}
