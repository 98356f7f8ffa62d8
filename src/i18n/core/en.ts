// Shared UI strings (en). Loaded lazily: a page in Japanese never fetches this file.
export default {
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  errorTitle: 'Something went wrong',
  dataErrorTitle: 'Some data could not be shown',
  retry: 'Try again',
  saved: 'Saved',
  saving: 'Saving…',
  saveFailed: 'Could not save. Your choice is kept here; try again.',
  requiredChoice: 'Please choose at least one.',
  storageBlocked: 'Taiwa is open in another tab with an older version. Close that tab; this page carries on by itself once it is closed.',
};
