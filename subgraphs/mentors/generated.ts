import type { GraphQLResolveInfo } from 'graphql';
import type { MentorRow, CertificationRow, AssignmentRow, PauseRecordRow, StatusHistoryRow } from './tables.js';
import type { MentorStatusView } from './views.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A contact assigned to a mentor. */
export type Assignment = {
  __typename?: 'Assignment';
  contactName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
};

/** A mentor's latest certification. */
export type Certification = {
  __typename?: 'Certification';
  daysUntilExpiry: Scalars['Int']['output'];
  /** The expiry date as an ISO 8601 UTC timestamp at midnight. */
  expiryDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isWithinWarningWindow: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type CreateMentorInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  /** Optional; generated (`mentor-` + 12 hex digits) when absent. At most 64 characters. */
  id?: InputMaybe<Scalars['ID']['input']>;
  orgId: Scalars['String']['input'];
};

/**
 * Timestamps are ISO 8601 with a zone (`2026-03-26T00:00:00Z`) or dates (`2026-03-26`, UTC midnight), on a UTC date
 * from 1900-01-01 to 2999-12-31 (else BAD_REQUEST).
 */
export type CreateMentorStatusInput = {
  expectedReturnDate?: InputMaybe<Scalars['String']['input']>;
  /** When given, must equal status == paused. */
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  mentorId: Scalars['ID']['input'];
  metadata?: InputMaybe<StatusMetadataInput>;
  pauseReason?: InputMaybe<Scalars['String']['input']>;
  pauseStartDate?: InputMaybe<Scalars['String']['input']>;
  /** active, paused or inactive. */
  status: Scalars['String']['input'];
};

