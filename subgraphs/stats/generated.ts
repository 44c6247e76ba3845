import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityRow, ActivityTypeRow } from './tables.js';
import type { MentorRef, PersonalStatsView, BreakdownEntryView } from './views.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date `YYYY-MM-DD` (UTC), from 1900-01-01 to 2999-12-31. */
  Date: { input: string; output: string; }
  /** An instant in UTC, printed `YYYY-MM-DDTHH:MM:SSZ`; accepted as ISO 8601 with a zone (Z or ±hh:mm), normalised to UTC, on a UTC date from 1900-01-01 to 2999-12-31. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An activity logged by a mentor. */
export type Activity = {
  __typename?: 'Activity';
  /** The contact the mentor helped (1 to 64 characters); null when not given. */
  contactId?: Maybe<Scalars['String']['output']>;
  /** How long it took, in minutes (1 to 1440). */
  durationMinutes: Scalars['Int']['output'];
  /** The activity's id; logged ones are `act_` followed by 16 lowercase hex digits. */
  id: Scalars['ID']['output'];
  /** The mentor who logged the activity. */
  mentor: Mentor;
  /**
   * The id of the mentor who logged the activity.
   * @deprecated Use `mentor { id }`.
   */
  mentorId: Scalars['ID']['output'];
  /** When it took place (UTC); it counts on this instant's UTC date. */
  occurredAt: Scalars['DateTime']['output'];
  /** The mentor's organisation when the activity was logged. */
  orgId: Scalars['String']['output'];
  /** Whether it took place (COMPLETED) or was cancelled. */
  status: ActivityStatus;
  /** What kind of activity it was. */
  type: ActivityType;
};

/** One activity type in a mentor's window. */
export type ActivityBreakdownEntry = {
  __typename?: 'ActivityBreakdownEntry';
  /** The activity type these figures are of. */
  activityType: ActivityType;
  /**
   * The activity type's id.
   * @deprecated Use `activityType { id }`.
   */
  activityTypeId: Scalars['ID']['output'];
  /**
   * The activity type's display name.
   * @deprecated Use `activityType { displayName }`.
   */
  activityTypeName: Scalars['String']['output'];
  /** Mean duration of this type's completed activities in the window, in minutes, rounded half up; 0 when none. */
  avgDurationMinutes: Scalars['Int']['output'];
  /** Activities of this type in the window, any status (at least 1). */
  count: Scalars['Int']['output'];
  /** count / all activities of the window × 100, 1 decimal rounded half up. */
  percentage: Scalars['Float']['output'];
  /** Minutes of this type's completed activities in the window / 60, 1 decimal rounded half up. */
  totalHours: Scalars['Float']['output'];
};

/** One page of an activity breakdown. */
export type ActivityBreakdownPage = {
  __typename?: 'ActivityBreakdownPage';
  /** The activity types of this page, by count (descending; ties by type key). */
  items: Array<ActivityBreakdownEntry>;
  /** Which page this is, its size and the total number of activity types in the window. */
  pageInfo: PageInfo;
};

/** A page of a mentor's activities, newest first. */
export type ActivityPage = {
  __typename?: 'ActivityPage';
  /** The activities of this page. */
  items: Array<Activity>;
  /** Where this page lies. */
  pageInfo: PageInfo;
};

/** Whether an activity took place. */
export type ActivityStatus =
  /** It was cancelled; it counts in totals of any status, not in hours, sessions, contacts or milestones. */
  | 'cancelled'
  /** It took place; only completed activities count towards hours, sessions, contacts and milestones. */
  | 'completed';

/** Counts of a mentor's activities in the current calendar week, month or year (UTC). */
export type ActivitySummary = {
  __typename?: 'ActivitySummary';
  /** The calendar period counted (UTC). */
  period: SummaryPeriod;
  /** Activities of the period, any status. */
  totalActivities: Scalars['Int']['output'];
  /** Completed activities of the period whose type is a session (`ActivityType.isSession`). */
  totalSessions: Scalars['Int']['output'];
};

/** Totals of a mentor's completed activities (used by milestone detection). */
export type ActivityTotals = {
  __typename?: 'ActivityTotals';
  /** Completed activities. */
  activityCount: Scalars['Int']['output'];
  /** Completed minutes / 60, rounded to 1 decimal. */
  totalHours: Scalars['Float']['output'];
  /** Distinct contacts (contactId) of completed activities; activities without a contact are not counted. */
  uniqueContactsHelped: Scalars['Int']['output'];
};

