import { registerEnumType } from '@nestjs/graphql';
import { IncidentKind, ShootoutOutcome } from '../../../generated/prisma/enums.js';

registerEnumType(IncidentKind, {
  name: 'IncidentKind',
  description: 'What happened in a match.',
  valuesMap: {
    GOAL: { description: 'A goal from play.' },
    PENALTY_GOAL: { description: 'A goal from a penalty kick in play (not in a shoot-out).' },
    OWN_GOAL: { description: 'An own goal: competitorId is the side it counts for, the person plays for the other side.' },
    PENALTY_MISSED: { description: 'A penalty kick in play that missed the goal.' },
    PENALTY_SAVED: { description: 'A penalty kick in play that was saved.' },
    YELLOW_CARD: { description: 'A caution.' },
    SECOND_YELLOW_CARD: { description: 'A second caution, and so a sending-off.' },
    RED_CARD: { description: 'A sending-off.' },
    SUBSTITUTION: { description: 'The person comes on for relatedPerson.' },
    TRY: { description: 'A try (rugby).' },
    PENALTY_TRY: { description: 'A penalty try (rugby).' },
    CONVERSION: { description: 'A conversion (rugby).' },
    PENALTY_KICK_GOAL: { description: 'A penalty goal kicked (rugby).' },
    DROP_GOAL: { description: 'A drop goal (rugby).' },
    SHOOTOUT_KICK: { description: 'A kick or shot in a shoot-out, with its order and outcome.' },
  },
});

registerEnumType(ShootoutOutcome, {
  name: 'ShootoutOutcome',
  description: 'What became of a shoot-out kick.',
  valuesMap: {
    SCORED: { description: 'Scored.' },
    SAVED: { description: 'Saved by the goalkeeper.' },
    MISSED: { description: 'Off target or hit the woodwork.' },
  },
});

export { IncidentKind, ShootoutOutcome };
