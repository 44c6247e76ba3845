import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MilestoneView, MentorRef } from './views.js';
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

/** What deleteMilestone answers. */
export type DeleteMilestonePayload = {
  __typename?: 'DeleteMilestonePayload';
  /** The id of the deleted milestone. */
  deletedId: Scalars['ID']['output'];
  /** The mentor, as it is after the write. */
  mentor: Mentor;
};

/** What detectMilestones needs. */
export type DetectMilestonesInput = {
  /** The mentor; an unknown mentor (checked through the federation) is a NOT_FOUND error. */
  mentorId: Scalars['ID']['input'];
  /**
   * The period the summary covers. A reached milestone is dated when the log first crossed its threshold, if that is
   * before the period's end, else at the period's last second (not after now).
   */
  period: PeriodInput;
  /** The period's totals; computed from the stats subgraph's activity log for the period when omitted. */
  summary?: InputMaybe<SummaryInput>;
};

/** What detectMilestones answers: the detected milestones and their mentor. */
export type DetectMilestonesPayload = {
  __typename?: 'DetectMilestonesPayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The milestones the period's summary reaches or works towards, as persisted. */
  milestones: MilestonePage;
};

export type Mentor = {
  __typename?: 'Mentor';
  id: Scalars['ID']['output'];
  /** Milestones in progress (the next goal of each type). */
  inProgressMilestones?: Maybe<Array<Milestone>>;
  /**
   * All of the mentor's milestones, optionally one status and type; at most 15: one per entry of the milestone catalog
   * (15 entries, which the API does not change).
   */
  milestones?: Maybe<Array<Milestone>>;
  /** Milestones achieved between two UTC dates (inclusive), oldest first; default today (UTC) and the 30 days before. */
  newMilestones?: Maybe<Array<Milestone>>;
};


export type MentorMilestonesArgs = {
  status?: InputMaybe<MilestoneStatus>;
  type?: InputMaybe<MilestoneType>;
};


export type MentorNewMilestonesArgs = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** One mentor's achieved or in-progress milestone. */
export type Milestone = {
  __typename?: 'Milestone';
  /** Screen-reader sentence; `withRemaining` appends `, N remaining` to in-progress ones. */
  accessibilityLabel: Scalars['String']['output'];
  /** When it was reached (UTC); null while in progress. */
  achievedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The measured value (hours, contacts or activities) when last detected or updated. */
  achievedValue: Scalars['Float']['output'];
  /** Path of the badge image the server serves, e.g. `/assets/badges/100h.png`. */
  badgeImageUrl: Scalars['String']['output'];
  /** The same value under the name the in-progress view uses. */
  currentValue: Scalars['Float']['output'];
  /** `<catalog key>:<mentor id>`, e.g. `milestone_100h:mentor-001`. */
  id: Scalars['ID']['output'];
  /** Catalog key, e.g. `milestone_100h`. */
  key: Scalars['String']['output'];
  /** The mentor who earns it. */
  mentor: Mentor;
  /**
   * The id of the mentor who earns it.
   * @deprecated Use `mentor { id }`.
   */
  mentorId: Scalars['ID']['output'];
  /** The catalog name, e.g. `100 Hours Milestone`. */
  name: Scalars['String']['output'];
  /** floor(value / threshold × 100) while in progress; null once achieved. */
  progressPercentage?: Maybe<Scalars['Int']['output']>;
  /** threshold − value while in progress; null once achieved. */
  remaining?: Maybe<Scalars['Float']['output']>;
  /** Whether it is reached. */
  status: MilestoneStatus;
  /** The value to reach, in the type's unit: hours, distinct contacts or completed activities. */
  threshold: Scalars['Int']['output'];
  /** What the milestone measures. */
  type: MilestoneType;
};


/** One mentor's achieved or in-progress milestone. */
export type MilestoneAccessibilityLabelArgs = {
  withRemaining?: Scalars['Boolean']['input'];
};

/** A page of milestones. */
export type MilestonePage = {
  __typename?: 'MilestonePage';
  /** The milestones of this page, by mentor id, type (HOURS_LOGGED, CONTACTS_HELPED, ACTIVITY_COUNT) and threshold. */
  items: Array<Milestone>;
  /** Which page this is, its size and the total number of matching milestones. */
  pageInfo: PageInfo;
};

