import { Module } from '@nestjs/common';
import { NocsLoaders } from './nocs.loaders.js';
import { NocsRepository } from './nocs.repository.js';
import { NocsResolver } from './nocs.resolver.js';

@Module({ providers: [NocsRepository, NocsLoaders, NocsResolver], exports: [NocsLoaders] })
export class NocsModule {}
