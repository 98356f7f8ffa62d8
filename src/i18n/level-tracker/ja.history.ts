import type en from './en.history.js';

const ja: typeof en = {
  history: '推移',
  chartLabel: '振り返りごとのレベル：{from}から{to}まで{count}件、現在レベル{level}。',
  historyTable: 'すべての振り返り（新しい順）',
  date: '日付',
  by: '回答者',
  method: '方法',
  reading: '回答',
  after: '回答後のレベル',
  member: 'メンバー',
  manager: 'マネジャー',
  checkIn: '振り返り',
  direct: '段階を直接回答',
  legendPair: 'レベル',
  legendMember: 'メンバーの回答',
  legendManager: 'マネジャーの回答',
};
export default ja;
