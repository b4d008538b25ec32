import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RuntimeMode, SimPhase } from '@inspraak/contracts';

registerEnumType(SimPhase, { name: 'SimPhase', description: 'The five phases of the SIM model.' });
registerEnumType(RuntimeMode, {
  name: 'RuntimeMode',
  description: 'EMBEDDED: PGlite and in-process jobs. SERVICES: PostgreSQL and BullMQ on Redis.',
});

@ObjectType({ description: 'A text in Dutch and English.' })
export class LocalizedText {
  @Field()
  nl!: string;

  @Field()
  en!: string;
}

@ObjectType('SimPhaseInfo', { description: 'A phase of the SIM model with its names.' })
export class SimPhaseObject {
  @Field(() => SimPhase)
  phase!: SimPhase;

  @Field(() => Int, { description: '1 to 5, in the order of the model.' })
  number!: number;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => [LocalizedText], {
    description: 'The guidelines of this step, as the SIM guide summarises them.',
  })
  guidelines!: LocalizedText[];
}

@ObjectType('PlatformStatus', { description: 'Version and runtime facts for the status page.' })
export class PlatformStatusObject {
  @Field()
  version!: string;

  @Field(() => RuntimeMode)
  runtimeMode!: RuntimeMode;

  @Field({ description: 'postgres or pglite.' })
  databaseDriver!: string;

  @Field({ description: 'bullmq or in-process.' })
  jobDriver!: string;

  @Field(() => Date, { nullable: true, description: 'When a worker last recorded its heartbeat.' })
  workerLastSeenAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When a worker handled this API instance's start-up job (proves the job path).",
  })
  startAcknowledgedAt!: Date | null;
}
