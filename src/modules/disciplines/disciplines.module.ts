import { Module } from '@nestjs/common';
import { DisciplinesLoaders } from './disciplines.loaders.js';
import { DisciplinesResolver } from './disciplines.resolver.js';

@Module({ providers: [DisciplinesLoaders, DisciplinesResolver], exports: [DisciplinesLoaders] })
export class DisciplinesModule {}
