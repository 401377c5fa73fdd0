import { Module } from '@nestjs/common';
import { ReferencesRepository } from './references.repository.js';

/** Finds what points at a record, for the version-guarded deletes of the sports graph. */
@Module({ providers: [ReferencesRepository], exports: [ReferencesRepository] })
export class ReferencesModule {}
