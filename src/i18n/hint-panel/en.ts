// Strings of <taiwa-hint-panel> (en). Loaded lazily.
export default {
  headingMember: 'Hints for you',
  headingManager: 'Hints for the manager',
  instruction: 'Pick at least one to keep in mind: tick the hints you will try this time.',
  tryThis: "I'll try this",
  markedCount: "{n} marked: I'll try these",
  general: 'General hints',
  weak: 'With this topic and response, your members have tended to be less satisfied. Start with the hints below.',
  chooseFirst: 'Choose a topic and a response style to see hints for them.',
  noHints: 'There are no hints for this combination yet.',
  about: 'What a 1:1 is for',
  aboutIntro:
    'A 1:1 is time for the member: a place where they can openly share how they are now, a vague worry or something that does not sit right, so that they can act on their own and grow, and the team grows with them.',
  aboutCaption: 'A business meeting and a 1:1 compared',
  aboutAspect: 'Aspect',
  aboutMeeting: 'Business meeting',
  aboutOneOnOne: '1:1',
  aboutRows: [
    ['Led by', 'The manager', 'The member'],
    ['Theme', 'What is urgent and important for the company: the work', 'What matters to the member now: a vague worry, career, growth'],
    ['Standing', 'Manager > member', 'Manager = member'],
    ['What to aim for', 'Clear instructions, decisions and teaching', 'Mutual self-disclosure and empathy, thinking together, feedback'],
  ] as ReadonlyArray<readonly [string, string, string]>,
  aboutOutro: 'The two work together: combining business meetings with 1:1s raises productivity.',
};