/** A kind of activity (one-on-one session, check-in, ...). */
export type ActivityType = {
  __typename?: 'ActivityType';
  /** The type's name for people, e.g. `One-on-One Session`. */
  displayName: Scalars['String']['output'];
  /** The type's id, e.g. `act_type_001`. */
  id: Scalars['ID']['output'];
  /** True for the types `activitySummary.totalSessions` counts as sessions. */
  isSession: Scalars['Boolean']['output'];
  /** The type's unique machine name, e.g. `one_on_one_session`. */
  key: Scalars['String']['output'];
};

/** Activities of one month of a contribution year. */
export type ContributionMonthCount = {
  __typename?: 'ContributionMonthCount';
  /** Activities of the month (UTC dates, up to asOf), any status. */
  count: Scalars['Int']['output'];
  /** The month, 1 (January) to 12. */
  month: Scalars['Int']['output'];
};

/** One page of a contribution history. */
export type ContributionYearPage = {
  __typename?: 'ContributionYearPage';
  /** The years of this page, oldest first. */
  items: Array<ContributionYearSummary>;
  /** Which page this is, its size and the total number of years with activity. */
  pageInfo: PageInfo;
};

/** One year of a mentor's contribution heat map. */
export type ContributionYearSummary = {
  __typename?: 'ContributionYearSummary';
  /** Months 1 to 12 of a past year, months 1 to asOf's month of asOf's year; months without activity included. */
  monthlyBreakdown: Array<ContributionMonthCount>;
  /** The month (1 to 12) with the most activities, ties to the earliest; null when the listed months have none. */
  peakMonth?: Maybe<Scalars['Int']['output']>;
  /** Activities of the year (UTC dates, up to asOf), any status. */
  totalActivities: Scalars['Int']['output'];
  /** Minutes of the year's completed activities / 60, 1 decimal rounded half up. */
  totalHours: Scalars['Float']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
  /** How many of the listed months have no activity. */
  zeroActivityMonths: Scalars['Int']['output'];
};

/** An activity to log. */
export type LogActivityInput = {
  /** An activity type's id, e.g. `act_type_001`; an unknown one is an UNPROCESSABLE error. */
  activityTypeId: Scalars['ID']['input'];
  /** The contact helped, 1 to 64 characters (otherwise BAD_REQUEST); none when omitted. */
  contactId?: InputMaybe<Scalars['String']['input']>;
  /** How long it took, in minutes: 1 to 1440 (otherwise UNPROCESSABLE). */
  durationMinutes: Scalars['Int']['input'];
  /** The mentor (1 to 64 characters, otherwise BAD_REQUEST); an unknown mentor is an UNPROCESSABLE error. */
  mentorId: Scalars['ID']['input'];
  /** ISO 8601 timestamp with a zone (Z or ±hh:mm) on a UTC date from 1900-01-01 to 2999-12-31; not in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** Must be the mentor's organisation (otherwise UNPROCESSABLE); 1 to 64 characters (otherwise BAD_REQUEST). */
  orgId: Scalars['String']['input'];
  /** Whether it took place or was cancelled. */
  status: ActivityStatus;
};

/** What logActivity answers: the new activity and its mentor (whose statistics it changes). */
export type LogActivityPayload = {
  __typename?: 'LogActivityPayload';
  /** The logged activity. */
  activity: Activity;
  /** The mentor, as it is after the write. */
  mentor: Mentor;
};

