import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportRow } from './tables.js';
import type { MentorRef, ActivityRef } from './views.js';
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
  /** A flat JSON object: keys to strings, numbers and booleans (null in an update removes a key). */
  JSONObject: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Activity = {
  __typename?: 'Activity';
  id: Scalars['ID']['output'];
  /**
   * Reports filed on this activity (optionally one status), newest first: at most `first` (1..100, default 50);
   * `Query.activityReports` pages through all of them.
   */
  reports?: Maybe<Array<Report>>;
};


export type ActivityReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};

/** A new report; it starts as a draft. */
export type CreateReportInput = {
  /**
   * The activity reported on, 1 to 64 characters (otherwise BAD_REQUEST); an unknown activity is a NOT_FOUND error, one of
   * another mentor an UNPROCESSABLE error.
   */
  activityId: Scalars['ID']['input'];
  /**
   * The report's fields; none when omitted. Known ones: session_date (YYYY-MM-DD), attendance_count (integer 0 to 1000),
   * session_topic (text ≤ 200), participant_engagement (low, medium, high or very_high), challenges_noted, mentor_notes,
   * way_forward (text ≤ 5000). At most 50 others: names a letter then letters, digits or `_` (≤ 64), values strings
   * (≤ 5000), numbers or booleans. A wrong JSON type or form is BAD_REQUEST, a broken rule UNPROCESSABLE.
   */
  fields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The organisation of both the mentor and the activity (otherwise UNPROCESSABLE); 1 to 64 characters. */
  orgId: Scalars['String']['input'];
  /** The mentor who files it (1 to 64 characters, otherwise BAD_REQUEST); an unknown mentor is a NOT_FOUND error. */
  peerMentorId: Scalars['ID']['input'];
};

/** What createReport answers: the new report and its mentor. */
export type CreateReportPayload = {
  __typename?: 'CreateReportPayload';
  /** The mentor who filed it, as it is after the write. */
  mentor: Mentor;
  /** The new draft. */
  report: Report;
};

/** What deleteReport answers. */
export type DeleteReportPayload = {
  __typename?: 'DeleteReportPayload';
  /** The id of the deleted report. */
  deletedId: Scalars['ID']['output'];
  /** The mentor who had filed it, as it is after the write. */
  mentor: Mentor;
};

export type Mentor = {
  __typename?: 'Mentor';
  id: Scalars['ID']['output'];
  /**
   * This mentor's reports (optionally one status), newest first: at most `first` (1..100, default 50);
   * `Query.mentorReports` pages through all of them.
   */
  reports?: Maybe<Array<Report>>;
};


export type MentorReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};

