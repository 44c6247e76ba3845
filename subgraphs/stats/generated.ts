import type { GraphQLResolveInfo } from 'graphql';
import type { ActivityRow, ActivityTypeRow } from './tables.js';
import type { MentorRef } from './views.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An activity logged by a mentor. */
export type Activity = {
  __typename?: 'Activity';
  activityType: ActivityType;
  contactId?: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  mentorId: Scalars['ID']['output'];
  occurredAt: Scalars['String']['output'];
  orgId: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** Counts of a mentor's activities in the current calendar week, month or year (UTC). */
export type ActivitySummary = {
  __typename?: 'ActivitySummary';
  /** Lower-case period name: week, month or year. */
  period: Scalars['String']['output'];
  totalActivities: Scalars['Int']['output'];
  totalSessions: Scalars['Int']['output'];
};

/** Totals of a mentor's completed activities (used by milestone detection). */
export type ActivityTotals = {
  __typename?: 'ActivityTotals';
  /** Completed activities. */
  activityCount: Scalars['Int']['output'];
  /** Completed minutes / 60. */
  totalHours: Scalars['Float']['output'];
  /** Distinct contacts of completed activities. */
  uniqueContactsHelped: Scalars['Int']['output'];
};

/** A kind of activity (one-on-one session, check-in, ...). */
export type ActivityType = {
  __typename?: 'ActivityType';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isSession: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
};

export type Mentor = {
  __typename?: 'Mentor';
  activitySummary: ActivitySummary;
  /** Totals between two UTC dates (YYYY-MM-DD, inclusive); the whole log when omitted. */
  activityTotals: ActivityTotals;
  id: Scalars['ID']['output'];
  /** For each threshold, when the cumulative metric first reached it. */
  thresholdCrossings: Array<ThresholdCrossing>;
};


export type MentorActivitySummaryArgs = {
  period?: SummaryPeriod;
};


export type MentorActivityTotalsArgs = {
  endDate?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
};


export type MentorThresholdCrossingsArgs = {
  metric: MilestoneMetric;
  thresholds: Array<Scalars['Float']['input']>;
};

/** What milestones measure: hours of completed activities, distinct contacts helped, completed activities. */
export type MilestoneMetric =
  | 'activity_count'
  | 'contacts_helped'
  | 'hours_logged';

/** A page position shared by every paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  activityTypes: Array<ActivityType>;
};

/** Calendar period of an activity summary. */
export type SummaryPeriod =
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** When a mentor's cumulative total (over the whole log) first reached a threshold. */
export type ThresholdCrossing = {
  __typename?: 'ThresholdCrossing';
  /** ISO 8601 UTC timestamp of the activity that reached it; null when not reached. */
  crossedAt?: Maybe<Scalars['String']['output']>;
  threshold: Scalars['Float']['output'];
};



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
    & GraphQLRecursivePick<FederationTypes['Mentor'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivitySummary: ResolverTypeWrapper<ActivitySummary>;
  ActivityTotals: ResolverTypeWrapper<ActivityTotals>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ActivityType: ResolverTypeWrapper<ActivityTypeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mentor: ResolverTypeWrapper<MentorRef>;
  MilestoneMetric: MilestoneMetric;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SummaryPeriod: SummaryPeriod;
  ThresholdCrossing: ResolverTypeWrapper<ThresholdCrossing>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ActivitySummary: ActivitySummary;
  ActivityTotals: ActivityTotals;
  Float: Scalars['Float']['output'];
  ActivityType: ActivityTypeRow;
  Boolean: Scalars['Boolean']['output'];
  Mentor: MentorRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ThresholdCrossing: ThresholdCrossing;
};

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityType?: Resolver<ResolversTypes['ActivityType'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActivitySummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySummary'] = ResolversParentTypes['ActivitySummary']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activitySummary?: Resolver<ResolversTypes['ActivitySummary'], ParentType, ContextType, RequireFields<MentorActivitySummaryArgs, 'period'>>;
  activityTotals?: Resolver<ResolversTypes['ActivityTotals'], ParentType, ContextType, Partial<MentorActivityTotalsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  thresholdCrossings?: Resolver<Array<ResolversTypes['ThresholdCrossing']>, ParentType, ContextType, RequireFields<MentorThresholdCrossingsArgs, 'metric' | 'thresholds'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activityTypes?: Resolver<Array<ResolversTypes['ActivityType']>, ParentType, ContextType>;
};

export type ThresholdCrossingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThresholdCrossing'] = ResolversParentTypes['ThresholdCrossing']> = {
  crossedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivitySummary?: ActivitySummaryResolvers<ContextType>;
  ActivityTotals?: ActivityTotalsResolvers<ContextType>;
  ActivityType?: ActivityTypeResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ThresholdCrossing?: ThresholdCrossingResolvers<ContextType>;
};

