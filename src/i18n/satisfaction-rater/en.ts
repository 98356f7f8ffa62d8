export default {
  title: 'How did the 1:1 go?',
  titleManager: 'Your reflection on the 1:1',
  overall: 'Overall, how satisfied are you with this 1:1?',
  overallManager: 'Your own sense of how the 1:1 went overall',
  itemRating: 'How satisfied are you with this topic?',
  itemRatingManager: 'Your own sense of how this topic went',
  itemLabel: '{topic} — {response}',
  styleMatch: 'Did your manager respond the way you asked ({response})?',
  yes: 'Yes',
  partly: 'Somewhat',
  no: 'No',
  /** The labels of a five-point scale, lowest first. */
  points: ['Not at all satisfied', 'Not very satisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Fully satisfied'],
  /** Other scales label only their ends. */
  low: 'Not at all satisfied',
  high: 'Fully satisfied',
  /** The manager's own sense of how it went, on the same range, lowest first. */
  managerPoints: ['It did not go well at all', 'It did not go very well', 'Neither well nor badly', 'It went fairly well', 'It went well'],
  managerLow: 'It did not go well at all',
  managerHigh: 'It went well',
  choose: 'Choose…',
  comment: 'A comment for your manager (optional)',
  wentWell: 'What went well',
  nextTime: 'What I will be mindful of next time',
  submit: 'Send my answers',
  submitManager: 'Save reflection',
  requiredChoice: 'Please choose how satisfied you are overall.',
  noItems: 'This 1:1 has no separate topics. Please answer the overall question only.',
  draftRestored: 'Your unsent answers were restored.',
  required: '(required)',
  waiting: 'Waiting for the member’s answers.',
  memberAnswered: 'The member has answered. Save your reflection to compare your views.',
  /** The 1on1's session or people are unknown (the details go to the console and taiwa-error). */
  missingInfo: 'The information for this 1:1 could not be loaded. Please contact your system administrator.',
  /** Who sees what (the member's per-1on1 choice; the default is the backend's policy). */
  shareLabel: 'Show my manager this 1:1’s satisfaction and answers with my name',
  whoSeesShared:
    'Who will see this: your manager sees this 1:1’s satisfaction and answers with your name, and your comment. HR sees only totals of many people.',
  whoSeesPrivate:
    'Who will see this: your manager reads your comment. Your satisfaction and answers reach them only inside totals of at least {k} answers from two or more members, never with your name. HR sees only totals of many people.',
  whoSeesManager: 'Who will see this: only you. Your reflection is not shown to the member or to HR.',
};
