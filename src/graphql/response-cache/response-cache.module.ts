import { Module } from '@nestjs/common';
import { CacheGeneration } from './cache-generation.js';

@Module({ providers: [CacheGeneration], exports: [CacheGeneration] })
export class ResponseCacheModule {}