export type Mentor = {
  __typename?: 'Mentor';
  /**
   * The mentor's activities, newest first (by occurredAt, then id descending). from (inclusive) and to (exclusive)
   * bound occurredAt, in UTC; from after to is UNPROCESSABLE. status keeps one status. page ≥ 1, limit 1..100
   * (default 20).
   */
  activities?: Maybe<ActivityPage>;
  /**
   * Per activity type present in the window, by count (desc, ties by type key). asOf: YYYY-MM-DD from 1900-01-01 to
   * 2999-12-31, default today (UTC). Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph
   * fails).
   */
  activityBreakdown?: Maybe<ActivityBreakdownPage>;
  /**
   * Counts of the current calendar week, month or year (UTC, the one containing now); zeros without activity.
   * Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  activitySummary?: Maybe<ActivitySummary>;
  /**
   * Totals between two UTC dates (YYYY-MM-DD from 1900-01-01 to 2999-12-31, inclusive); the whole log when omitted.
   * Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  activityTotals?: Maybe<ActivityTotals>;
  /**
   * Changes whenever an activity of this mentor is logged, changed or deleted (a counter kept in the same
   * transaction); "0" when the mentor has never had one. Opaque: compare for equality only.
   * Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  activityVersion?: Maybe<Scalars['String']['output']>;
  /**
   * One entry per year with activity (up to asOf: YYYY-MM-DD from 1900-01-01 to 2999-12-31), oldest first, optionally
   * limited to fromYear..toYear (years 1900 to 2999). Null only with an error on this path (SERVICE_UNAVAILABLE when the
   * stats subgraph fails).
   */
  contributionHistory?: Maybe<ContributionYearPage>;
  id: Scalars['ID']['output'];
  /**
   * One row per calendar month from..to (YYYY-MM, 1900-01 to 2999-12), oldest first; default from the first active month
   * to asOf's month (asOf: YYYY-MM-DD from 1900-01-01 to 2999-12-31). Null only with an error on this path
   * (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  monthlySeries?: Maybe<StatsMonthPage>;
  /**
   * The mentor's organisation, owned by the mentors subgraph: the peer group of personalStats, and what decides whether
   * the caller may see this mentor's statistics without asking the mentors subgraph again.
   */
  orgId: Scalars['String']['output'];
  /**
   * Summary of the window (see README, Personal statistics definitions). asOf: YYYY-MM-DD from 1900-01-01 to 2999-12-31,
   * default today (UTC). Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  personalStats?: Maybe<PersonalStats>;
  /**
   * For each threshold, when the cumulative metric first reached it.
   * Null only with an error on this path (SERVICE_UNAVAILABLE when the stats subgraph fails).
   */
  thresholdCrossings?: Maybe<Array<ThresholdCrossingResult>>;
};


export type MentorActivitiesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActivityStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MentorActivityBreakdownArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  period?: StatsPeriod;
};


export type MentorActivitySummaryArgs = {
  period?: SummaryPeriod;
};


export type MentorActivityTotalsArgs = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};


export type MentorContributionHistoryArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type MentorMonthlySeriesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type MentorPersonalStatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  period?: StatsPeriod;
};


export type MentorThresholdCrossingsArgs = {
  metric: MilestoneMetric;
  thresholds: Array<Scalars['Float']['input']>;
};

/** What milestones measure: hours of completed activities, distinct contacts helped, completed activities. */
export type MilestoneMetric =
  /** Number of completed activities. */
  | 'activity_count'
  /** Distinct contacts of completed activities. */
  | 'contacts_helped'
  /** Hours of completed activities (minutes / 60). */
  | 'hours_logged';

/** One calendar month of a mentor's trend chart. */
export type MonthlyStatsPoint = {
  __typename?: 'MonthlyStatsPoint';
  /** Completed activities of the month. */
  completedActivities: Scalars['Int']['output'];
  /** The month, 1 (January) to 12. */
  month: Scalars['Int']['output'];
  /** Like `Jan 2026`. */
  monthLabel: Scalars['String']['output'];
  /** Activities of the month (UTC dates, up to asOf), any status; 0 for a month without activity. */
  totalActivities: Scalars['Int']['output'];
  /** Minutes of the month's completed activities / 60, 1 decimal rounded half up. */
  totalHours: Scalars['Float']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Logs an activity; the mentor must exist (checked through the federation) and belong to orgId. */
  logActivity: LogActivityPayload;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationLogActivityArgs = {
  input: LogActivityInput;
};

/** Where a page lies in a paginated list; the same type in every subgraph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** True when a later page holds items: page × limit < total. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items per page asked for (1..100, default 20); the last page may hold fewer. */
  limit: Scalars['Int']['output'];
  /** The page's number, 1-based. */
  page: Scalars['Int']['output'];
  /** Items over all pages, after the list's filters. */
  total: Scalars['Int']['output'];
};

