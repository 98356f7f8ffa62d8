/**
 * The rater's words shown only once there is an answer: the summary, the perception gap and the
 * status over a sent answer. They come with the summary (satisfaction-rater.summary.ts), not with
 * the form.
 */
export default {
  sent: 'Thank you. Your answers were sent to your manager.',
  sentManager: 'Your reflection is saved.',
  saved: 'Saved on this device. Your answers will reach your manager when you are online.',
  savedManager: 'Your reflection is saved on this device. It will be sent when you are online.',
  summary: 'Your answers',
  overallShort: 'Overall',
  yourComment: 'Your comment',
  matched: 'Responded the way you asked: {answer}',
  gapTitle: 'Perception gap',
  gapCaption: 'Your own sense next to the member’s satisfaction (scale {min}–{max}); gap = yours − the member’s.',
  gapItem: 'Item',
  gapMember: 'Member',
  gapMe: 'Me',
  gapGap: 'Gap',
  gapHigher: 'On “{item}” your own sense is {n} points higher than the member’s satisfaction.',
  gapLower: 'On “{item}” your own sense is {n} points lower than the member’s satisfaction.',
  memberComment: 'The member’s comment',
  /** Outside a provider: the answers went to the page, nothing was sent. */
  notSent: 'Your answers are entered in this form. This form has not sent them to your manager.',
  notSentManager: 'Your reflection is entered in this form. This form has not saved it anywhere.',
  sharedSummary: 'Shown to your manager with your name.',
  privateSummary: 'Not shown to your manager with your name: counted only in totals.',
  notShared:
    'The member chose not to show this 1:1’s answers with their name. They count in your strengths map once enough answers from several members are in.',
};
