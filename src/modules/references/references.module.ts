import { Module } from '@nestjs/common';
import { ReferencesRepository } from './references.repository.js';

/**
 * The reference index (what every story points at) and what points at a record, for the
 * version-guarded deletes. Imports no feature, so every feature may import it.
 */
@Module({ providers: [ReferencesRepository], exports: [ReferencesRepository] })
export class ReferencesModule {}
