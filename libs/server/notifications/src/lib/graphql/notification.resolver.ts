import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Principal, Public } from '@inspraak/server-auth';
import { NotificationType } from '../contract';
import { NotificationCentre, NotificationView } from '../notification-centre.service';
import { NotificationPreferences } from '../notification-preferences.service';
import { enumToType, Preference, typeToEnum } from '../preferences';
import {
  EmailFrequencyEnum,
  MarkReadArgs,
  NotificationConnection,
  NotificationObject,
  NotificationPreferenceObject,
  NotificationsArgs,
  NotificationTypeEnum,
  UnsubscribeArgs,
  UpdatePreferencesArgs,
} from './types';

const toEnum = (t: NotificationType) => typeToEnum(t);
const toObject = (v: NotificationView): NotificationObject => ({ ...v, type: toEnum(v.type) });
const toPreference = (p: Preference): NotificationPreferenceObject => ({
  type: toEnum(p.type),
  inApp: p.inApp,
  email: p.email as EmailFrequencyEnum,
});

/**
 * The viewer's own notifications and settings. Every signed-in role may use them
 * (PROFILE_EDIT: one's own account); `unsubscribe` is public, its signed token is the authority.
 */
@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(
    private readonly centre: NotificationCentre,
    private readonly preferences: NotificationPreferences,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'The viewer’s notifications, newest first, with the unread count.',
  })
  @Authorize(Permission.PROFILE_EDIT)
  async notifications(
    @Args() args: NotificationsArgs,
    @CurrentUser() principal: Principal,
  ): Promise<NotificationConnection> {
    const [page, unreadCount] = await Promise.all([
      this.centre.list(principal.userId, args.first, args.after, args.unreadOnly),
      this.centre.unreadCount(principal.userId),
    ]);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toObject(e.node) })),
      unreadCount,
    };
  }

  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread (cheap).' })
  @Authorize(Permission.PROFILE_EDIT)
  unreadNotificationCount(@CurrentUser() principal: Principal): Promise<number> {
    return this.centre.unreadCount(principal.userId);
  }

  @Query(() => [NotificationPreferenceObject], {
    description: 'The viewer’s setting per notification type (defaults where never chosen).',
  })
  @Authorize(Permission.PROFILE_EDIT)
  async notificationPreferences(
    @CurrentUser() principal: Principal,
  ): Promise<NotificationPreferenceObject[]> {
    return (await this.preferences.of(principal.userId)).map(toPreference);
  }

  @Mutation(() => Int, {
    description:
      'Marks the viewer’s notifications among `ids` read; returns how many changed (ids of ' +
      'others and read ones are ignored).',
  })
  @Authorize(Permission.PROFILE_EDIT)
  markNotificationsRead(
    @Args() args: MarkReadArgs,
    @CurrentUser() principal: Principal,
  ): Promise<number> {
    return this.centre.markRead(principal.userId, args.ids);
  }

  @Mutation(() => Int, { description: 'Marks all of the viewer’s notifications read.' })
  @Authorize(Permission.PROFILE_EDIT)
  markAllNotificationsRead(@CurrentUser() principal: Principal): Promise<number> {
    return this.centre.markRead(principal.userId, null);
  }

  @Mutation(() => [NotificationPreferenceObject], {
    description: 'Changes the viewer’s settings of the given types (each type at most once).',
  })
  @Authorize(Permission.PROFILE_EDIT)
  async updateNotificationPreferences(
    @Args() args: UpdatePreferencesArgs,
    @CurrentUser() principal: Principal,
  ): Promise<NotificationPreferenceObject[]> {
    const prefs = args.input.map((p) => ({
      type: enumToType(p.type)!,
      inApp: p.inApp,
      email: p.email,
    }));
    return (await this.preferences.update(principal.userId, prefs)).map(toPreference);
  }

  @Mutation(() => NotificationTypeEnum, {
    description:
      'Turns off e-mail of one type for the user of a signed unsubscribe link (no sign-in ' +
      'needed); returns the type. BAD_USER_INPUT for a bad or expired token.',
  })
  @Public()
  async unsubscribe(@Args() args: UnsubscribeArgs): Promise<NotificationTypeEnum> {
    return toEnum(await this.preferences.unsubscribe(args.token));
  }
}
