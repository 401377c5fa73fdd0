import { ReadModelModule } from '../../read-model/read-model.module.js';
import { PersonPages } from './person-pages.js';
import { Module } from '@nestjs/common';
import { NocsModule } from '../nocs/nocs.module.js';
import { PeopleLoaders } from './people.loaders.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({
  imports: [ReadModelModule, NocsModule],
  providers: [PersonPages, PeopleRepository, PeopleLoaders, PeopleService, PeopleResolver],
  exports: [PeopleLoaders],
})
export class PeopleModule {}
