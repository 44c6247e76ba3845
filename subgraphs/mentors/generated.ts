import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
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
  /** An instant in UTC, printed `YYYY-MM-DDTHH:MM:SSZ`; accepted as ISO 8601 with a zone (Z or ±hh:mm), normalised to UTC, on a UTC date from 1900-01-01 to 2999-12-31. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A contact assigned to a mentor. */
export type Assignment = {
  __typename?: 'Assignment';
  /** The name of the contact the mentor works with. */
  contactName: Scalars['String']['output'];
  /** The assignment's id. */
  id: Scalars['ID']['output'];
  /** Whether the assignment is open or closed. */
  status: AssignmentStatus;
};

/** Whether an assignment is still being worked on. */
export type AssignmentStatus =
  /** The assignment has ended. */
  | 'closed'
  /** The mentor is working with the contact. */
  | 'open';

/** A mentor's latest certification. */
export type Certification = {
  __typename?: 'Certification';
  /** Whole days from today (UTC) to the expiry date; 0 on the expiry day, negative once expired. */
  daysUntilExpiry: Scalars['Int']['output'];
  /** The expiry day, as UTC midnight of that date. */
  expiryDate: Scalars['DateTime']['output'];
  /** The certification's id. */
  id: Scalars['ID']['output'];
  /**
   * True when the certification expires within the warning window: 0 to N days from today (UTC), N from the
   * server's CERT_WARNING_DAYS setting, default 90; false once expired.
   */
  isWithinWarningWindow: Scalars['Boolean']['output'];
  /** The certification's name. */
  name: Scalars['String']['output'];
};

/** A new mentor. */
export type CreateMentorInput = {
  /**
   * An email address like `name@example.org`, at most 254 characters (otherwise BAD_REQUEST); stored in lower case; one
   * that belongs to another mentor is a CONFLICT error.
   */
  email: Scalars['String']['input'];
  /** The full name; trimmed, 1 to 200 characters (otherwise BAD_REQUEST). */
  fullName: Scalars['String']['input'];
  /**
   * Optional; generated (`mentor-` + 12 hex digits) when absent. 1 to 64 letters, digits, `_`, `.` or `-` (otherwise
   * BAD_REQUEST); a taken id is a CONFLICT error.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The id of the mentor's organisation, 1 to 64 characters (otherwise BAD_REQUEST). */
  orgId: Scalars['String']['input'];
};

/** What createMentor answers. */
export type CreateMentorPayload = {
  __typename?: 'CreateMentorPayload';
  /** The new mentor. */
  mentor: Mentor;
};

/** A mentor's first status record. */
export type CreateMentorStatusInput = {
  /**
   * Expected end of the pause (UTC); only with status PAUSED, not before the pause's start (otherwise UNPROCESSABLE);
   * null when not known.
   */
  expectedReturnDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** When given, must equal status == PAUSED (otherwise UNPROCESSABLE). */
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The mentor (1 to 64 characters, otherwise BAD_REQUEST); an unknown mentor is a NOT_FOUND error, one that already
   * has a status record a CONFLICT error.
   */
  mentorId: Scalars['ID']['input'];
  /** Who makes the change and why, kept in the status history; none when omitted. */
  metadata?: InputMaybe<StatusMetadataInput>;
  /** Why the mentor pauses; only with status PAUSED (otherwise UNPROCESSABLE); default OTHER. */
  pauseReason?: InputMaybe<PauseReason>;
  /** Start of the pause (UTC); only with status PAUSED (otherwise UNPROCESSABLE); default now. */
  pauseStartDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** The state to record. */
  status: MentorState;
};

/** What createMentorStatus answers: the new status record and its mentor (whose detail view it changes). */
export type CreateMentorStatusPayload = {
  __typename?: 'CreateMentorStatusPayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The new status record. */
  mentorStatus: MentorStatus;
};

