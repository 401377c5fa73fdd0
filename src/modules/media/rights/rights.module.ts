import { Module } from '@nestjs/common';
import { MediaRightsResolver } from './media-rights.resolver.js';

/** The rights of a media asset as the desk reads them; the window is checked by MediaAssetsService on save. */
@Module({ providers: [MediaRightsResolver] })
export class MediaRightsModule {}
