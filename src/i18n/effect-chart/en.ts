import { statements } from '../hr/en.js';

export default {
  statements,
  caption: 'Share agreeing, by 1:1s held',
  chartLabel:
    'Bar chart: share answering agree or somewhat agree, by 1:1s held (1, 2, 3, 4 or more), per statement. The same figures are in the table below.',
  statement: 'Statement',
  bucket: '{n} 1:1s',
  bucket1: '1 1:1',
  bucketMany: '4+ 1:1s',
  hidden: 'hidden',
  hiddenLong: 'hidden: fewer than {k} people',
  cell: '{share} ({agree} of {n})',
  note: 'Agree or somewhat agree (4–5 of 5). Members with no 1:1 in the period: {none}. A group of fewer than {k} people is hidden, and the next smallest with it.',
  suppressed: 'Hidden: fewer than {k} people in this group answered.',
  membersOnly: 'The effect of 1:1s is for HR.',
};
