import { registerEnumType } from '@nestjs/graphql';
import { ChallengeState, IdeaListState, IdeaSort } from '@inspraak/contracts';

registerEnumType(ChallengeState, {
  name: 'ChallengeState',
  description: 'DRAFT → OPEN → REVIEW → CLOSED; REVIEW → OPEN steps back.',
});
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  description: 'NEWEST, MOST_SUPPORTED, MOST_DISCUSSED, or RANDOM (stable for one viewer).',
});
registerEnumType(IdeaListState, {
  name: 'IdeaListState',
  description: 'ALL visible ideas, or those AWAITING_RESPONSE or RESPONDED.',
});
