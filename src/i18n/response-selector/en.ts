export default {
  legend: 'How do you want your manager to respond?',
  legendEach: 'How do you want your manager to respond to each topic?',
  requiredEach: 'Please choose a response for each topic.',
  noResponses: 'No response styles are available.',
  unavailable: 'not available',
};
