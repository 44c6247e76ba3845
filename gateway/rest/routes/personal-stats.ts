// Rows of the personal-stats contract (../shared/contracts/personal-stats.txt): Personal statistics.
// Each row is one federated query: `mentor(id)` and `fullName` from mentors, the figures from stats.
import { z } from 'zod';
import { route, type RestRoute } from '../route.js';
import { pageQuery, idParam, listResult, paginationSchema, dateFormat, present } from '../shared.js';
import { snakeKeys } from '../case.js';
import { capitalised } from '../values.js';
import { graphql } from '../gql/index.js';
import { DATE_RANGE, EARLIEST_YEAR, inDateRange, inYearRange, LATEST_YEAR, parseIsoDate } from '../../../lib/dates.js';

const SERVICE = '/api/v1/personal-stats';
const BASE = '/api/v1/personal-stats/:mentor_id';
const periods = ['last_7_days', 'last_30_days', 'last_90_days', 'last_365_days', 'year_to_date', 'all_time'] as const;
const params = z.object({ mentor_id: idParam });
// Dates, months and years of the date range (lib/dates.ts), else 400 like a malformed one.
const asOf = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = parseIsoDate(s);
    return d === null || inDateRange(d);
  }, `must be a date from ${DATE_RANGE}`)
  .meta(dateFormat)
  .optional();
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
  .refine((s) => inYearRange(Number(s.slice(0, 4))), `must be a month from ${EARLIEST_YEAR}-01 to ${LATEST_YEAR}-12`)
  .optional();
const yearRange = `must be a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`;
const year = z.coerce.number().int().min(EARLIEST_YEAR, yearRange).max(LATEST_YEAR, yearRange).optional();
const period = z.enum(periods).default('last_30_days');
const notFound = ({ params: p }: { params: { mentor_id: string } }) => `mentor '${p.mentor_id}' was not found`;
const num = z.number();
const int = z.number().int();

const summarySchema = z.object({
  mentor_id: z.string(),
  mentor_name: z.string(),
  period: z.enum(periods),
  start_date: z.string().meta(dateFormat),
  end_date: z.string().meta(dateFormat),
  total_activities: int,
  completed_activities: int,
  cancelled_activities: int,
  completion_rate: num,
  avg_session_duration_minutes: int,
  total_hours_logged: num,
  most_common_activity_type: z.string().nullable(),
  most_active_weekday: z.string().nullable(),
  peer_rank_percentile: int,
  streak_days: int,
});
const monthSchema = z.object({
  year: int,
  month: int,
  month_label: z.string(),
  total_activities: int,
  completed_activities: int,
  total_hours: num,
});
const breakdownSchema = z.object({
  activity_type_id: z.string(),
  activity_type_name: z.string(),
  count: int,
  percentage: num,
  avg_duration_minutes: int,
  total_hours: num,
});
const yearSchema = z.object({
  year: int,
  total_activities: int,
  total_hours: num,
  monthly_breakdown: z.array(z.object({ month: int, count: int })),
  peak_month: int.nullable(),
  zero_activity_months: int,
});
const list = (item: z.ZodType) => z.object({ data: z.array(item), pagination: paginationSchema });

