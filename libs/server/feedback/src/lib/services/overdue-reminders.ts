import { Injectable, Logger } from '@nestjs/common';
import { NotificationEvents } from '@inspraak/server-notifications';
import { FeedbackListRepository } from '../repositories/feedback-list.repository';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { civilDate, isoDate, localDayNumber } from '../working-days';

/** The event key of a trajectory's reminder on one (Amsterdam) day. */
export const overdueKey = (trajectoryId: string, day: string) =>
  `feedback-overdue:${trajectoryId}:${day}`;

/**
 * The daily deadline reminder: one `feedback.overdue` event per trajectory that has inputs past
 * their due date without a first response. Keyed by trajectory and date, so running it again
 * the same day (a retry, a second replica) stores nothing new. Payloads hold ids and counts.
 */
@Injectable()
export class OverdueReminders {
  private readonly logger = new Logger('FeedbackOverdue');

  constructor(
    private readonly lists: FeedbackListRepository,
    private readonly repository: FeedbackRepository,
    private readonly events: NotificationEvents,
  ) {}

  async run(now = new Date()): Promise<string[]> {
    const day = isoDate(civilDate(localDayNumber(now)));
    const overdue = await this.lists.overdueByTrajectory();
    const eventIds: string[] = [];
    for (const t of overdue) {
      eventIds.push(
        await this.repository.transaction((m) =>
          this.events.emit(m, {
            type: 'feedback.overdue',
            key: overdueKey(t.trajectory_id, day),
            subjectKind: 'trajectory',
            subjectId: t.trajectory_id,
            trajectoryId: t.trajectory_id,
            data: { count: t.n, trajectoryTitle: t.title, day },
            actorId: null,
          }),
        ),
      );
    }
    await this.events.dispatch(eventIds);
    if (eventIds.length) this.logger.log(`overdue reminders for ${eventIds.length} trajectories`);
    return eventIds;
  }
}
