import { Query, Resolver } from '@nestjs/graphql';
import { SIM_PHASES } from '@inspraak/contracts';
import { Public } from '@inspraak/server-auth';
import { PlatformStatusService } from '../platform-status.service';
import { PlatformStatusObject, SimPhaseObject } from './platform.objects';

@Resolver()
export class PlatformResolver {
  constructor(private readonly status: PlatformStatusService) {}

  @Query(() => [SimPhaseObject], {
    description: 'The five SIM phases in order, with Dutch and English names.',
  })
  @Public()
  simPhases(): SimPhaseObject[] {
    return SIM_PHASES.map((p) => ({
      phase: p.phase,
      number: p.number,
      name: p.name,
      summary: p.summary,
      guidelines: [...p.guidelines],
    }));
  }

  @Query(() => PlatformStatusObject)
  @Public()
  platformStatus(): Promise<PlatformStatusObject> {
    return this.status.status();
  }
}