export type CreatePauseRecordInput = {
  expectedReturnDate?: InputMaybe<Scalars['String']['input']>;
  mentorId: Scalars['ID']['input'];
  metadata?: InputMaybe<StatusMetadataInput>;
  reason: Scalars['String']['input'];
  /** Defaults to now. Timestamps or dates as in CreateMentorStatusInput (UTC dates 1900-01-01 to 2999-12-31). */
  startDate?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteMentorStatusResult = {
  __typename?: 'DeleteMentorStatusResult';
  deleted: Scalars['Boolean']['output'];
  mentorId: Scalars['ID']['output'];
};

export type DeletePauseRecordResult = {
  __typename?: 'DeletePauseRecordResult';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type Mentor = {
  __typename?: 'Mentor';
  activeAssignments: Array<Assignment>;
  certification?: Maybe<Certification>;
  /** ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /**
   * The mentor's status, never null: `active`, `paused` or `inactive` from its status record, and `active` for a mentor
   * without one (such a mentor was never paused or deactivated, and both happen only through a status record).
   */
  currentStatus: Scalars['String']['output'];
  /** Whole days from today (UTC) to the latest certification expiry; null without a certification. */
  daysUntilExpiry?: Maybe<Scalars['Int']['output']>;
  /**
   * Opaque version of everything this subgraph contributes to the mentor detail view (profile, status,
   * pause records, certifications, assignments); it changes whenever any of them changes, deletions included.
   */
  detailVersion: Scalars['String']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  openAssignmentCount: Scalars['Int']['output'];
  orgId: Scalars['String']['output'];
  /** The mentor's pause records, newest start first. */
  pauseRecords: PauseRecordPage;
  /** The mentor's status record; null when none was ever recorded (see `currentStatus`). */
  status?: Maybe<MentorStatus>;
};


/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type MentorPauseRecordsArgs = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};

export type MentorPage = {
  __typename?: 'MentorPage';
  items: Array<Mentor>;
  pageInfo: PageInfo;
};

/** Whether a mentor is active, paused or inactive. */
export type MentorStatus = {
  __typename?: 'MentorStatus';
  expectedReturnDate?: Maybe<Scalars['String']['output']>;
  /** Every status change of this mentor, oldest first. */
  history: Array<StatusHistoryEntry>;
  isPaused: Scalars['Boolean']['output'];
  lastUpdated: Scalars['String']['output'];
  mentorId: Scalars['ID']['output'];
  pauseReason?: Maybe<Scalars['String']['output']>;
  pauseStartDate?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type MentorStatusPage = {
  __typename?: 'MentorStatusPage';
  items: Array<MentorStatus>;
  pageInfo: PageInfo;
};

export type Mutation = {
  __typename?: 'Mutation';
  createMentor: Mentor;
  /** Creates the status record; a paused status also opens a pause record. */
  createMentorStatus: MentorStatus;
  /** Pauses the mentor: opens a pause record and sets the status to paused. */
  createPauseRecord: PauseRecord;
  /** Deletes the status record (closing an active pause record first). */
  deleteMentorStatus: DeleteMentorStatusResult;
  /** Deletes a pause record; deleting the active one resumes the mentor. */
  deletePauseRecord: DeletePauseRecordResult;
  /** Changes the status; pausing opens a pause record, leaving paused closes the active one. */
  updateMentorStatus: MentorStatus;
  /** Updates a pause record; closing the active one resumes the mentor. */
  updatePauseRecord: PauseRecord;
};


export type MutationCreateMentorArgs = {
  input: CreateMentorInput;
};


export type MutationCreateMentorStatusArgs = {
  input: CreateMentorStatusInput;
};


export type MutationCreatePauseRecordArgs = {
  input: CreatePauseRecordInput;
};


export type MutationDeleteMentorStatusArgs = {
  mentorId: Scalars['ID']['input'];
};


export type MutationDeletePauseRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMentorStatusArgs = {
  input: UpdateMentorStatusInput;
  mentorId: Scalars['ID']['input'];
};


export type MutationUpdatePauseRecordArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePauseRecordInput;
};

/** A page position shared by every paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A period in which a mentor is paused; at most one per mentor is active. */
export type PauseRecord = {
  __typename?: 'PauseRecord';
  createdAt: Scalars['String']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  expectedReturnDate?: Maybe<Scalars['String']['output']>;
  /** `pause-rec-NNNN`. */
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  mentorId: Scalars['ID']['output'];
  /** certification_expiry, personal_leave, health, relocation or other. */
  reason: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type PauseRecordPage = {
  __typename?: 'PauseRecordPage';
  items: Array<PauseRecord>;
  pageInfo: PageInfo;
};

export type Query = {
  __typename?: 'Query';
  mentor?: Maybe<Mentor>;
  mentorStatus?: Maybe<MentorStatus>;
  mentorStatuses: MentorStatusPage;
  mentors: MentorPage;
  pauseRecord?: Maybe<PauseRecord>;
  /** Pause records, newest start first; an unknown mentorId is a NOT_FOUND error. */
  pauseRecords: PauseRecordPage;
};


export type QueryMentorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorStatusArgs = {
  mentorId: Scalars['ID']['input'];
};


export type QueryMentorStatusesArgs = {
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMentorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPauseRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPauseRecordsArgs = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};

/** One status change: when, who, from → to, and the coordinator's notes. */
export type StatusHistoryEntry = {
  __typename?: 'StatusHistoryEntry';
  /** ISO 8601 UTC timestamp. */
  changedAt: Scalars['String']['output'];
  /** Null for the first status of a mentor. */
  fromStatus?: Maybe<Scalars['String']['output']>;
  initiatedBy?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  toStatus: Scalars['String']['output'];
};

/** Who changed a status and why; kept in the status history. */
export type StatusMetadataInput = {
  initiatedBy?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Timestamps or dates as in CreateMentorStatusInput (UTC dates 1900-01-01 to 2999-12-31). */
export type UpdateMentorStatusInput = {
  expectedReturnDate?: InputMaybe<Scalars['String']['input']>;
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  metadata?: InputMaybe<StatusMetadataInput>;
  pauseReason?: InputMaybe<Scalars['String']['input']>;
  pauseStartDate?: InputMaybe<Scalars['String']['input']>;
  status: Scalars['String']['input'];
};

/**
 * Closing: isActive false and/or an endDate (default now). A closed record cannot be reopened. Timestamps or dates as
 * in CreateMentorStatusInput (UTC dates 1900-01-01 to 2999-12-31).
 */
export type UpdatePauseRecordInput = {
  endDate?: InputMaybe<Scalars['String']['input']>;
  expectedReturnDate?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  metadata?: InputMaybe<StatusMetadataInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
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
  Assignment: ResolverTypeWrapper<AssignmentRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Certification: ResolverTypeWrapper<CertificationRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateMentorInput: CreateMentorInput;
  CreateMentorStatusInput: CreateMentorStatusInput;
  CreatePauseRecordInput: CreatePauseRecordInput;
  DeleteMentorStatusResult: ResolverTypeWrapper<DeleteMentorStatusResult>;
  DeletePauseRecordResult: ResolverTypeWrapper<DeletePauseRecordResult>;
  Mentor: ResolverTypeWrapper<MentorRow>;
  MentorPage: ResolverTypeWrapper<Omit<MentorPage, 'items'> & { items: Array<ResolversTypes['Mentor']> }>;
  MentorStatus: ResolverTypeWrapper<MentorStatusView>;
  MentorStatusPage: ResolverTypeWrapper<Omit<MentorStatusPage, 'items'> & { items: Array<ResolversTypes['MentorStatus']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseRecord: ResolverTypeWrapper<PauseRecordRow>;
  PauseRecordPage: ResolverTypeWrapper<Omit<PauseRecordPage, 'items'> & { items: Array<ResolversTypes['PauseRecord']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StatusHistoryEntry: ResolverTypeWrapper<StatusHistoryRow>;
  StatusMetadataInput: StatusMetadataInput;
  UpdateMentorStatusInput: UpdateMentorStatusInput;
  UpdatePauseRecordInput: UpdatePauseRecordInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Assignment: AssignmentRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Certification: CertificationRow;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateMentorInput: CreateMentorInput;
  CreateMentorStatusInput: CreateMentorStatusInput;
  CreatePauseRecordInput: CreatePauseRecordInput;
  DeleteMentorStatusResult: DeleteMentorStatusResult;
  DeletePauseRecordResult: DeletePauseRecordResult;
  Mentor: MentorRow;
  MentorPage: Omit<MentorPage, 'items'> & { items: Array<ResolversParentTypes['Mentor']> };
  MentorStatus: MentorStatusView;
  MentorStatusPage: Omit<MentorStatusPage, 'items'> & { items: Array<ResolversParentTypes['MentorStatus']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PauseRecord: PauseRecordRow;
  PauseRecordPage: Omit<PauseRecordPage, 'items'> & { items: Array<ResolversParentTypes['PauseRecord']> };
  Query: Record<PropertyKey, never>;
  StatusHistoryEntry: StatusHistoryRow;
  StatusMetadataInput: StatusMetadataInput;
  UpdateMentorStatusInput: UpdateMentorStatusInput;
  UpdatePauseRecordInput: UpdatePauseRecordInput;
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = {
  daysUntilExpiry?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isWithinWarningWindow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeleteMentorStatusResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteMentorStatusResult'] = ResolversParentTypes['DeleteMentorStatusResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeletePauseRecordResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePauseRecordResult'] = ResolversParentTypes['DeletePauseRecordResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeAssignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  certification?: Resolver<Maybe<ResolversTypes['Certification']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysUntilExpiry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  detailVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openAssignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orgId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pauseRecords?: Resolver<ResolversTypes['PauseRecordPage'], ParentType, ContextType, Partial<MentorPauseRecordsArgs>>;
  status?: Resolver<Maybe<ResolversTypes['MentorStatus']>, ParentType, ContextType>;
};

export type MentorPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorPage'] = ResolversParentTypes['MentorPage']> = {
  items?: Resolver<Array<ResolversTypes['Mentor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MentorStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorStatus'] = ResolversParentTypes['MentorStatus']> = {
  expectedReturnDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusHistoryEntry']>, ParentType, ContextType>;
  isPaused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastUpdated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pauseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pauseStartDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentorStatusPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorStatusPage'] = ResolversParentTypes['MentorStatusPage']> = {
  items?: Resolver<Array<ResolversTypes['MentorStatus']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createMentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType, RequireFields<MutationCreateMentorArgs, 'input'>>;
  createMentorStatus?: Resolver<ResolversTypes['MentorStatus'], ParentType, ContextType, RequireFields<MutationCreateMentorStatusArgs, 'input'>>;
  createPauseRecord?: Resolver<ResolversTypes['PauseRecord'], ParentType, ContextType, RequireFields<MutationCreatePauseRecordArgs, 'input'>>;
  deleteMentorStatus?: Resolver<ResolversTypes['DeleteMentorStatusResult'], ParentType, ContextType, RequireFields<MutationDeleteMentorStatusArgs, 'mentorId'>>;
  deletePauseRecord?: Resolver<ResolversTypes['DeletePauseRecordResult'], ParentType, ContextType, RequireFields<MutationDeletePauseRecordArgs, 'id'>>;
  updateMentorStatus?: Resolver<ResolversTypes['MentorStatus'], ParentType, ContextType, RequireFields<MutationUpdateMentorStatusArgs, 'input' | 'mentorId'>>;
  updatePauseRecord?: Resolver<ResolversTypes['PauseRecord'], ParentType, ContextType, RequireFields<MutationUpdatePauseRecordArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PauseRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PauseRecord'] = ResolversParentTypes['PauseRecord']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedReturnDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PauseRecordPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PauseRecordPage'] = ResolversParentTypes['PauseRecordPage']> = {
  items?: Resolver<Array<ResolversTypes['PauseRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType, RequireFields<QueryMentorArgs, 'id'>>;
  mentorStatus?: Resolver<Maybe<ResolversTypes['MentorStatus']>, ParentType, ContextType, RequireFields<QueryMentorStatusArgs, 'mentorId'>>;
  mentorStatuses?: Resolver<ResolversTypes['MentorStatusPage'], ParentType, ContextType, Partial<QueryMentorStatusesArgs>>;
  mentors?: Resolver<ResolversTypes['MentorPage'], ParentType, ContextType, Partial<QueryMentorsArgs>>;
  pauseRecord?: Resolver<Maybe<ResolversTypes['PauseRecord']>, ParentType, ContextType, RequireFields<QueryPauseRecordArgs, 'id'>>;
  pauseRecords?: Resolver<ResolversTypes['PauseRecordPage'], ParentType, ContextType, Partial<QueryPauseRecordsArgs>>;
};

export type StatusHistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusHistoryEntry'] = ResolversParentTypes['StatusHistoryEntry']> = {
  changedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  initiatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Assignment?: AssignmentResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  DeleteMentorStatusResult?: DeleteMentorStatusResultResolvers<ContextType>;
  DeletePauseRecordResult?: DeletePauseRecordResultResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  MentorPage?: MentorPageResolvers<ContextType>;
  MentorStatus?: MentorStatusResolvers<ContextType>;
  MentorStatusPage?: MentorStatusPageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PauseRecord?: PauseRecordResolvers<ContextType>;
  PauseRecordPage?: PauseRecordPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StatusHistoryEntry?: StatusHistoryEntryResolvers<ContextType>;
};