/** A mentor's statistics over one window. */
export type PersonalStats = {
  __typename?: 'PersonalStats';
  /** Mean duration of the window's completed activities (all types), in minutes, rounded half up; 0 when none. */
  avgSessionDurationMinutes: Scalars['Int']['output'];
  /** Cancelled activities in the window. */
  cancelledActivities: Scalars['Int']['output'];
  /** Completed activities in the window. */
  completedActivities: Scalars['Int']['output'];
  /** completedActivities / totalActivities as a fraction from 0 to 1, 3 decimals rounded half up; 0 without activities. */
  completionRate: Scalars['Float']['output'];
  /** The window's last day (asOf). */
  endDate: Scalars['Date']['output'];
  /** The mentor's id. */
  mentorId: Scalars['ID']['output'];
  /**
   * The weekday (UTC) with the most activities in the window (ties to the earlier day, Monday first); null without
   * activities.
   */
  mostActiveWeekday?: Maybe<Weekday>;
  /** The activity type logged most often in the window (ties by type key); null without activities. */
  mostCommonActivityType?: Maybe<ActivityType>;
  /**
   * Percent (0 to 100, rounded half up) of the other mentors of the organisation who logged any activity that have
   * strictly fewer completed activities in the same window; 100 when there are no others.
   */
  peerRankPercentile: Scalars['Int']['output'];
  /** The window asked for. */
  period: StatsPeriod;
  /** The window's first day; for ALL_TIME the day of the first activity on or before endDate (endDate when none). */
  startDate: Scalars['Date']['output'];
  /**
   * Consecutive days (UTC) with at least one completed activity, ending at endDate, or at the day before when endDate
   * has none (yet); 0 when neither has one. Not bounded by the window's start.
   */
  streakDays: Scalars['Int']['output'];
  /** Activities in the window, any status. */
  totalActivities: Scalars['Int']['output'];
  /** Minutes of the window's completed activities / 60, 1 decimal rounded half up. */
  totalHoursLogged: Scalars['Float']['output'];
};

/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type Query = {
  __typename?: 'Query';
  /** An activity by id; null when there is none. */
  activity?: Maybe<Activity>;
  /** Every activity type, by id. */
  activityTypes: Array<ActivityType>;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};

/** One page of a monthly series. */
export type StatsMonthPage = {
  __typename?: 'StatsMonthPage';
  /** The months of this page, oldest first. */
  items: Array<MonthlyStatsPoint>;
  /** Which page this is, its size and the total number of months in the range. */
  pageInfo: PageInfo;
};

/** Window of personal statistics: LAST_N_DAYS ends at asOf and starts N-1 days before it (UTC dates). */
export type StatsPeriod =
  /** Everything up to asOf. */
  | 'all_time'
  /** asOf and the 6 days before it. */
  | 'last_7_days'
  /** asOf and the 29 days before it. */
  | 'last_30_days'
  /** asOf and the 89 days before it. */
  | 'last_90_days'
  /** asOf and the 364 days before it. */
  | 'last_365_days'
  /** 1 January of asOf's year to asOf. */
  | 'year_to_date';

/** Calendar period of an activity summary. */
export type SummaryPeriod =
  /** The current calendar month (UTC). */
  | 'month'
  /** The current calendar week (UTC), Monday to Sunday. */
  | 'week'
  /** The current calendar year (UTC). */
  | 'year';

/** When a mentor's cumulative total (over the whole log) first reached a threshold. */
export type ThresholdCrossingResult = {
  __typename?: 'ThresholdCrossingResult';
  /** When the activity that reached it occurred (UTC); null when not reached. */
  crossedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The threshold asked for, in the metric's unit (hours, contacts or activities). */
  threshold: Scalars['Float']['output'];
};

