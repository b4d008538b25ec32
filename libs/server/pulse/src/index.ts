export { PulseCoreModule, PulseJobsModule, PulseModule } from './lib/pulse.module';
export { PULSE_ENTITIES } from './lib/entities/pulse.entities';
// Tests and the benchmark drive these directly (answering without HTTP, moving, the schedule).
export { PulseAnswers } from './lib/services/answer.service';
export { PulseMover } from './lib/services/mover.service';
export { RoundLifecycle } from './lib/services/round-lifecycle.service';
export { PulseNotificationSource } from './lib/notifications/pulse-notification.source';
export { MoverRepository } from './lib/repositories/mover.repository';
export { VoterKeys } from './lib/anonymity/voter-keys';
export { DEMO_PULSE_TITLE } from './lib/seed/pulse-seed.service';
