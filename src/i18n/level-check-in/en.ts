export default {
  checkInLegend: 'What happened in this 1:1?',
  checkInHelp: 'Tick everything that happened.',
  directLegend: 'Which level do you think your communication with your manager is at now?',
  directLegendManager: 'Which level do you think your communication with your member is at now?',
  /** The six statements as the member says them, level 1 to 6. */
  memberStatements: [
    'We talked more than before.',
    'I shared something about myself.',
    'We confirmed what goes well.',
    'A question or feedback gave me a new insight.',
    'Because of it, I decided what to try next.',
    'I felt results and growth, and shared them.',
  ],
  /** The six statements as the manager says them, level 1 to 6. */
  managerStatements: [
    'We talked more than before.',
    'We shared something about ourselves.',
    'We confirmed what goes well.',
    'A question or feedback gave the member a new insight.',
    'Because of it, the member decided what to try next.',
    'The member felt results and growth, and shared them with me.',
  ],
  levelN: 'Level {level}',
  submit: 'Save check-in',
  submitDirect: 'Save level',
  savedLevel: 'Saved: level {level}.',
  savedLevelOnDevice: 'Saved on this device: level {level}. It will be sent when you are online.',
  /** Outside a provider: the answer went to the page, nothing was saved or sent. */
  notSavedLevel: 'Answered: level {level}. This form has not saved or sent it.',
  /** Who sees what, before sending (member / manager). */
  whoSeesMember: 'Who will see this: you and your manager (your answer about your pair). HR sees only totals of many people.',
  whoSeesManager: 'Who will see this: you and the member (your view of your pair). HR sees only totals of many people.',
};
