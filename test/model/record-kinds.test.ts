// Records are tied to their kind without a `kind` field: generated valid records of every kind pass
// as their own kind and fail as every other kind, while truly unknown properties are still tolerated
// and stripped (so mixed client and server versions work).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRecord } from '../../src/model/validate.js';
import { RECORD_KINDS, type RecordKind } from '../../src/model/records.js';

const id = fc.string({ minLength: 1, maxLength: 12 });
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((t) => new Date(t).toISOString());
const date = instant.map((t) => t.slice(0, 10));
const side = fc.constantFrom('member', 'manager');
const rating = fc.integer({ min: 0, max: 10 });
const level = fc.integer({ min: 1, max: 6 });
const text = fc.string({ maxLength: 40 });

/** `required` always present, `optional` present or absent, each independently. */
const record = (required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc.record<Record<string, unknown>>({ id, createdAt: instant, updatedAt: instant, ...required, ...optional }, {
    requiredKeys: ['id', 'createdAt', 'updatedAt', ...Object.keys(required)] as never,
  }) as fc.Arbitrary<Record<string, unknown>>;

const agendaItem = fc.record(
  { id, topicId: id, responseId: id, memo: text, memoVisibility: fc.constantFrom('private', 'shared'), proposedBy: side },
  { requiredKeys: ['id', 'topicId', 'memoVisibility', 'proposedBy'] },
);
const feedbackItem = fc.record(
  { agendaItemId: id, topicId: id, responseId: id, rating, styleMatch: fc.constantFrom('yes', 'partly', 'no') },
  { requiredKeys: ['topicId', 'responseId', 'rating'] },
);

const arbitraries: Record<RecordKind, fc.Arbitrary<Record<string, unknown>>> = {
  session: record(
    { memberId: id, managerId: id },
    { scheduledAt: instant, heldAt: instant, cancelledAt: instant, durationMinutes: fc.integer({ min: 5, max: 480 }), seriesId: id, sequence: fc.nat(9) },
  ),
  agenda: record(
    { sessionId: id, memberId: id, items: fc.array(agendaItem, { maxLength: 3 }) },
    { managerId: id, author: side, nextDate: date, submittedAt: instant },
  ),
  feedback: record(
    {
      sessionId: id,
      memberId: id,
      managerId: id,
      by: side,
      scale: fc.record({ min: rating, max: rating }),
      overall: rating,
      items: fc.array(feedbackItem, { maxLength: 3 }),
    },
    { comment: text, wentWell: text, nextTime: text, submittedAt: instant, sharedWithManager: fc.boolean() },
  ),
  level: record(
    { memberId: id, managerId: id, by: side, method: fc.constantFrom('check-in', 'direct'), level },
    { sessionId: id, signals: fc.array(level, { maxLength: 6 }) },
  ),
  pulse: record(
    {
      memberId: id,
      month: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      growth: fc.integer({ min: 1, max: 5 }),
    },
    { managerId: id, engagement: fc.integer({ min: 0, max: 100 }) },
  ),
  'hint-mark': record({ sessionId: id, memberId: id, by: side, hintId: id, marked: fc.boolean() }, { managerId: id }),
  action: record(
    {
      memberId: id,
      managerId: id,
      owner: side,
      text: fc.string({ minLength: 1, maxLength: 40 }),
      status: fc.constantFrom('open', 'done', 'dropped'),
      visibility: fc.constantFrom('private', 'shared'),
    },
    { sessionId: id, dueSessionId: id, dueDate: date, closedAt: instant },
  ),
  series: record(
    { memberId: id, managerId: id, everyWeeks: fc.integer({ min: 1, max: 26 }), startsAt: instant, timeZone: fc.constantFrom('Asia/Tokyo', 'UTC') },
    { durationMinutes: fc.integer({ min: 5, max: 480 }), endedAt: instant },
  ),
};

describe('record kinds are distinguishable', () => {
  for (const a of RECORD_KINDS) {
    it(`a valid ${a} passes as ${a} and fails as every other kind`, () => {
      fc.assert(
        fc.property(arbitraries[a], (value) => {
          const own = parseRecord(a, value);
          if (!own.ok) throw own.error;
          for (const b of RECORD_KINDS) {
            if (b === a) continue;
            const other = parseRecord(b, value);
            if (other.ok) throw new Error(`${JSON.stringify(value)} passed as ${b}`);
          }
        }),
        { numRuns: 150, seed: 15 },
      );
    });
  }

  it('names the field that belongs to another kind', () => {
    const feedback = fc.sample(arbitraries.feedback, { numRuns: 1, seed: 5 })[0]!;
    const asAgenda = parseRecord('agenda', { ...feedback, items: [] });
    expect(asAgenda.ok).to.equal(false);
    if (asAgenda.ok) return;
    expect(['by', 'scale', 'overall']).to.include(asAgenda.error.field);
    expect(asAgenda.error.reason).to.contain('feedback');
    const level = fc.sample(arbitraries.level, { numRuns: 1, seed: 6 })[0]!;
    const asFeedback = parseRecord('feedback', level);
    expect(asFeedback.ok).to.equal(false);
  });

  it('still tolerates and strips properties no kind defines, and a refused field that is undefined', () => {
    for (const kind of RECORD_KINDS) {
      const value = fc.sample(arbitraries[kind], { numRuns: 1, seed: 7 })[0]!;
      const parsed = parseRecord(kind, { ...value, fromANewerVersion: { x: 1 }, colour: 'teal' });
      expect(parsed.ok, kind).to.equal(true);
      if (!parsed.ok) continue;
      expect(parsed.value, kind).to.not.have.property('fromANewerVersion');
      expect(parsed.value, kind).to.not.have.property('colour');
    }
    const agenda = fc.sample(arbitraries.agenda, { numRuns: 1, seed: 8 })[0]!;
    expect(parseRecord('agenda', { ...agenda, by: undefined }).ok).to.equal(true);
  });
});
