// What only an error block shows (en): its titles and the blocked-storage sentence. Requested with
// the first error an element shows, so no page carries them before its content.
export default {
  errorTitle: 'Something went wrong',
  dataErrorTitle: 'Some data could not be shown',
  storageBlocked: 'Taiwa is open in another tab with an older version. Close that tab; this page carries on by itself once it is closed.',
};
