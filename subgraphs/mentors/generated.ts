import type { GraphQLResolveInfo } from 'graphql';
import type { MentorRow, CertificationRow, AssignmentRow } from './tables.js';
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

/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type Mentor = {
  __typename?: 'Mentor';
  activeAssignments: Array<Assignment>;
  certification?: Maybe<Certification>;
  /** ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /** Whole days from today (UTC) to the latest certification expiry; null without a certification. */
  daysUntilExpiry?: Maybe<Scalars['Int']['output']>;
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  openAssignmentCount: Scalars['Int']['output'];
  orgId: Scalars['String']['output'];
  status?: Maybe<MentorStatus>;
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

/** A page position shared by every paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  limit: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  mentor?: Maybe<Mentor>;
  mentorStatus?: Maybe<MentorStatus>;
  mentorStatuses: MentorStatusPage;
  mentors: MentorPage;
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
  Mentor: ResolverTypeWrapper<MentorRow>;
  MentorPage: ResolverTypeWrapper<Omit<MentorPage, 'items'> & { items: Array<ResolversTypes['Mentor']> }>;
  MentorStatus: ResolverTypeWrapper<MentorStatusView>;
  MentorStatusPage: ResolverTypeWrapper<Omit<MentorStatusPage, 'items'> & { items: Array<ResolversTypes['MentorStatus']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Assignment: AssignmentRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Certification: CertificationRow;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  Mentor: MentorRow;
  MentorPage: Omit<MentorPage, 'items'> & { items: Array<ResolversParentTypes['Mentor']> };
  MentorStatus: MentorStatusView;
  MentorStatusPage: Omit<MentorStatusPage, 'items'> & { items: Array<ResolversParentTypes['MentorStatus']> };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
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

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeAssignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  certification?: Resolver<Maybe<ResolversTypes['Certification']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysUntilExpiry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openAssignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orgId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MentorStatus']>, ParentType, ContextType>;
};

export type MentorPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorPage'] = ResolversParentTypes['MentorPage']> = {
  items?: Resolver<Array<ResolversTypes['Mentor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MentorStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorStatus'] = ResolversParentTypes['MentorStatus']> = {
  expectedReturnDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  mentor?: Resolver<Maybe<ResolversTypes['Mentor']>, ParentType, ContextType, RequireFields<QueryMentorArgs, 'id'>>;
  mentorStatus?: Resolver<Maybe<ResolversTypes['MentorStatus']>, ParentType, ContextType, RequireFields<QueryMentorStatusArgs, 'mentorId'>>;
  mentorStatuses?: Resolver<ResolversTypes['MentorStatusPage'], ParentType, ContextType, Partial<QueryMentorStatusesArgs>>;
  mentors?: Resolver<ResolversTypes['MentorPage'], ParentType, ContextType, Partial<QueryMentorsArgs>>;
};

export type Resolvers<ContextType = Context> = {
  Assignment?: AssignmentResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  MentorPage?: MentorPageResolvers<ContextType>;
  MentorStatus?: MentorStatusResolvers<ContextType>;
  MentorStatusPage?: MentorStatusPageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

