// `npm run db:generate -- --mentors 5000 --activities 1000000`: fills the PostgreSQL database at DATABASE_URL with
// generated mentors (mentors schema) and activities (stats schema, by COPY), then rebuilds the stats rollups.
// A tool, not a subgraph: it writes every schema it needs. Data already there with the same size is reused.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import cliProgress from 'cli-progress';
import { openDatabase } from '../lib/db.js';
import { todayUtc } from '../lib/dates.js';
import { Random } from '../drizzle/seed/random.js';
import { activityTypeSeed } from '../subgraphs/stats/seed.js';
import { copyLine, generateMentors, mentorActivities, type GenMentor } from './dataset-rows.js';

/** `--mentors N --activities M` (defaults 5000 / 1000000). */
export function parseArgs(argv: string[]): { mentors: number; activities: number } {
  const get = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer, got ${argv[i + 1]}`);
    return v;
  };
  return { mentors: get('mentors', 5000), activities: get('activities', 1_000_000) };
}

type Sql = postgres.Sql;

/** How many generated mentors and activities the database holds. */
async function existing(sql: Sql) {
  const [m] = await sql`select count(*)::int as n from mentors.mentors where id like 'gen-mentor-%'`;
  const [a] = await sql`select count(*)::int as n from stats.activities where id like 'gen\\_%'`;
  return { mentors: m.n as number, activities: a.n as number };
}

/** COPY text of every activity, oldest first per mentor, ticking the progress bar. */
function* activityText(mentors: GenMentor[], today: Date, bar: cliProgress.SingleBar) {
  const rnd = new Random(2);
  let no = 1;
  for (const m of mentors) {
    const rows = mentorActivities(m, today, no, rnd);
    no += rows.length;
    yield rows.map(copyLine).join('');
    bar.increment(rows.length);
  }
}

/** Replaces the generated data in one transaction (rollup trigger off during the bulk load, rollups rebuilt). */
async function load(sql: Sql, mentors: GenMentor[], activities: number, today: Date) {
  const bar = new cliProgress.SingleBar(
    { format: 'activities [{bar}] {percentage}% {value}/{total} | {eta}s left' },
    cliProgress.Presets.shades_classic,
  );
  await sql.begin(async (tx) => {
    await tx`alter table stats.activities disable trigger user`;
    await tx`delete from stats.activities where id like 'gen\\_%'`;
    await tx`delete from mentors.mentors where id like 'gen-mentor-%'`;
    for (const t of activityTypeSeed) {
      await tx`insert into stats.activity_types ${tx({ id: t.id, key: t.key, display_name: t.displayName, is_session: t.isSession })} on conflict do nothing`;
    }
    for (let i = 0; i < mentors.length; i += 1000) {
      const chunk = mentors.slice(i, i + 1000);
      await tx`insert into mentors.mentors ${tx(chunk.map((m) => ({ id: m.id, full_name: m.fullName, email: m.email, org_id: m.orgId, created_at: m.createdAt })))}`;
      await tx`insert into mentors.mentor_statuses ${tx(chunk.map((m) => ({ mentor_id: m.id, status: 'active', last_updated: m.createdAt, created_at: m.createdAt })))}`;
    }
    bar.start(activities, 0);
    const copy = await tx`copy stats.activities (id, mentor_id, org_id, activity_type_id, status, occurred_at,
      duration_minutes, contact_id, created_at) from stdin`.writable();
    await pipeline(Readable.from(activityText(mentors, today, bar)), copy);
    bar.stop();
    process.stdout.write('rebuilding stats rollups… ');
    await tx`select stats.rebuild_rollups()`;
    await tx`alter table stats.activities enable trigger user`;
  });
  await sql`analyze`;
  console.log('done');
}

/** Generates (or reuses) the dataset. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must point to a PostgreSQL database');
  const want = parseArgs(process.argv.slice(2));
  const started = Date.now();
  await (await openDatabase({ url })).close();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const have = await existing(sql);
    if (have.mentors === want.mentors && have.activities === want.activities) {
      console.log(
        `reusing ${have.mentors} generated mentors and ${have.activities} activities already in the database`,
      );
      return;
    }
    const today = todayUtc();
    const mentors = generateMentors(want.mentors, want.activities, today);
    await load(sql, mentors, want.activities, today);
    console.log(
      `generated ${want.mentors} mentors and ${want.activities} activities in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) await main();
