/** What only a refused submit shows (level-check-in.submit.ts): English with that module, another locale when it refuses. */
export default {
  chooseOne: 'Choose at least one.',
  chooseLevel: 'Choose a level.',
  adminCannot: 'Only the member and the manager of a 1:1 can check in.',
  /** The 1on1's people are unknown (the details go to the console and taiwa-error). */
  missingInfo: 'The information for this 1:1 could not be loaded. Please contact your system administrator.',
};