/** A day of the week (UTC). */
export type Weekday =
  /** Friday. */
  | 'friday'
  /** Monday. */
  | 'monday'
  /** Saturday. */
  | 'saturday'
  /** Sunday. */
  | 'sunday'
  /** Thursday. */
  | 'thursday'
  /** Tuesday. */
  | 'tuesday'
  /** Wednesday. */
  | 'wednesday';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Activity: Activity;
  Mentor: Mentor;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Mentor:
    ( { __typename: 'Mentor' }
    & GraphQLRecursivePick<FederationTypes['Mentor'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}>
        | GraphQLRecursivePick<FederationTypes['Mentor'], {"orgId":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityBreakdownEntry: ResolverTypeWrapper<BreakdownEntryView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ActivityBreakdownPage: ResolverTypeWrapper<Omit<ActivityBreakdownPage, 'items'> & { items: Array<ResolversTypes['ActivityBreakdownEntry']> }>;
  ActivityPage: ResolverTypeWrapper<Omit<ActivityPage, 'items'> & { items: Array<ResolversTypes['Activity']> }>;
  ActivityStatus: ResolverTypeWrapper<ActivityStatus>;
  ActivitySummary: ResolverTypeWrapper<Omit<ActivitySummary, 'period'> & { period: ResolversTypes['SummaryPeriod'] }>;
  ActivityTotals: ResolverTypeWrapper<ActivityTotals>;
  ActivityType: ResolverTypeWrapper<ActivityTypeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContributionMonthCount: ResolverTypeWrapper<ContributionMonthCount>;
  ContributionYearPage: ResolverTypeWrapper<ContributionYearPage>;
  ContributionYearSummary: ResolverTypeWrapper<ContributionYearSummary>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  LogActivityInput: LogActivityInput;
  LogActivityPayload: ResolverTypeWrapper<Omit<LogActivityPayload, 'activity' | 'mentor'> & { activity: ResolversTypes['Activity'], mentor: ResolversTypes['Mentor'] }>;
  Mentor: ResolverTypeWrapper<MentorRef>;
  MilestoneMetric: ResolverTypeWrapper<MilestoneMetric>;
  MonthlyStatsPoint: ResolverTypeWrapper<MonthlyStatsPoint>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalStats: ResolverTypeWrapper<PersonalStatsView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StatsMonthPage: ResolverTypeWrapper<StatsMonthPage>;
  StatsPeriod: ResolverTypeWrapper<StatsPeriod>;
  SummaryPeriod: ResolverTypeWrapper<SummaryPeriod>;
  ThresholdCrossingResult: ResolverTypeWrapper<ThresholdCrossingResult>;
  Weekday: ResolverTypeWrapper<Weekday>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ActivityBreakdownEntry: BreakdownEntryView;
  Float: Scalars['Float']['output'];
  ActivityBreakdownPage: Omit<ActivityBreakdownPage, 'items'> & { items: Array<ResolversParentTypes['ActivityBreakdownEntry']> };
  ActivityPage: Omit<ActivityPage, 'items'> & { items: Array<ResolversParentTypes['Activity']> };
  ActivitySummary: ActivitySummary;
  ActivityTotals: ActivityTotals;
  ActivityType: ActivityTypeRow;
  Boolean: Scalars['Boolean']['output'];
  ContributionMonthCount: ContributionMonthCount;
  ContributionYearPage: ContributionYearPage;
  ContributionYearSummary: ContributionYearSummary;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  LogActivityInput: LogActivityInput;
  LogActivityPayload: Omit<LogActivityPayload, 'activity' | 'mentor'> & { activity: ResolversParentTypes['Activity'], mentor: ResolversParentTypes['Mentor'] };
  Mentor: MentorRef;
  MonthlyStatsPoint: MonthlyStatsPoint;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PersonalStats: PersonalStatsView;
  Query: Record<PropertyKey, never>;
  StatsMonthPage: StatsMonthPage;
  ThresholdCrossingResult: ThresholdCrossingResult;
};

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orgId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
};

export type ActivityBreakdownEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityBreakdownEntry'] = ResolversParentTypes['ActivityBreakdownEntry']> = {
  activityType?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  activityTypeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  activityTypeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  avgDurationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ActivityBreakdownPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityBreakdownPage'] = ResolversParentTypes['ActivityBreakdownPage']> = {
  items?: Resolver<Array<ResolversTypes['ActivityBreakdownEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActivityPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityPage'] = ResolversParentTypes['ActivityPage']> = {
  items?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActivityStatusResolvers = { CANCELLED: 'cancelled', COMPLETED: 'completed' };

export type ActivitySummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySummary'] = ResolversParentTypes['ActivitySummary']> = {
  period?: Resolver<ResolversTypes['SummaryPeriod'], ParentType, ContextType>;
  totalActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityTotals'] = ResolversParentTypes['ActivityTotals']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  uniqueContactsHelped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityType'] = ResolversParentTypes['ActivityType']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributionMonthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContributionMonthCount'] = ResolversParentTypes['ContributionMonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionYearPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContributionYearPage'] = ResolversParentTypes['ContributionYearPage']> = {
  items?: Resolver<Array<ResolversTypes['ContributionYearSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContributionYearSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContributionYearSummary'] = ResolversParentTypes['ContributionYearSummary']> = {
  monthlyBreakdown?: Resolver<Array<ResolversTypes['ContributionMonthCount']>, ParentType, ContextType>;
  peakMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zeroActivityMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LogActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogActivityPayload'] = ResolversParentTypes['LogActivityPayload']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityPage']>, ParentType, ContextType, Partial<MentorActivitiesArgs>>;
  activityBreakdown?: Resolver<Maybe<ResolversTypes['ActivityBreakdownPage']>, ParentType, ContextType, RequireFields<MentorActivityBreakdownArgs, 'period'>>;
  activitySummary?: Resolver<Maybe<ResolversTypes['ActivitySummary']>, ParentType, ContextType, RequireFields<MentorActivitySummaryArgs, 'period'>>;
  activityTotals?: Resolver<Maybe<ResolversTypes['ActivityTotals']>, ParentType, ContextType, Partial<MentorActivityTotalsArgs>>;
  activityVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contributionHistory?: Resolver<Maybe<ResolversTypes['ContributionYearPage']>, ParentType, ContextType, Partial<MentorContributionHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlySeries?: Resolver<Maybe<ResolversTypes['StatsMonthPage']>, ParentType, ContextType, Partial<MentorMonthlySeriesArgs>>;
  personalStats?: Resolver<Maybe<ResolversTypes['PersonalStats']>, ParentType, ContextType, RequireFields<MentorPersonalStatsArgs, 'period'>>;
  thresholdCrossings?: Resolver<Maybe<Array<ResolversTypes['ThresholdCrossingResult']>>, ParentType, ContextType, RequireFields<MentorThresholdCrossingsArgs, 'metric' | 'thresholds'>>;
};