/** Whether a milestone is reached. */
export type MilestoneStatus =
  /** The threshold is reached. */
  | 'achieved'
  /** The mentor is working towards it. */
  | 'in_progress';

/** What a milestone measures. */
export type MilestoneType =
  /** Completed activities. */
  | 'activity_count'
  /** Distinct contacts helped in completed activities. */
  | 'contacts_helped'
  /** Hours of completed activities. */
  | 'hours_logged';

/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Removes one milestone record. */
  deleteMilestone: DeleteMilestonePayload;
  /** Detects and persists a mentor's milestones from a period's summary (idempotent); returns the detected ones. */
  detectMilestones: DetectMilestonesPayload;
  /** Changes status, value or achieved time; the label follows. */
  updateMilestone: UpdateMilestonePayload;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationDeleteMilestoneArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationDetectMilestonesArgs = {
  input: DetectMilestonesInput;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationUpdateMilestoneArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMilestoneInput;
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

/**
 * The period a summary covers; give startDate and endDate (UTC dates, inclusive), or only year (1900 to 2999) for the
 * calendar year.
 */
export type PeriodInput = {
  /** The last day (UTC date, inclusive); before startDate is an UNPROCESSABLE error. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The first day (UTC date); give it with endDate (one without the other, or neither without year, is BAD_REQUEST). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The calendar year, 1900 to 2999 (otherwise UNPROCESSABLE); alone, the period is 1 January to 31 December; with
   * dates, both must lie in it (otherwise UNPROCESSABLE).
   */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type Query = {
  __typename?: 'Query';
  /** One milestone by id (`<catalog key>:<mentor id>`); null when unknown. */
  milestone?: Maybe<Milestone>;
  /** Milestones of every mentor or one (unknown mentor: NOT_FOUND), optionally one status and type. */
  milestones: MilestonePage;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMilestoneArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMilestonesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MilestoneStatus>;
  type?: InputMaybe<MilestoneType>;
};

/** Totals of the period; when absent they are computed from the stats subgraph's activity log. */
export type SummaryInput = {
  /** Completed activities in the period; ≥ 0 (otherwise UNPROCESSABLE). */
  activityCount: Scalars['Int']['input'];
  /** Hours of completed activities in the period; a finite number ≥ 0 (otherwise UNPROCESSABLE). */
  totalHours: Scalars['Float']['input'];
  /** Distinct contacts helped in the period's completed activities; ≥ 0 (otherwise UNPROCESSABLE). */
  uniqueContactsHelped: Scalars['Int']['input'];
};

/** Fields updateMilestone may change; at least one (otherwise BAD_REQUEST). */
export type UpdateMilestoneInput = {
  /**
   * When it was reached (UTC); not in the future and only for an achieved milestone (otherwise UNPROCESSABLE). Default:
   * the time it already has, else now.
   */
  achievedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The new measured value in the type's unit; a finite number ≥ 0 (otherwise UNPROCESSABLE). */
  achievedValue?: InputMaybe<Scalars['Float']['input']>;
  /**
   * The new status. ACHIEVED needs a value ≥ threshold, IN_PROGRESS one below it (otherwise UNPROCESSABLE) and no other
   * in-progress milestone of the same type for the mentor (otherwise CONFLICT).
   */
  status?: InputMaybe<MilestoneStatus>;
};

/** What updateMilestone answers: the changed milestone and its mentor. */
export type UpdateMilestonePayload = {
  __typename?: 'UpdateMilestonePayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The changed milestone. */
  milestone: Milestone;
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
  Mentor: Mentor;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Mentor:
    ( { __typename: 'Mentor' }
    & GraphQLRecursivePick<FederationTypes['Mentor'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteMilestonePayload: ResolverTypeWrapper<Omit<DeleteMilestonePayload, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DetectMilestonesInput: DetectMilestonesInput;
  DetectMilestonesPayload: ResolverTypeWrapper<Omit<DetectMilestonesPayload, 'mentor' | 'milestones'> & { mentor: ResolversTypes['Mentor'], milestones: ResolversTypes['MilestonePage'] }>;
  Mentor: ResolverTypeWrapper<MentorRef>;
  Milestone: ResolverTypeWrapper<MilestoneView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MilestonePage: ResolverTypeWrapper<Omit<MilestonePage, 'items'> & { items: Array<ResolversTypes['Milestone']> }>;
  MilestoneStatus: ResolverTypeWrapper<MilestoneStatus>;
  MilestoneType: ResolverTypeWrapper<MilestoneType>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SummaryInput: SummaryInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdateMilestonePayload: ResolverTypeWrapper<Omit<UpdateMilestonePayload, 'mentor' | 'milestone'> & { mentor: ResolversTypes['Mentor'], milestone: ResolversTypes['Milestone'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteMilestonePayload: Omit<DeleteMilestonePayload, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
  ID: Scalars['ID']['output'];
  DetectMilestonesInput: DetectMilestonesInput;
  DetectMilestonesPayload: Omit<DetectMilestonesPayload, 'mentor' | 'milestones'> & { mentor: ResolversParentTypes['Mentor'], milestones: ResolversParentTypes['MilestonePage'] };
  Mentor: MentorRef;
  Milestone: MilestoneView;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  MilestonePage: Omit<MilestonePage, 'items'> & { items: Array<ResolversParentTypes['Milestone']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  SummaryInput: SummaryInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdateMilestonePayload: Omit<UpdateMilestonePayload, 'mentor' | 'milestone'> & { mentor: ResolversParentTypes['Mentor'], milestone: ResolversParentTypes['Milestone'] };
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteMilestonePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteMilestonePayload'] = ResolversParentTypes['DeleteMilestonePayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type DetectMilestonesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DetectMilestonesPayload'] = ResolversParentTypes['DetectMilestonesPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  milestones?: Resolver<ResolversTypes['MilestonePage'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inProgressMilestones?: Resolver<Maybe<Array<ResolversTypes['Milestone']>>, ParentType, ContextType>;
  milestones?: Resolver<Maybe<Array<ResolversTypes['Milestone']>>, ParentType, ContextType, Partial<MentorMilestonesArgs>>;
  newMilestones?: Resolver<Maybe<Array<ResolversTypes['Milestone']>>, ParentType, ContextType, Partial<MentorNewMilestonesArgs>>;
};

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  accessibilityLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MilestoneAccessibilityLabelArgs, 'withRemaining'>>;
  achievedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  achievedValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  badgeImageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progressPercentage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MilestoneType'], ParentType, ContextType>;
};

export type MilestonePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MilestonePage'] = ResolversParentTypes['MilestonePage']> = {
  items?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MilestoneStatusResolvers = { ACHIEVED: 'achieved', IN_PROGRESS: 'in_progress' };

export type MilestoneTypeResolvers = { ACTIVITY_COUNT: 'activity_count', CONTACTS_HELPED: 'contacts_helped', HOURS_LOGGED: 'hours_logged' };

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteMilestone?: Resolver<ResolversTypes['DeleteMilestonePayload'], ParentType, ContextType, RequireFields<MutationDeleteMilestoneArgs, 'id'>>;
  detectMilestones?: Resolver<ResolversTypes['DetectMilestonesPayload'], ParentType, ContextType, RequireFields<MutationDetectMilestonesArgs, 'input'>>;
  updateMilestone?: Resolver<ResolversTypes['UpdateMilestonePayload'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType, RequireFields<QueryMilestoneArgs, 'id'>>;
  milestones?: Resolver<ResolversTypes['MilestonePage'], ParentType, ContextType, Partial<QueryMilestonesArgs>>;
};

export type UpdateMilestonePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMilestonePayload'] = ResolversParentTypes['UpdateMilestonePayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteMilestonePayload?: DeleteMilestonePayloadResolvers<ContextType>;
  DetectMilestonesPayload?: DetectMilestonesPayloadResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestonePage?: MilestonePageResolvers<ContextType>;
  MilestoneStatus?: MilestoneStatusResolvers;
  MilestoneType?: MilestoneTypeResolvers;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UpdateMilestonePayload?: UpdateMilestonePayloadResolvers<ContextType>;
};

