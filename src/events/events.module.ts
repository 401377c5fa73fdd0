import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { EventConsumers } from './event-consumers.js';
import { EventDispatcher } from './event-dispatcher.js';
import { EventsRepository } from './events.repository.js';

/** The outbox: `emitEvent` writes events, the dispatch job hands them to the subscribed consumers. */
@Module({ imports: [JobsModule], providers: [EventConsumers, EventDispatcher, EventsRepository], exports: [EventConsumers] })
export class EventsModule {}