/** The personal-stats endpoints. */
export const personalStatsRoutes: RestRoute[] = [
  route({
    method: 'GET',
    service: SERVICE,
    path: BASE,
    summary: 'Get personal stats summary for a peer mentor',
    params,
    query: z.object({ period, as_of: asOf }),
    document: graphql(`
      query PersonalStats($id: ID!, $period: StatsPeriod!, $asOf: Date) {
        mentor(id: $id) {
          fullName
          personalStats(period: $period, asOf: $asOf) {
            mentorId
            period
            startDate
            endDate
            totalActivities
            completedActivities
            cancelledActivities
            completionRate
            avgSessionDurationMinutes
            totalHoursLogged
            mostCommonActivityType {
              key
            }
            mostActiveWeekday
            peerRankPercentile
            streakDays
          }
        }
      }
    `),
    variables: ({ params: p, query }) => ({ id: p.mentor_id, period: query.period, asOf: query.as_of }),
    result: (data) => {
      if (!data.mentor) return null;
      const { mentorId, ...rest } = present(data.mentor.personalStats, 'the personal statistics');
      // the contract names the type by its key and the weekday capitalised (`Wednesday`); keys keep their places
      return snakeKeys({
        mentorId,
        mentorName: data.mentor.fullName,
        ...rest,
        mostCommonActivityType: rest.mostCommonActivityType?.key ?? null,
        mostActiveWeekday: rest.mostActiveWeekday && capitalised(rest.mostActiveWeekday),
      });
    },
    notFound,
    response: summarySchema,
    examples: {
      response: {
        mentor_id: 'mentor_b2c91a',
        mentor_name: 'James Park',
        period: 'last_30_days',
        start_date: '2026-02-24',
        end_date: '2026-03-25',
        total_activities: 12,
        completed_activities: 11,
        cancelled_activities: 1,
        completion_rate: 0.917,
        avg_session_duration_minutes: 52,
        total_hours_logged: 10.4,
        most_common_activity_type: 'one_on_one_session',
        most_active_weekday: 'Wednesday',
        peer_rank_percentile: 78,
        streak_days: 14,
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/monthly-series`,
    summary: "Get monthly activity series for a mentor's personal trend chart",
    params,
    query: pageQuery.extend({ from: month, to: month, as_of: asOf }),
    document: graphql(`
      query MonthlySeries($id: ID!, $from: String, $to: String, $asOf: Date, $page: Int, $limit: Int) {
        mentor(id: $id) {
          monthlySeries(from: $from, to: $to, asOf: $asOf, page: $page, limit: $limit) {
            items {
              year
              month
              monthLabel
              totalActivities
              completedActivities
              totalHours
            }
            pageInfo {
              page
              limit
              total
            }
          }
        }
      }
    `),
    variables: ({ params: p, query }) => ({
      id: p.mentor_id,
      from: query.from,
      to: query.to,
      asOf: query.as_of,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) => (data.mentor ? listResult(present(data.mentor.monthlySeries, 'the personal statistics')) : null),
    notFound,
    response: list(monthSchema),
    examples: {
      response: {
        data: [
          {
            year: 2026,
            month: 1,
            month_label: 'Jan 2026',
            total_activities: 8,
            completed_activities: 8,
            total_hours: 6.5,
          },
          {
            year: 2026,
            month: 2,
            month_label: 'Feb 2026',
            total_activities: 10,
            completed_activities: 9,
            total_hours: 7.8,
          },
          {
            year: 2026,
            month: 3,
            month_label: 'Mar 2026',
            total_activities: 12,
            completed_activities: 11,
            total_hours: 10.4,
          },
        ],
        pagination: { page: 1, limit: 20, total: 3 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/activity-breakdown`,
    summary: "Get activity type breakdown for a mentor's own activities",
    params,
    query: pageQuery.extend({ period, as_of: asOf }),
    document: graphql(`
      query ActivityBreakdown($id: ID!, $period: StatsPeriod!, $asOf: Date, $page: Int, $limit: Int) {
        mentor(id: $id) {
          activityBreakdown(period: $period, asOf: $asOf, page: $page, limit: $limit) {
            items {
              activityTypeId
              activityTypeName
              count
              percentage
              avgDurationMinutes
              totalHours
            }
            pageInfo {
              page
              limit
              total
            }
          }
        }
      }
    `),
    variables: ({ params: p, query }) => ({
      id: p.mentor_id,
      period: query.period,
      asOf: query.as_of,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) =>
      data.mentor ? listResult(present(data.mentor.activityBreakdown, 'the personal statistics')) : null,
    notFound,
    response: list(breakdownSchema),
    examples: {
      response: {
        data: [
          {
            activity_type_id: 'act_type_001',
            activity_type_name: 'One-on-One Session',
            count: 7,
            percentage: 58.3,
            avg_duration_minutes: 55,
            total_hours: 6.4,
          },
          {
            activity_type_id: 'act_type_003',
            activity_type_name: 'Check-in',
            count: 5,
            percentage: 41.7,
            avg_duration_minutes: 20,
            total_hours: 1.7,
          },
        ],
        pagination: { page: 1, limit: 20, total: 2 },
      },
    },
  }),
  route({
    method: 'GET',
    service: SERVICE,
    path: `${BASE}/contribution-history`,
    summary: 'Get multi-year contribution history heatmap data for a mentor',
    params,
    query: pageQuery.extend({ from_year: year, to_year: year, as_of: asOf }),
    document: graphql(`
      query ContributionHistory($id: ID!, $fromYear: Int, $toYear: Int, $asOf: Date, $page: Int, $limit: Int) {
        mentor(id: $id) {
          contributionHistory(fromYear: $fromYear, toYear: $toYear, asOf: $asOf, page: $page, limit: $limit) {
            items {
              year
              totalActivities
              totalHours
              monthlyBreakdown {
                month
                count
              }
              peakMonth
              zeroActivityMonths
            }
            pageInfo {
              page
              limit
              total
            }
          }
        }
      }
    `),
    variables: ({ params: p, query }) => ({
      id: p.mentor_id,
      fromYear: query.from_year,
      toYear: query.to_year,
      asOf: query.as_of,
      page: query.page,
      limit: query.limit,
    }),
    result: (data) =>
      data.mentor ? listResult(present(data.mentor.contributionHistory, 'the personal statistics')) : null,
    notFound,
    response: list(yearSchema),
    examples: {
      response: {
        data: [
          {
            year: 2025,
            total_activities: 89,
            total_hours: 74.2,
            monthly_breakdown: [
              { month: 1, count: 4 },
              { month: 2, count: 6 },
              { month: 3, count: 9 },
              { month: 4, count: 7 },
              { month: 5, count: 8 },
              { month: 6, count: 5 },
              { month: 7, count: 3 },
              { month: 8, count: 6 },
              { month: 9, count: 8 },
              { month: 10, count: 9 },
              { month: 11, count: 10 },
              { month: 12, count: 14 },
            ],
            peak_month: 12,
            zero_activity_months: 0,
          },
          {
            year: 2026,
            total_activities: 30,
            total_hours: 24.7,
            monthly_breakdown: [
              { month: 1, count: 8 },
              { month: 2, count: 10 },
              { month: 3, count: 12 },
            ],
            peak_month: 3,
            zero_activity_months: 0,
          },
        ],
        pagination: { page: 1, limit: 20, total: 2 },
      },
    },
  }),
];
