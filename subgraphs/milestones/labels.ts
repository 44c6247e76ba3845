// Screen-reader sentences for milestones, in the contract's voice.

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as "July 14, 2025" (UTC). */
export function spokenDate(d: Date): string {
  return `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** A number as people say it: integers plain, others with at most one decimal. */
function spoken(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

const achievedNoun: Record<string, (t: number) => string> = {
  hours_logged: (t) => `${spoken(t)} hours of mentoring`,
  contacts_helped: (t) => `${spoken(t)} unique contacts helped`,
  activity_count: (t) => `${spoken(t)} activities`,
};

const progressVerb: Record<string, (v: number, t: number) => string> = {
  hours_logged: (v, t) => `You have logged ${spoken(v)} out of ${spoken(t)} hours of mentoring`,
  contacts_helped: (v, t) => `You have helped ${spoken(v)} out of ${spoken(t)} unique contacts`,
  activity_count: (v, t) => `You have completed ${spoken(v)} out of ${spoken(t)} activities`,
};

/** The label of a milestone; `withRemaining` adds ", N remaining" to in-progress ones. */
export function accessibilityLabel(
  m: { type: string; status: string; threshold: number; value: number; achievedAt: Date | null },
  withRemaining = false,
): string {
  if (m.status === 'achieved') {
    const when = m.achievedAt ? ` on ${spokenDate(m.achievedAt)}` : '';
    return `You reached ${achievedNoun[m.type](m.threshold)}${when}`;
  }
  const base = progressVerb[m.type](m.value, m.threshold);
  return withRemaining ? `${base}, ${spoken(Math.max(0, m.threshold - m.value))} remaining` : base;
}