export type MilestoneMetricResolvers = { ACTIVITY_COUNT: 'activity_count', CONTACTS_HELPED: 'contacts_helped', HOURS_LOGGED: 'hours_logged' };

export type MonthlyStatsPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthlyStatsPoint'] = ResolversParentTypes['MonthlyStatsPoint']> = {
  completedActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  logActivity?: Resolver<ResolversTypes['LogActivityPayload'], ParentType, ContextType, RequireFields<MutationLogActivityArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonalStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalStats'] = ResolversParentTypes['PersonalStats']> = {
  avgSessionDurationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelledActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mostActiveWeekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
  mostCommonActivityType?: Resolver<Maybe<ResolversTypes['ActivityType']>, ParentType, ContextType>;
  peerRankPercentile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['StatsPeriod'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  streakDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalHoursLogged?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  activityTypes?: Resolver<Array<ResolversTypes['ActivityType']>, ParentType, ContextType>;
};

export type StatsMonthPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatsMonthPage'] = ResolversParentTypes['StatsMonthPage']> = {
  items?: Resolver<Array<ResolversTypes['MonthlyStatsPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type StatsPeriodResolvers = { ALL_TIME: 'all_time', LAST_7_DAYS: 'last_7_days', LAST_30_DAYS: 'last_30_days', LAST_90_DAYS: 'last_90_days', LAST_365_DAYS: 'last_365_days', YEAR_TO_DATE: 'year_to_date' };

export type SummaryPeriodResolvers = { MONTH: 'month', WEEK: 'week', YEAR: 'year' };

export type ThresholdCrossingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThresholdCrossingResult'] = ResolversParentTypes['ThresholdCrossingResult']> = {
  crossedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type WeekdayResolvers = { FRIDAY: 'friday', MONDAY: 'monday', SATURDAY: 'saturday', SUNDAY: 'sunday', THURSDAY: 'thursday', TUESDAY: 'tuesday', WEDNESDAY: 'wednesday' };

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityBreakdownEntry?: ActivityBreakdownEntryResolvers<ContextType>;
  ActivityBreakdownPage?: ActivityBreakdownPageResolvers<ContextType>;
  ActivityPage?: ActivityPageResolvers<ContextType>;
  ActivityStatus?: ActivityStatusResolvers;
  ActivitySummary?: ActivitySummaryResolvers<ContextType>;
  ActivityTotals?: ActivityTotalsResolvers<ContextType>;
  ActivityType?: ActivityTypeResolvers<ContextType>;
  ContributionMonthCount?: ContributionMonthCountResolvers<ContextType>;
  ContributionYearPage?: ContributionYearPageResolvers<ContextType>;
  ContributionYearSummary?: ContributionYearSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  LogActivityPayload?: LogActivityPayloadResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  MilestoneMetric?: MilestoneMetricResolvers;
  MonthlyStatsPoint?: MonthlyStatsPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalStats?: PersonalStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StatsMonthPage?: StatsMonthPageResolvers<ContextType>;
  StatsPeriod?: StatsPeriodResolvers;
  SummaryPeriod?: SummaryPeriodResolvers;
  ThresholdCrossingResult?: ThresholdCrossingResultResolvers<ContextType>;
  Weekday?: WeekdayResolvers;
};

