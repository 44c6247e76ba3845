// Which mentors' data the caller may see, for a subgraph that does not own the mentors: one batched question to the
// mentors subgraph per request, and none at all for admins, mentors (their own id) and authentication off.
import DataLoader from 'dataloader';
import { maySeeMentor, type Access } from './caller.js';

/**
 * Per request: whether the caller may see mentor `id`'s data. `orgsOf` answers each known mentor's organisation
 * (a call to the mentors subgraph, batched); it runs only for a coordinator, whose visibility depends on the org.
 */
export function mentorVisibility(
  access: Access,
  orgsOf: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>,
): DataLoader<string, boolean> {
  return new DataLoader<string, boolean>(async (ids) => {
    if (access.kind !== 'org') return ids.map((id) => maySeeMentor(access, id, undefined));
    const orgs = await orgsOf(ids);
    return ids.map((id) => maySeeMentor(access, id, orgs.get(id)));
  });
}
