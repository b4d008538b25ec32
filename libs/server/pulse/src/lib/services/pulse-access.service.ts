import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GlobalRole } from '@inspraak/contracts';
import { NotFoundError } from '@inspraak/server-errors';
import { TrajectoryAccessService, Viewer } from '@inspraak/server-trajectories';
import { RoundRepository } from '../repositories/round.repository';
import { SurveyRecord, SurveyRepository } from '../repositories/survey.repository';

/** What one caller may do with one survey (docs/pulse.md, "who sees what"). */
export interface SurveyAccess {
  survey: SurveyRecord;
  /** Survey owners: trajectory editors, moderators and admins (organisation-wide: moderators and admins). */
  canManage: boolean;
  /** A manager's units (their subtrees are the manager's scope); empty for everyone else. */
  managedUnitIds: string[];
  /** The survey's audience overlaps a managed unit (or the survey is organisation-wide). */
  managerOverlap: boolean;
  /** Rounds of this survey that asked the caller. */
  memberOfRounds: Set<string>;
  visible: boolean;
}

const MANAGING_ROLES: readonly string[] = [GlobalRole.MODERATOR, GlobalRole.ADMIN];

/**
 * Row access to surveys and rounds, decided here. Anyone without access gets exactly the
 * NOT_FOUND of a random id.
 */
@Injectable()
export class PulseAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
    private readonly rounds: RoundRepository,
    private readonly trajectories: TrajectoryAccessService,
  ) {}

  async canManageTrajectorySurveys(viewer: Viewer, trajectoryId: string | null): Promise<boolean> {
    const role = viewer.principal.role as string;
    if (!trajectoryId) return MANAGING_ROLES.includes(role);
    const t = await this.trajectories.of(viewer, trajectoryId);
    return t.visible && (t.canEdit || MANAGING_ROLES.includes(role));
  }

  async ofSurvey(viewer: Viewer, survey: SurveyRecord): Promise<SurveyAccess> {
    const canManage = await this.canManageTrajectorySurveys(viewer, survey.trajectoryId);
    const managedUnitIds =
      viewer.principal.role === GlobalRole.MANAGER
        ? await this.rounds.managedUnits(viewer.principal.userId)
        : [];
    const managerOverlap =
      managedUnitIds.length > 0 && (await this.overlaps(survey.orgUnitIds, managedUnitIds));
    const roundIds = (await this.rounds.ofSurveys([survey.id])).map((r) => r.id);
    const memberOfRounds = await this.rounds.memberOf(roundIds, viewer.principal.userId);
    return {
      survey,
      canManage,
      managedUnitIds,
      managerOverlap,
      memberOfRounds,
      visible: canManage || managerOverlap || memberOfRounds.size > 0,
    };
  }

  async survey(viewer: Viewer, surveyId: string): Promise<SurveyAccess> {
    const survey = await this.surveys.get(surveyId);
    if (!survey) throw new NotFoundError('Pulse survey');
    const access = await this.ofSurvey(viewer, survey);
    if (!access.visible) throw new NotFoundError('Pulse survey');
    return access;
  }

  /** Throws NOT_FOUND unless the caller manages the survey (it also hides surveys one may not see). */
  async manage(viewer: Viewer, surveyId: string): Promise<SurveyAccess> {
    const survey = await this.surveys.get(surveyId);
    if (!survey) throw new NotFoundError('Pulse survey');
    const access = await this.ofSurvey(viewer, survey);
    if (!access.canManage) throw new NotFoundError('Pulse survey');
    return access;
  }

  /** Whether any audience unit and any managed unit lie in each other's subtree (no audience: all). */
  private async overlaps(audience: string[], managed: string[]): Promise<boolean> {
    if (!audience.length) return true;
    const [{ overlap }] = await this.dataSource.query<{ overlap: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM org_unit a, org_unit m
          WHERE a.id = ANY($1::uuid[]) AND m.id = ANY($2::uuid[])
            AND (a.path LIKE m.path || '%' OR m.path LIKE a.path || '%')) AS overlap`,
      [audience, managed],
    );
    return overlap;
  }

  /** The paths of units, for scope checks on result nodes. */
  async paths(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; path: string }[]>(
      'SELECT id, path FROM org_unit WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.path]));
  }
}
