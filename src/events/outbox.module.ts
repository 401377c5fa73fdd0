import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { EventConsumers } from './event-consumers.js';
import { EventDispatcher } from './event-dispatcher.js';
import { OutboxRepository } from './outbox.repository.js';

/** The outbox: `emitEvent` writes events, the dispatch job hands them to the subscribed consumers. */
@Module({ imports: [JobsModule], providers: [EventConsumers, EventDispatcher, OutboxRepository], exports: [EventConsumers] })
export class OutboxModule {}
