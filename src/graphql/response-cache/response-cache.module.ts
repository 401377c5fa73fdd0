import { Module } from '@nestjs/common';
import { ReadModelModule } from '../../read-model/read-model.module.js';
import { ResponseCache } from './response-cache.js';

@Module({ imports: [ReadModelModule], providers: [ResponseCache], exports: [ResponseCache, ReadModelModule] })
export class ResponseCacheModule {}
