import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FEEDBACK_LIMITS } from '@inspraak/contracts';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { dayNumber, responseDueAt, startOfLocalDay } from '../working-days';

/**
 * Due dates of the first response: stored on the input when it is given (every kind's submit
 * calls `dueAtForNewInput` in its transaction) and recomputed in one UPDATE when the
 * trajectory's response time target changes.
 */
@Injectable()
export class FeedbackDeadlines {
  constructor(private readonly repository: FeedbackRepository) {}

  /** The due moment of an input given now (or `at`) in the trajectory. */
  async dueAtForNewInput(m: EntityManager, trajectoryId: string, at = new Date()): Promise<Date> {
    const days =
      (await this.repository.targetDays(m, trajectoryId)) ?? FEEDBACK_LIMITS.targetDaysDefault;
    return responseDueAt(at, days);
  }

  /** Inputs of the trajectory still waiting for a first response get the new target's due date. */
  async recompute(m: EntityManager, trajectoryId: string, targetDays: number): Promise<void> {
    const days = await this.repository.pendingSubmissionDays(m, trajectoryId);
    const dueAt = days.map((d) => {
      const [year, month, day] = d.split('-').map(Number);
      // Noon of the submission day: the same local day whatever the offset.
      const noon = new Date(
        startOfLocalDay(dayNumber({ year, month, day })).getTime() + 12 * 3_600_000,
      );
      return responseDueAt(noon, targetDays);
    });
    await this.repository.setDueDates(m, trajectoryId, days, dueAt);
  }
}
