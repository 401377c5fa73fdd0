import { Module } from '@nestjs/common';
import { DisciplinesLoaders } from './disciplines.loaders.js';
import { DisciplinesRepository } from './disciplines.repository.js';
import { DisciplinesResolver } from './disciplines.resolver.js';

@Module({ providers: [DisciplinesRepository, DisciplinesLoaders, DisciplinesResolver], exports: [DisciplinesLoaders] })
export class DisciplinesModule {}
