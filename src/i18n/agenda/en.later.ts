// What only the agenda's edit part shows (en): the thread from last time and the dialogue frame with
// its offers. It comes with agenda.edit.ts, after the agenda's content; ja.later.ts one request later.
export default {
  threadTitle: 'From last time',
  triedLead: 'Last time you wanted to try:',
  nextTimeLead: 'Your note for this 1:1 (“next time, keep in mind”):',
  againOn: 'Last time you planned to talk about {topics} again on {date}.',
  againAdd: 'Add {topics} to this agenda',
  againSchedule: 'Ask for a 1:1 on {date}',
  frameHeadings: ['Your work so far and now', 'Looking ahead', 'From tomorrow', 'To try before the next 1:1'],
  frameLine: '## {heading}',
  frameOffer: 'Make “{text}” an action item for the next 1:1?',
  frameYes: 'Add as an action item',
  frameNo: 'Not now',
};
