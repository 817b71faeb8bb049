// Moved to test/support/members.ts, beside the other Teams activities; kept for the files that import it from here.
export { memberEvent } from '../support/members.ts';
