import { registerEnumType } from '@nestjs/graphql';
import { HiddenReason } from '../anonymity/suppression';
import { PulseRoundState } from '../repositories/round.repository';
import { PulseQuestionType } from '../templates/questions';
import { PulseTemplateKey } from '../templates/templates';

registerEnumType(PulseQuestionType, {
  name: 'PulseQuestionType',
  description:
    'SCALE_5: 1–5 (favourable 4–5); SCALE_11: 0–10 (favourable 9–10, the eNPS promoters); ' +
    'SINGLE_CHOICE: one option (favourable: options marked so); OPEN_TEXT: free text, shown only ' +
    'as shuffled, undated comments above the comment threshold.',
});
registerEnumType(PulseTemplateKey, {
  name: 'PulseTemplateKey',
  description: 'The built-in question sets (Dutch and English wording, versioned).',
});
registerEnumType(PulseRoundState, {
  name: 'PulseRoundState',
  description:
    'SCHEDULED → OPEN → CLOSED. CANCELLED: the audience had fewer than k people when the round ' +
    'was due to open, so nobody was asked.',
});
registerEnumType(HiddenReason, {
  name: 'PulseHiddenReason',
  description:
    'Why a group is "hidden to protect anonymity": BELOW_THRESHOLD (fewer than k answered), ' +
    'COMPLEMENTARY (shown, it would let a hidden sibling be computed as parent minus the shown ' +
    'groups), PARENT_HIDDEN (the unit above is hidden), RESULTS_HIDDEN (comments only: the ' +
    'group’s results are hidden).',
});
