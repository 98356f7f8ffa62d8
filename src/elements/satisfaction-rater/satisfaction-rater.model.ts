/** Types shared by the satisfaction rater and its lazily loaded parts (types only: no chunk of its own on a page). */
import type { StyleMatch } from '../../model/schemas.js';

/** An agenda item to rate. */
export interface RaterItem {
  /** The agenda item's id, kept as `agendaItemId` in the feedback. */
  id?: string;
  topicId: string;
  responseId: string;
}

export interface Answer {
  rating?: number;
  styleMatch?: StyleMatch;
}
export type Texts = Record<'comment' | 'wentWell' | 'nextTime', string>;
/** What is kept on the device until the rating is sent. */
export interface Draft extends Texts {
  overall: string;
  answers: Record<string, Answer>;
  /** The member's share choice, when they made one. */
  share?: boolean;
}

