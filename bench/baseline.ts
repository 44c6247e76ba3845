// Scenario 5, the floor: a bare Node HTTP server answering the detail JSON with one hand-written SQL round trip.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {} });
const port = Number(process.env.PORT ?? 4900);

/** One row of the detail statement (snake_case columns, as selected). */
interface DetailRow {
  id: string;
  full_name: string;
  email: string;
  org_id: string;
  status: string | null;
  expiry_date: string | null;
  days_until_expiry: number | string | null;
  assignments: unknown[];
  total_activities: number;
  total_sessions: number;
}

/** The whole detail view in one statement: profile, status, latest certification, this month's counts, open assignments. */
const detail = (id: string) => sql<DetailRow[]>`
  select m.id, m.full_name, m.email, m.org_id, s.status,
    c.expiry_date::text as expiry_date,
    (c.expiry_date - (now() at time zone 'utc')::date) as days_until_expiry,
    coalesce((select json_agg(json_build_object('id', a.id, 'contactName', a.contact_name, 'status', upper(a.status)) order by a.id)
      from mentors.assignments a where a.mentor_id = m.id and a.status = 'open'), '[]') as assignments,
    (select count(*) from stats.activities x where x.mentor_id = m.id
      and x.occurred_at >= date_trunc('month', now() at time zone 'utc') at time zone 'utc')::int as total_activities,
    (select count(*) from stats.activities x join stats.activity_types t on t.id = x.activity_type_id
      where x.mentor_id = m.id and x.status = 'completed' and t.is_session
      and x.occurred_at >= date_trunc('month', now() at time zone 'utc') at time zone 'utc')::int as total_sessions
  from mentors.mentors m
  left join mentors.mentor_statuses s on s.mentor_id = m.id
  left join lateral (select expiry_date from mentors.certifications where mentor_id = m.id order by expiry_date desc limit 1) c on true
  where m.id = ${id}`;

/** Answers one request: the detail JSON for `?id=`, 404 when there is no such mentor, 500 on a database error. */
async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
    const [r] = await detail(id);
    if (!r) {
      res.writeHead(404).end('{"data":{"mentor":null}}');
      return;
    }
    const days = r.days_until_expiry === null ? null : Number(r.days_until_expiry);
    const body = {
      data: {
        mentor: {
          id: r.id,
          fullName: r.full_name,
          email: r.email,
          orgId: r.org_id,
          status: r.status ? { status: r.status.toUpperCase(), isPaused: r.status === 'paused' } : null,
          certification: r.expiry_date
            ? {
                expiryDate: `${r.expiry_date}T00:00:00Z`,
                daysUntilExpiry: days,
                isWithinWarningWindow: days !== null && days >= 0 && days <= 90,
              }
            : null,
          activitySummary: { totalSessions: r.total_sessions, totalActivities: r.total_activities, period: 'MONTH' },
          activeAssignments: r.assignments,
        },
      },
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch {
    res.writeHead(500).end('{"error":"internal"}');
  }
}

createServer((req, res) => void answer(req, res)).listen(port, '127.0.0.1', () => console.log(`baseline on ${port}`));
