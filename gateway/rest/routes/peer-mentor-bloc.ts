// Rows of the peer-mentor-bloc contract (../shared/contracts/peer-mentor-bloc.txt): Peer-mentor detail view (BLoC).
import type { RestRoute } from '../route.js';

/** The peer-mentor-bloc endpoints. */
export const peerMentorBlocRoutes: RestRoute[] = [];