/** A new pause of a mentor. */
export type CreatePauseRecordInput = {
  /** When the mentor expects to return (UTC), not before startDate (otherwise UNPROCESSABLE); null when not known. */
  expectedReturnDate?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * The mentor (1 to 64 characters, otherwise BAD_REQUEST); an unknown mentor is a NOT_FOUND error, one with an active
   * pause record a CONFLICT error.
   */
  mentorId: Scalars['ID']['input'];
  /** Who makes the change and why, kept in the status history; none when omitted. */
  metadata?: InputMaybe<StatusMetadataInput>;
  /** Why the mentor pauses. */
  reason: PauseReason;
  /** When the pause begins (UTC); defaults to now. */
  startDate?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What createPauseRecord answers: the new pause record and its mentor (now paused). */
export type CreatePauseRecordPayload = {
  __typename?: 'CreatePauseRecordPayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The new pause record. */
  pauseRecord: PauseRecord;
};

/** What deleteMentorStatus answers. */
export type DeleteMentorStatusPayload = {
  __typename?: 'DeleteMentorStatusPayload';
  /** The id of the deleted status record (the mentor's id). */
  deletedId: Scalars['ID']['output'];
  /** The mentor, as it is after the write (its status is null now). */
  mentor: Mentor;
};

/** What deletePauseRecord answers. */
export type DeletePauseRecordPayload = {
  __typename?: 'DeletePauseRecordPayload';
  /** The id of the deleted pause record. */
  deletedId: Scalars['ID']['output'];
  /** The mentor, as it is after the write (deleting the active record resumes it). */
  mentor: Mentor;
};

/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type Mentor = {
  __typename?: 'Mentor';
  /** The mentor's open assignments, by id: at most `first` (1..100, default 50); openAssignmentCount counts them all. */
  activeAssignments: Array<Assignment>;
  /** The mentor's certification with the latest expiry date; null when the mentor has none. */
  certification?: Maybe<Certification>;
  /** When the mentor was registered (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The mentor's status, never null: from its status record, and ACTIVE for a mentor without one (such a mentor was
   * never paused or deactivated, and both happen only through a status record).
   */
  currentStatus: MentorState;
  /**
   * Whole days from today (UTC) to the latest certification expiry (negative once expired); null without a
   * certification.
   */
  daysUntilExpiry?: Maybe<Scalars['Int']['output']>;
  /**
   * Opaque version of everything this subgraph contributes to the mentor detail view (profile, status,
   * pause records, certifications, assignments); it changes whenever any of them changes, deletions included.
   */
  detailVersion: Scalars['String']['output'];
  /** The mentor's email address, in lower case; unique among mentors. */
  email: Scalars['String']['output'];
  /** The mentor's full name (1 to 200 characters, trimmed). */
  fullName: Scalars['String']['output'];
  /** The mentor's id: 1 to 64 letters, digits, `_`, `.` or `-` (generated ones are `mentor-` + 12 hex digits). */
  id: Scalars['ID']['output'];
  /** The number of the mentor's open assignments. */
  openAssignmentCount: Scalars['Int']['output'];
  /** The id of the mentor's organisation (1 to 64 characters). */
  orgId: Scalars['String']['output'];
  /** The mentor's pause records, newest start first. */
  pauseRecords: PauseRecordPage;
  /** The mentor's status record; null when none was ever recorded (see `currentStatus`). */
  status?: Maybe<MentorStatus>;
};


/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type MentorActiveAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A peer mentor. Owned by the mentors subgraph; other subgraphs add fields. */
export type MentorPauseRecordsArgs = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of mentors. */
export type MentorPage = {
  __typename?: 'MentorPage';
  /** The mentors of this page, by id (ascending). */
  items: Array<Mentor>;
  /** Which page this is, its size and the total number of matching mentors. */
  pageInfo: PageInfo;
};

/** Whether a mentor is working (ACTIVE), on a pause (PAUSED) or has stopped (INACTIVE). */
export type MentorState =
  /** Working with contacts. */
  | 'active'
  /** No longer mentoring. */
  | 'inactive'
  /** On a pause; an active pause record says since when and why. */
  | 'paused';

/** Whether a mentor is active, paused or inactive. */
export type MentorStatus = {
  __typename?: 'MentorStatus';
  /** Expected end of the active pause (UTC); null when not paused or not known. */
  expectedReturnDate?: Maybe<Scalars['DateTime']['output']>;
  /** The mentor's latest status changes, oldest first: at most `last` (1..100, default 50), the most recent ones. */
  history: Array<StatusHistoryEntry>;
  /** The status record's id: the mentor's id (a mentor has at most one status record). */
  id: Scalars['ID']['output'];
  /** True exactly when status is PAUSED. */
  isPaused: Scalars['Boolean']['output'];
  /** When the status record last changed (UTC). */
  lastUpdated: Scalars['DateTime']['output'];
  /** The mentor whose status this is. */
  mentor: Mentor;
  /**
   * The mentor's id (the same as `id`).
   * @deprecated Use `mentor { id }` (or `id`, the same value).
   */
  mentorId: Scalars['ID']['output'];
  /** Reason of the active pause; null when not paused. */
  pauseReason?: Maybe<PauseReason>;
  /** Start of the active pause (UTC); null when not paused. */
  pauseStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** The mentor's state. */
  status: MentorState;
};


/** Whether a mentor is active, paused or inactive. */
export type MentorStatusHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of status records. */
export type MentorStatusPage = {
  __typename?: 'MentorStatusPage';
  /** The status records of this page, by mentor id (ascending). */
  items: Array<MentorStatus>;
  /** Which page this is, its size and the total number of matching status records. */
  pageInfo: PageInfo;
};

/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a mentor. */
  createMentor: CreateMentorPayload;
  /** Creates the status record; a paused status also opens a pause record. */
  createMentorStatus: CreateMentorStatusPayload;
  /** Pauses the mentor: opens a pause record and sets the status to paused. */
  createPauseRecord: CreatePauseRecordPayload;
  /** Deletes the status record (closing an active pause record first). */
  deleteMentorStatus: DeleteMentorStatusPayload;
  /** Deletes a pause record; deleting the active one resumes the mentor. */
  deletePauseRecord: DeletePauseRecordPayload;
  /** Changes the status; pausing opens a pause record, leaving paused closes the active one. */
  updateMentorStatus: UpdateMentorStatusPayload;
  /** Updates a pause record; closing the active one resumes the mentor. */
  updatePauseRecord: UpdatePauseRecordPayload;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationCreateMentorArgs = {
  input: CreateMentorInput;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationCreateMentorStatusArgs = {
  input: CreateMentorStatusInput;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationCreatePauseRecordArgs = {
  input: CreatePauseRecordInput;
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationDeleteMentorStatusArgs = {
  mentorId: Scalars['ID']['input'];
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationDeletePauseRecordArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationUpdateMentorStatusArgs = {
  input: UpdateMentorStatusInput;
  mentorId: Scalars['ID']['input'];
};


/** Writes. Each answers its payload: the changed record (or the deleted id) and the mentor as it is after the write. */
export type MutationUpdatePauseRecordArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePauseRecordInput;
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

/** Why a mentor pauses. */
export type PauseReason =
  /** The mentor's certification has expired or is about to. */
  | 'certification_expiry'
  /** Health reasons. */
  | 'health'
  /** Any other reason. */
  | 'other'
  /** Personal leave. */
  | 'personal_leave'
  /** The mentor is moving. */
  | 'relocation';

/** A period in which a mentor is paused; at most one per mentor is active. */
export type PauseRecord = {
  __typename?: 'PauseRecord';
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The verified caller (the token's subject) who created the record; null when authentication was off. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** When the pause ended (UTC); null while active. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** When the mentor expects to return (UTC); null when not known. */
  expectedReturnDate?: Maybe<Scalars['DateTime']['output']>;
  /** `pause-rec-` followed by a number of at least 4 digits (zero-padded), e.g. `pause-rec-1000`. */
  id: Scalars['ID']['output'];
  /** True while the pause lasts (no endDate). */
  isActive: Scalars['Boolean']['output'];
  /** The paused mentor. */
  mentor: Mentor;
  /**
   * The paused mentor's id.
   * @deprecated Use `mentor { id }`.
   */
  mentorId: Scalars['ID']['output'];
  /** Why the mentor paused. */
  reason: PauseReason;
  /** When the pause began (UTC). */
  startDate: Scalars['DateTime']['output'];
  /** When the record last changed (UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** The verified caller (the token's subject) who last changed the record; null when authentication was off. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** One page of pause records. */
export type PauseRecordPage = {
  __typename?: 'PauseRecordPage';
  /** The pause records of this page, newest start first (ties by id, descending). */
  items: Array<PauseRecord>;
  /** Which page this is, its size and the total number of matching pause records. */
  pageInfo: PageInfo;
};

/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type Query = {
  __typename?: 'Query';
  /** One mentor; null when the id is unknown. */
  mentor?: Maybe<Mentor>;
  /** One mentor's status record; null when the mentor is unknown or has none. */
  mentorStatus?: Maybe<MentorStatus>;
  /** Status records by mentor id (ascending); mentors without a status record are not listed. */
  mentorStatuses: MentorStatusPage;
  /** Mentors by id (ascending), optionally of one organisation and one current status. */
  mentors: MentorPage;
  /** One pause record; null when the id is unknown. */
  pauseRecord?: Maybe<PauseRecord>;
  /** Pause records, newest start first; an unknown mentorId is a NOT_FOUND error. */
  pauseRecords: PauseRecordPage;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMentorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMentorStatusArgs = {
  mentorId: Scalars['ID']['input'];
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMentorStatusesArgs = {
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentorState>;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryMentorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MentorState>;
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryPauseRecordArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Page arguments: `page` is 1-based (≥ 1, default 1), `limit` 1 to 100 (default 20); else BAD_REQUEST. */
export type QueryPauseRecordsArgs = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};

/** One status change: when, who, from → to, and the coordinator's notes. */
export type StatusHistoryEntry = {
  __typename?: 'StatusHistoryEntry';
  /** When the status changed (UTC). */
  changedAt: Scalars['DateTime']['output'];
  /** The state before; null for the first status of a mentor. */
  fromStatus?: Maybe<MentorState>;
  /** Who made the change, as given in the write's metadata; null when not given. */
  initiatedBy?: Maybe<Scalars['String']['output']>;
  /** The coordinator's notes given in the write's metadata (at most 2000 characters); null when not given. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The state after. */
  toStatus: MentorState;
};

/** Who changed a status and why; kept in the status history. */
export type StatusMetadataInput = {
  /** Who makes the change, e.g. a coordinator's id; at most 64 characters (otherwise BAD_REQUEST). */
  initiatedBy?: InputMaybe<Scalars['String']['input']>;
  /** Why; at most 2000 characters (otherwise BAD_REQUEST). */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A change of a mentor's status. */
export type UpdateMentorStatusInput = {
  /**
   * Expected end of the pause (UTC); only with status PAUSED, not before the pause's start (otherwise UNPROCESSABLE);
   * when omitted a new pause has none and an active one keeps its own.
   */
  expectedReturnDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** When given, must equal status == PAUSED (otherwise UNPROCESSABLE). */
  isPaused?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who makes the change and why, kept in the status history; none when omitted. */
  metadata?: InputMaybe<StatusMetadataInput>;
  /**
   * Why the mentor pauses; only with status PAUSED (otherwise UNPROCESSABLE); when omitted a new pause gets OTHER and an
   * active one keeps its reason.
   */
  pauseReason?: InputMaybe<PauseReason>;
  /**
   * Start of the pause (UTC); only with status PAUSED (otherwise UNPROCESSABLE); default now for a new pause, the
   * current start for an active one.
   */
  pauseStartDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** The new state (recorded in the history even when it equals the current one). */
  status: MentorState;
};

/** What updateMentorStatus answers: the changed status record and its mentor (pause records may have changed too). */
export type UpdateMentorStatusPayload = {
  __typename?: 'UpdateMentorStatusPayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The changed status record. */
  mentorStatus: MentorStatus;
};

/**
 * A change of a pause record; at least one of endDate, isActive, expectedReturnDate and reason (otherwise BAD_REQUEST).
 * Closing: isActive false and/or an endDate (default now). A closed record cannot be reopened.
 */
export type UpdatePauseRecordInput = {
  /**
   * When the pause ended (UTC), not before its start (otherwise UNPROCESSABLE); on the active record it closes the
   * pause, on a closed one it moves the end.
   */
  endDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** When the mentor expects to return (UTC), not before the start (otherwise UNPROCESSABLE); null clears it. */
  expectedReturnDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** false closes the active record; true on a closed record, or together with endDate, is an UNPROCESSABLE error. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who closes the pause and why, kept in the status history when this closes the active record (otherwise unused). */
  metadata?: InputMaybe<StatusMetadataInput>;
  /** The new reason; unchanged when omitted. */
  reason?: InputMaybe<PauseReason>;
};

/** What updatePauseRecord answers: the changed record and its mentor (closing the active record resumes the mentor). */
export type UpdatePauseRecordPayload = {
  __typename?: 'UpdatePauseRecordPayload';
  /** The mentor, as it is after the write. */
  mentor: Mentor;
  /** The changed pause record. */
  pauseRecord: PauseRecord;
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
  AssignmentStatus: ResolverTypeWrapper<AssignmentStatus>;
  Certification: ResolverTypeWrapper<CertificationRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateMentorInput: CreateMentorInput;
  CreateMentorPayload: ResolverTypeWrapper<Omit<CreateMentorPayload, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  CreateMentorStatusInput: CreateMentorStatusInput;
  CreateMentorStatusPayload: ResolverTypeWrapper<Omit<CreateMentorStatusPayload, 'mentor' | 'mentorStatus'> & { mentor: ResolversTypes['Mentor'], mentorStatus: ResolversTypes['MentorStatus'] }>;
  CreatePauseRecordInput: CreatePauseRecordInput;
  CreatePauseRecordPayload: ResolverTypeWrapper<Omit<CreatePauseRecordPayload, 'mentor' | 'pauseRecord'> & { mentor: ResolversTypes['Mentor'], pauseRecord: ResolversTypes['PauseRecord'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteMentorStatusPayload: ResolverTypeWrapper<Omit<DeleteMentorStatusPayload, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  DeletePauseRecordPayload: ResolverTypeWrapper<Omit<DeletePauseRecordPayload, 'mentor'> & { mentor: ResolversTypes['Mentor'] }>;
  Mentor: ResolverTypeWrapper<MentorRow>;
  MentorPage: ResolverTypeWrapper<Omit<MentorPage, 'items'> & { items: Array<ResolversTypes['Mentor']> }>;
  MentorState: ResolverTypeWrapper<MentorState>;
  MentorStatus: ResolverTypeWrapper<MentorStatusView>;
  MentorStatusPage: ResolverTypeWrapper<Omit<MentorStatusPage, 'items'> & { items: Array<ResolversTypes['MentorStatus']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PauseReason: ResolverTypeWrapper<PauseReason>;
  PauseRecord: ResolverTypeWrapper<PauseRecordRow>;
  PauseRecordPage: ResolverTypeWrapper<Omit<PauseRecordPage, 'items'> & { items: Array<ResolversTypes['PauseRecord']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StatusHistoryEntry: ResolverTypeWrapper<StatusHistoryRow>;
  StatusMetadataInput: StatusMetadataInput;
  UpdateMentorStatusInput: UpdateMentorStatusInput;
  UpdateMentorStatusPayload: ResolverTypeWrapper<Omit<UpdateMentorStatusPayload, 'mentor' | 'mentorStatus'> & { mentor: ResolversTypes['Mentor'], mentorStatus: ResolversTypes['MentorStatus'] }>;
  UpdatePauseRecordInput: UpdatePauseRecordInput;
  UpdatePauseRecordPayload: ResolverTypeWrapper<Omit<UpdatePauseRecordPayload, 'mentor' | 'pauseRecord'> & { mentor: ResolversTypes['Mentor'], pauseRecord: ResolversTypes['PauseRecord'] }>;
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
  CreateMentorPayload: Omit<CreateMentorPayload, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
  CreateMentorStatusInput: CreateMentorStatusInput;
  CreateMentorStatusPayload: Omit<CreateMentorStatusPayload, 'mentor' | 'mentorStatus'> & { mentor: ResolversParentTypes['Mentor'], mentorStatus: ResolversParentTypes['MentorStatus'] };
  CreatePauseRecordInput: CreatePauseRecordInput;
  CreatePauseRecordPayload: Omit<CreatePauseRecordPayload, 'mentor' | 'pauseRecord'> & { mentor: ResolversParentTypes['Mentor'], pauseRecord: ResolversParentTypes['PauseRecord'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteMentorStatusPayload: Omit<DeleteMentorStatusPayload, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
  DeletePauseRecordPayload: Omit<DeletePauseRecordPayload, 'mentor'> & { mentor: ResolversParentTypes['Mentor'] };
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
  UpdateMentorStatusPayload: Omit<UpdateMentorStatusPayload, 'mentor' | 'mentorStatus'> & { mentor: ResolversParentTypes['Mentor'], mentorStatus: ResolversParentTypes['MentorStatus'] };
  UpdatePauseRecordInput: UpdatePauseRecordInput;
  UpdatePauseRecordPayload: Omit<UpdatePauseRecordPayload, 'mentor' | 'pauseRecord'> & { mentor: ResolversParentTypes['Mentor'], pauseRecord: ResolversParentTypes['PauseRecord'] };
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
};

export type AssignmentStatusResolvers = { CLOSED: 'closed', OPEN: 'open' };

export type CertificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = {
  daysUntilExpiry?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isWithinWarningWindow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateMentorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateMentorPayload'] = ResolversParentTypes['CreateMentorPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type CreateMentorStatusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateMentorStatusPayload'] = ResolversParentTypes['CreateMentorStatusPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorStatus?: Resolver<ResolversTypes['MentorStatus'], ParentType, ContextType>;
};

export type CreatePauseRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePauseRecordPayload'] = ResolversParentTypes['CreatePauseRecordPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  pauseRecord?: Resolver<ResolversTypes['PauseRecord'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteMentorStatusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteMentorStatusPayload'] = ResolversParentTypes['DeleteMentorStatusPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type DeletePauseRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePauseRecordPayload'] = ResolversParentTypes['DeletePauseRecordPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
};

export type MentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentor'] = ResolversParentTypes['Mentor'], FederationReferenceType extends FederationReferenceTypes['Mentor'] = FederationReferenceTypes['Mentor']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mentor']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeAssignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType, RequireFields<MentorActiveAssignmentsArgs, 'first'>>;
  certification?: Resolver<Maybe<ResolversTypes['Certification']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['MentorState'], ParentType, ContextType>;
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

export type MentorStateResolvers = { ACTIVE: 'active', INACTIVE: 'inactive', PAUSED: 'paused' };

export type MentorStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorStatus'] = ResolversParentTypes['MentorStatus']> = {
  expectedReturnDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusHistoryEntry']>, ParentType, ContextType, RequireFields<MentorStatusHistoryArgs, 'last'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPaused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastUpdated?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pauseReason?: Resolver<Maybe<ResolversTypes['PauseReason']>, ParentType, ContextType>;
  pauseStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MentorState'], ParentType, ContextType>;
};

export type MentorStatusPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentorStatusPage'] = ResolversParentTypes['MentorStatusPage']> = {
  items?: Resolver<Array<ResolversTypes['MentorStatus']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createMentor?: Resolver<ResolversTypes['CreateMentorPayload'], ParentType, ContextType, RequireFields<MutationCreateMentorArgs, 'input'>>;
  createMentorStatus?: Resolver<ResolversTypes['CreateMentorStatusPayload'], ParentType, ContextType, RequireFields<MutationCreateMentorStatusArgs, 'input'>>;
  createPauseRecord?: Resolver<ResolversTypes['CreatePauseRecordPayload'], ParentType, ContextType, RequireFields<MutationCreatePauseRecordArgs, 'input'>>;
  deleteMentorStatus?: Resolver<ResolversTypes['DeleteMentorStatusPayload'], ParentType, ContextType, RequireFields<MutationDeleteMentorStatusArgs, 'mentorId'>>;
  deletePauseRecord?: Resolver<ResolversTypes['DeletePauseRecordPayload'], ParentType, ContextType, RequireFields<MutationDeletePauseRecordArgs, 'id'>>;
  updateMentorStatus?: Resolver<ResolversTypes['UpdateMentorStatusPayload'], ParentType, ContextType, RequireFields<MutationUpdateMentorStatusArgs, 'input' | 'mentorId'>>;
  updatePauseRecord?: Resolver<ResolversTypes['UpdatePauseRecordPayload'], ParentType, ContextType, RequireFields<MutationUpdatePauseRecordArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PauseReasonResolvers = { CERTIFICATION_EXPIRY: 'certification_expiry', HEALTH: 'health', OTHER: 'other', PERSONAL_LEAVE: 'personal_leave', RELOCATION: 'relocation' };

export type PauseRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PauseRecord'] = ResolversParentTypes['PauseRecord']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expectedReturnDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PauseReason'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['MentorState']>, ParentType, ContextType>;
  initiatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['MentorState'], ParentType, ContextType>;
};

export type UpdateMentorStatusPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMentorStatusPayload'] = ResolversParentTypes['UpdateMentorStatusPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  mentorStatus?: Resolver<ResolversTypes['MentorStatus'], ParentType, ContextType>;
};

export type UpdatePauseRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePauseRecordPayload'] = ResolversParentTypes['UpdatePauseRecordPayload']> = {
  mentor?: Resolver<ResolversTypes['Mentor'], ParentType, ContextType>;
  pauseRecord?: Resolver<ResolversTypes['PauseRecord'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentStatus?: AssignmentStatusResolvers;
  Certification?: CertificationResolvers<ContextType>;
  CreateMentorPayload?: CreateMentorPayloadResolvers<ContextType>;
  CreateMentorStatusPayload?: CreateMentorStatusPayloadResolvers<ContextType>;
  CreatePauseRecordPayload?: CreatePauseRecordPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteMentorStatusPayload?: DeleteMentorStatusPayloadResolvers<ContextType>;
  DeletePauseRecordPayload?: DeletePauseRecordPayloadResolvers<ContextType>;
  Mentor?: MentorResolvers<ContextType>;
  MentorPage?: MentorPageResolvers<ContextType>;
  MentorState?: MentorStateResolvers;
  MentorStatus?: MentorStatusResolvers<ContextType>;
  MentorStatusPage?: MentorStatusPageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PauseReason?: PauseReasonResolvers;
  PauseRecord?: PauseRecordResolvers<ContextType>;
  PauseRecordPage?: PauseRecordPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StatusHistoryEntry?: StatusHistoryEntryResolvers<ContextType>;
  UpdateMentorStatusPayload?: UpdateMentorStatusPayloadResolvers<ContextType>;
  UpdatePauseRecordPayload?: UpdatePauseRecordPayloadResolvers<ContextType>;
};

