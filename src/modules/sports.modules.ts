import { CompetitionsModule } from './competitions/competitions.module.js';
import { DisciplinesModule } from './disciplines/disciplines.module.js';
import { AwardsModule } from './awards/awards.module.js';
import { EventsModule } from './events/events.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { LineupsModule } from './lineups/lineups.module.js';
import { MemberAssociationsModule } from './member-associations/member-associations.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { NocsModule } from './nocs/nocs.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PeopleModule } from './people/people.module.js';
import { RecordsModule } from './records/records.module.js';
import { TablesModule } from './tables/tables.module.js';
import { ResultsModule } from './results/results.module.js';
import { UnitsModule } from './units/units.module.js';
import { VenuesModule } from './venues/venues.module.js';

/** The sports data graph: reference data, people, competitions down to result rows. */
export const SportsModules = [
  NocsModule,
  DisciplinesModule,
  OrganisationsModule,
  VenuesModule,
  PeopleModule,
  CompetitionsModule,
  EventsModule,
  UnitsModule,
  ResultsModule,
  IncidentsModule,
  RecordsModule,
  MemberAssociationsModule,
  LineupsModule,
  AwardsModule,
  TablesModule,
  ImportsModule,
];
