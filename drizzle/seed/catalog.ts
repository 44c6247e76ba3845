// Fixed reference data: organisations, activity types and the milestone catalog.

/** The seeded organisations. */
export const orgs = ['org_nansen_01', 'org_fjord_02'] as const;

/** Activity types; `isSession` marks the ones the detail view counts as sessions. */
export const activityTypeSeed = [
  { id: 'act_type_001', key: 'one_on_one_session', displayName: 'One-on-One Session', isSession: true },
  { id: 'act_type_002', key: 'group_session', displayName: 'Group Session', isSession: true },
  { id: 'act_type_003', key: 'check_in', displayName: 'Check-in', isSession: false },
  { id: 'act_type_004', key: 'phone_call', displayName: 'Phone Call', isSession: false },
  { id: 'act_type_005', key: 'workshop', displayName: 'Workshop', isSession: true },
];

const hours = [10, 50, 100, 300, 500, 1000];
const contacts = [10, 25, 50, 100];
const counts = [10, 50, 100, 250, 500];

/** The milestone catalog: key, type, threshold, name and badge image path. */
export const milestoneCatalog = [
  ...hours.map((t) => ({
    key: `milestone_${t}h`,
    type: 'hours_logged',
    threshold: t,
    name: `${t} Hours Milestone`,
    badgeImage: `/assets/badges/${t}h.png`,
  })),
  ...contacts.map((t) => ({
    key: `milestone_${t}contacts`,
    type: 'contacts_helped',
    threshold: t,
    name: `${t} Unique Contacts`,
    badgeImage: `/assets/badges/${t}contacts.png`,
  })),
  ...counts.map((t) => ({
    key: `milestone_${t}activities`,
    type: 'activity_count',
    threshold: t,
    name: `${t} Activities`,
    badgeImage: `/assets/badges/${t}activities.png`,
  })),
];
