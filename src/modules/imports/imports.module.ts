import { Module } from '@nestjs/common';
import { ImportsResolver } from './imports.resolver.js';

/** Season feeds (football.json; ODF and SportsML later) imported into competitions. */
@Module({ providers: [ImportsResolver] })
export class ImportsModule {}
