// Shared UI strings (en). Loaded lazily: a page in Japanese never fetches this file.
export default {
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  retry: 'Try again',
  saved: 'Saved',
  saving: 'Saving…',
  saveFailed: 'Could not save. Your choice is kept here; try again.',
  requiredChoice: 'Please choose at least one.',
};
