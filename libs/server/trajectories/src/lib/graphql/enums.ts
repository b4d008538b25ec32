import { registerEnumType } from '@nestjs/graphql';
import {
  BusinessCaseKind,
  CriterionVerdict,
  ImpactAspect,
  ParticipationLevel,
  SimHealthStatus,
  StakeholderKind,
  SuccessDimension,
  TrajectoryRole,
  TrajectorySection,
  TrajectoryVisibility,
} from '@inspraak/contracts';

registerEnumType(TrajectoryVisibility, {
  name: 'TrajectoryVisibility',
  description:
    'ORGANISATION: everyone; ORG_UNITS: people in the selected units and their subtrees.',
});
registerEnumType(TrajectoryRole, {
  name: 'TrajectoryRole',
  description: 'A role within one trajectory.',
});
registerEnumType(ParticipationLevel, {
  name: 'ParticipationLevel',
  description: 'How far employees take part in a decision.',
});
registerEnumType(StakeholderKind, { name: 'StakeholderKind' });
registerEnumType(SuccessDimension, { name: 'SuccessDimension' });
registerEnumType(CriterionVerdict, { name: 'CriterionVerdict' });
registerEnumType(ImpactAspect, {
  name: 'ImpactAspect',
  description: 'Aspects of the Technology Impact Method.',
});
registerEnumType(BusinessCaseKind, { name: 'BusinessCaseKind' });
registerEnumType(SimHealthStatus, { name: 'SimHealthStatus' });
registerEnumType(TrajectorySection, {
  name: 'TrajectorySection',
  description: 'A section of the trajectory workspace (where SIM health evidence lives).',
});
