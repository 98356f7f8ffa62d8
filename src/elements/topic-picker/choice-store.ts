/**
 * Reading and writing the picker's choice as the session's agenda. Loaded on demand: a picker in
 * pure UI mode (no provider) never downloads it, nor the validation it pulls in.
 */
import { guard } from '../../adapters/guard.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { TaiwaDataError } from '../../core/errors.js';
import { newRecordFields } from '../../model/records.js';
import type { Agenda, AgendaItem } from '../../model/schemas.js';

/** The viewer's agenda for the session, if they have one. */
export async function loadChoice(adapter: TaiwaAdapter, sessionId: string, memberId: string): Promise<{ agenda?: Agenda; errors: TaiwaDataError[] }> {
  const { records, errors } = await guard(adapter).query('agenda', { sessionId });
  const agenda = records.find((a) => a.memberId === memberId);
  return agenda ? { agenda, errors } : { errors };
}

/** Saves `topicIds` as the agenda's items, keeping what was already written for a kept topic. */
export function saveChoice(adapter: TaiwaAdapter, agenda: Agenda | undefined, sessionId: string, memberId: string, topicIds: readonly string[]): Promise<Agenda> {
  const base: Agenda = agenda ?? { ...newRecordFields(), sessionId, memberId, items: [] };
  const kept = new Map(base.items.map((i) => [i.topicId, i]));
  const items: AgendaItem[] = topicIds.map((topicId) => kept.get(topicId) ?? { id: crypto.randomUUID(), topicId, memoVisibility: 'private', proposedBy: 'member' });
  return guard(adapter).put('agenda', { ...base, items, updatedAt: new Date().toISOString() });
}
