import { Module } from '@nestjs/common';
import { NocsModule } from '../nocs/nocs.module.js';
import { PeopleLoaders } from './people.loaders.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({
  imports: [NocsModule],
  providers: [PeopleRepository, PeopleLoaders, PeopleService, PeopleResolver],
  exports: [PeopleLoaders],
})
export class PeopleModule {}
