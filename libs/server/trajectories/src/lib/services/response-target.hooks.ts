import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Runs in the trajectory update's transaction when its response time target changed. */
export type ResponseTargetListener = (
  m: EntityManager,
  trajectoryId: string,
  targetDays: number,
) => Promise<void>;

/**
 * Lets the feedback loop recompute the due dates of a trajectory's inputs when its response time
 * target changes, in the same transaction as the change (the trajectories module does not know
 * inputs). The feedback module registers its listener on init.
 */
@Injectable()
export class ResponseTargetHooks {
  private readonly listeners: ResponseTargetListener[] = [];

  onChange(listener: ResponseTargetListener): void {
    this.listeners.push(listener);
  }

  async changed(m: EntityManager, trajectoryId: string, targetDays: number): Promise<void> {
    for (const listener of this.listeners) await listener(m, trajectoryId, targetDays);
  }
}