/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a draft report; the activity and the mentor are checked through the federation. */
  createReport: CreateReportPayload;
  /** Deletes a report, draft or submitted. */
  deleteReport: DeleteReportPayload;
  /** Merges fields into a report and/or submits it; a change that changes nothing writes nothing. */
  updateReport: UpdateReportPayload;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationCreateReportArgs = {
  input: CreateReportInput;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationDeleteReportArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationUpdateReportArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReportInput;
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

/** How engaged the participants of a session were (the known report field participant_engagement). */
export type ParticipantEngagement =
  /** Good engagement. */
  | 'high'
  /** Little engagement. */
  | 'low'
  /** Some engagement. */
  | 'medium'
  /** Exceptional engagement. */
  | 'very_high';

/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type Query = {
  __typename?: 'Query';
  /** Reports on one activity; NOT_FOUND when the activity does not exist. */
  activityReports: ReportPage;
  /** Reports of one mentor; NOT_FOUND when the mentor does not exist. */
  mentorReports: ReportPage;
  /** One report; null when the id is unknown. */
  report?: Maybe<Report>;
  /** Reports newest first; every argument is an optional filter. */
  reports: ReportPage;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryActivityReportsArgs = {
  activityId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMentorReportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  mentorId: Scalars['ID']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryReportsArgs = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  peerMentorId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReportStatus>;
};

/** A post-session report: a draft until submitted. */
export type Report = {
  __typename?: 'Report';
  /** The activity reported on (owned by the stats subgraph). */
  activity?: Maybe<Activity>;
  /** The id of the activity reported on (an Activity of the stats subgraph). */
  activityId: Scalars['ID']['output'];
  /** When it was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The verified caller (token subject) who created the report; null when authentication was off. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Number of fields present. */
  fieldCount: Scalars['Int']['output'];
  /**
   * Known fields (session_date: YYYY-MM-DD from 1900-01-01 to 2999-12-31, attendance_count, ...) and the organisation's
   * own fields.
   */
  fields: Scalars['JSONObject']['output'];
  /** True when way_forward is a non-empty text. */
  hasWayForward: Scalars['Boolean']['output'];
  /** rpt_ followed by 8 lowercase hex digits. */
  id: Scalars['ID']['output'];
  /** The mentor who filed it (owned by the mentors subgraph). */
  mentor?: Maybe<Mentor>;
  /** The organisation of the mentor and the activity. */
  orgId: Scalars['String']['output'];
  /** The known field participant_engagement, typed; null when absent. */
  participantEngagement?: Maybe<ParticipantEngagement>;
  /** The id of the mentor who filed it (a Mentor of the mentors subgraph). */
  peerMentorId: Scalars['ID']['output'];
  /** The known field session_date, typed; null when absent. */
  sessionDate?: Maybe<Scalars['Date']['output']>;
  /** Draft or submitted. */
  status: ReportStatus;
  /** When it was submitted (UTC); null while a draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it last changed (UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The verified caller (token subject) who last changed the report; null when authentication was off. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** One page of reports. */
export type ReportPage = {
  __typename?: 'ReportPage';
  /** The reports of this page, newest first (by creation time, ties by id descending). */
  items: Array<Report>;
  /** Which page this is, its size and the total number of matching reports. */
  pageInfo: PageInfo;
};

/** Where a report is in its life. */
export type ReportStatus =
  /** Being written; fields may change. */
  | 'draft'
  /** Filed; it needs fields.session_date. */
  | 'submitted';

/** A change: `fields` is merged (a field set to null is removed); `status` may move draft → submitted. */
export type UpdateReportInput = {
  /**
   * Fields to merge into the report's (same rules as in CreateReportInput); a field set to null is removed. Keeps the
   * fields when omitted.
   */
  fields?: InputMaybe<Scalars['JSONObject']['input']>;
  /**
   * The new status: SUBMITTED files a draft (it then needs fields.session_date, otherwise UNPROCESSABLE); DRAFT on a
   * submitted report is a CONFLICT error. Unchanged when omitted.
   */
  status?: InputMaybe<ReportStatus>;
};

/** What updateReport answers: the changed report and its mentor. */
export type UpdateReportPayload = {
  __typename?: 'UpdateReportPayload';
  /** The mentor who filed it, as it is after the write. */
  mentor: Mentor;
  /** The changed report. */
  report: Report;
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
  Activity: ResolverTypeWrapper<ActivityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateReportInput: CreateReportInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateReportPayload: ResolverTypeWrapper<Omit<CreateReportPayload, 'mentor' | 'report'> & { mentor: ResolversTypes['Mentor'], report: ResolversTypes['Report'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteReportPayload: ResolverTypeWrapper<Omit<DeleteReportPayload, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mentor: ResolverTypeWrapper<MentorRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ParticipantEngagement: ResolverTypeWrapper<ParticipantEngagement>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportPage: ResolverTypeWrapper<Omit<ReportPage, 'items'> & { items: Array<ResolversTypes['Report']> }>;
  ReportStatus: ResolverTypeWrapper<ReportStatus>;
  UpdateReportInput: UpdateReportInput;
  UpdateReportPayload: ResolverTypeWrapper<Omit<UpdateReportPayload, 'mentor' | 'report'> & { mentor: ResolversTypes['Mentor'], report: ResolversTypes['Report'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRef;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CreateReportInput: CreateReportInput;
  String: Scalars['String']['output'];
  CreateReportPayload: Omit<CreateReportPayload, 'mentor' | 'report'> & { mentor: ResolversParentTypes['Mentor'], report: ResolversParentTypes['Report'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteReportPayload: Omit<DeleteReportPayload, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
  JSONObject: Scalars['JSONObject']['output'];
  Mentor: MentorRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Report: ReportRow;
  ReportPage: Omit<ReportPage, 'items'> & { items: Array<ResolversParentTypes['Report']> };
  UpdateReportInput: UpdateReportInput;
  UpdateReportPayload: Omit<UpdateReportPayload, 'mentor' | 'report'> & { mentor: ResolversParentTypes['Mentor'], report: ResolversParentTypes['Report'] };
};

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType, RequireFields<ActivityReportsArgs, 'first'>>;
};

export type CreateReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReportPayload'] = ResolversParentTypes['CreateReportPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteReportPayload'] = ResolversParentTypes['DeleteReportPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType, RequireFields<MentorReportsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createReport?: Resolver<ResolversTypes['CreateReportPayload'], ParentType, ContextType, RequireFields<MutationCreateReportArgs, 'input'>>;
  deleteReport?: Resolver<ResolversTypes['DeleteReportPayload'], ParentType, ContextType, RequireFields<MutationDeleteReportArgs, 'id'>>;
  updateReport?: Resolver<ResolversTypes['UpdateReportPayload'], ParentType, ContextType, RequireFields<MutationUpdateReportArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipantEngagementResolvers = { HIGH: 'high', LOW: 'low', MEDIUM: 'medium', VERY_HIGH: 'very_high' };

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activityReports?: Resolver<ResolversTypes['ReportPage'], ParentType, ContextType, RequireFields<QueryActivityReportsArgs, 'activityId'>>;
  mentorReports?: Resolver<ResolversTypes['ReportPage'], ParentType, ContextType, RequireFields<QueryMentorReportsArgs, 'mentorId'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<ResolversTypes['ReportPage'], ParentType, ContextType, Partial<QueryReportsArgs>>;
};

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fields?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  hasWayForward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType>;
  orgId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantEngagement?: Resolver<Maybe<ResolversTypes['ParticipantEngagement']>, ParentType, ContextType>;
  peerMentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportPage'] = ResolversParentTypes['ReportPage']> = {
  items?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReportStatusResolvers = { DRAFT: 'draft', SUBMITTED: 'submitted' };

export type UpdateReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateReportPayload'] = ResolversParentTypes['UpdateReportPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  CreateReportPayload?: CreateReportPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteReportPayload?: DeleteReportPayloadResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mentor?: MentorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantEngagement?: ParticipantEngagementResolvers;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportPage?: ReportPageResolvers<ContextType>;
  ReportStatus?: ReportStatusResolvers;
  UpdateReportPayload?: UpdateReportPayloadResolvers<ContextType>;
};

