export default {
  legend: 'What do you want to talk about?',
  legendSingle: 'What do you want to talk about? (choose one)',
  max: 'You can choose up to {max}.',
  maxReached: 'You have chosen {max}. Clear one to choose another.',
  noTopics: 'No topics are available.',
  unavailable: 'not available',
};
