import { registerEnumType } from '@nestjs/graphql';
import { Decision, Designation, PeriodKind } from '../../generated/prisma/enums.js';

// The match vocabulary of the results desk, registered once; inputs and models import it from here.
registerEnumType(Decision, {
  name: 'Decision',
  description: 'How a match was decided; each discipline allows some of them (see docs/sports/match-results.md).',
  valuesMap: {
    REGULATION: { description: 'In regulation time: no extra period, no shoot-out.' },
    EXTRA_TIME: { description: 'In extra time (football, rugby): needs EXTRA_TIME periods and no shoot-out.' },
    PENALTIES: { description: 'On penalties (football): needs a SHOOTOUT period, level before it, won by the winner.' },
    OVERTIME: { description: 'In overtime (ice hockey): needs an OVERTIME period and no shoot-out.' },
    SHOOTOUT: { description: 'In a shoot-out (ice hockey): needs a SHOOTOUT period, level before it, won by the winner.' },
    RETIREMENT: { description: 'A side retired during play; the score need not be a finished match.' },
    WALKOVER: { description: 'A side did not play; the loser cannot have won.' },
    ABANDONED: { description: 'Stopped and not completed.' },
    GOLDEN_POINT: { description: 'The first score in extra time won (rugby league, some rugby union competitions).' },
    JUDGES_DECISION: { description: "On the judges' cards (boxing)." },
  },
});

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'A part of a match that is scored on its own.',
  valuesMap: {
    HALF: { description: 'A half (football 45 minutes, rugby 40).' },
    QUARTER: { description: 'A quarter.' },
    PERIOD: { description: 'A period (ice hockey 20 minutes).' },
    SET: { description: 'A set (tennis); games as the score, tie-break points apart.' },
    END: { description: 'An end (curling).' },
    INNING: { description: 'An inning.' },
    EXTRA_TIME: { description: 'A period of extra time (football 15 minutes each).' },
    OVERTIME: { description: 'Overtime (ice hockey).' },
    SHOOTOUT: { description: 'A penalty shoot-out; its score is the kicks or shots scored.' },
  },
});

registerEnumType(Designation, {
  name: 'Designation',
  description: "A side's standing in a match: the home side, the away side, or neither at a neutral venue.",
  valuesMap: {
    HOME: { description: 'The home side.' },
    AWAY: { description: 'The away side.' },
    NEUTRAL: { description: 'Neither side plays at home.' },
  },
});

export { Decision, Designation, PeriodKind };
