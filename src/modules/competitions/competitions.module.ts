import { Module } from '@nestjs/common';
import { CompetitionsLoaders } from './competitions.loaders.js';
import { CompetitionsResolver } from './competitions.resolver.js';
import { CompetitionsService } from './competitions.service.js';

@Module({ providers: [CompetitionsService, CompetitionsLoaders, CompetitionsResolver], exports: [CompetitionsLoaders] })
export class CompetitionsModule {}
