// The partial-data checks shared by both topologies: with one subgraph down, the detail and the dashboard queries keep
// every other subgraph's fields, and each missing field has an error with its path, SERVICE_UNAVAILABLE and serviceName.
import { expect } from 'vitest';
import { detailFields } from '../../gateway/detail-query.js';
import type { SubgraphName } from '../../lib/config.js';
import type { Json } from './json.js';

/** The mentor detail view's query (the REST BLoC detail's selection) plus the milestones and reports it shows. */
export const detailQuery = `query PartialDetail($id: ID!) {
  mentor(id: $id) {
${detailFields}
    milestones { id name }
    reports { id status }
  }
}`;

/** The org dashboard: a page of mentors with fields from all four subgraphs. */
export const dashboardQuery = `query PartialDashboard { mentors(limit: 20, orgId: "org_nansen_01") { items {
  id fullName status { status isPaused } openAssignmentCount daysUntilExpiry
  certification { expiryDate daysUntilExpiry } activeAssignments { id contactName status }
  activitySummary(period: MONTH) { totalActivities totalSessions }
  milestones { id name } reports { id status }
} pageInfo { page limit total } } }`;

/** The mentor detail view asked of every topology: a mentor with a status record, milestones and reports. */
export const detailMentor = 'mentor-010';

/** The fields each non-owning subgraph contributes to the Mentor of both queries. */
export const contributed: Record<Exclude<SubgraphName, 'mentors'>, string[]> = {
  stats: ['activitySummary'],
  milestones: ['milestones'],
  reports: ['reports'],
};

type Answer = { data?: Json; errors?: Json[] };

/** Every error has a path, SERVICE_UNAVAILABLE and the failed subgraph's name; none leaks an address or a stack. */
export function expectOnlyUnavailable(answer: Answer, down: SubgraphName): void {
  expect(answer.errors?.length).toBeGreaterThan(0);
  for (const e of answer.errors!) {
    expect(e.path, JSON.stringify(e)).toEqual(expect.any(Array));
    expect(e.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: down });
    expect(e.message).toMatch(new RegExp(`${down} subgraph is unavailable`));
    expect(JSON.stringify(e)).not.toMatch(/127\.0\.0\.1|localhost|stack|ECONNREFUSED|\.ts:/);
  }
}

/** The paths the answer's errors name, as strings (`mentor.activitySummary`, `mentors.items.0.reports`). */
function errorPaths(answer: Answer): string[] {
  return (answer.errors ?? []).map((e: Json) => (e.path as (string | number)[]).join('.'));
}

/** `mentor` keeps everything but the down subgraph's fields, which are null with one error each. */
export function expectPartialMentor(
  mentor: Json,
  healthy: Json,
  answer: Answer,
  down: keyof typeof contributed,
  at: string,
) {
  const missing = contributed[down];
  expect(mentor, at).not.toBeNull();
  for (const [key, value] of Object.entries(healthy as Record<string, unknown>)) {
    if (missing.includes(key)) expect(mentor[key], `${at}.${key}`).toBeNull();
    else expect(mentor[key], `${at}.${key}`).toEqual(value);
  }
  for (const key of missing) expect(errorPaths(answer), `${at}.${key}`).toContain(`${at}.${key}`);
}

/** The checks of the detail answer with `down` unavailable, against the healthy answer. */
export function expectPartialDetail(answer: Answer, healthy: Answer, down: SubgraphName): void {
  expect(healthy.errors).toBeUndefined();
  expectOnlyUnavailable(answer, down);
  if (down === 'mentors') {
    // The mentor itself cannot be resolved: null, with the error on its path.
    expect(answer.data).toEqual({ mentor: null });
    expect(errorPaths(answer)).toContain('mentor');
    return;
  }
  expectPartialMentor(answer.data.mentor, healthy.data.mentor, answer, down, 'mentor');
  expect(answer.errors).toHaveLength(contributed[down].length);
}

/** The checks of the dashboard answer with `down` unavailable, against the healthy answer. */
export function expectPartialDashboard(answer: Answer, healthy: Answer, down: SubgraphName): void {
  expect(healthy.errors).toBeUndefined();
  expectOnlyUnavailable(answer, down);
  if (down === 'mentors') {
    // The page itself comes from mentors (`mentors: MentorPage!` at the root): nothing to keep, the error names it.
    expect(answer.data ?? null).toBeNull();
    expect(errorPaths(answer)).toContain('mentors');
    return;
  }
  const items = healthy.data.mentors.items as Json[];
  expect(items.length).toBeGreaterThan(1);
  expect(answer.data.mentors.pageInfo).toEqual(healthy.data.mentors.pageInfo);
  expect(answer.data.mentors.items).toHaveLength(items.length);
  items.forEach((m, i) => expectPartialMentor(answer.data.mentors.items[i], m, answer, down, `mentors.items.${i}`));
  expect(answer.errors).toHaveLength(items.length * contributed[down].length);
}
