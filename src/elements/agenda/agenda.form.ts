/** The member's form in `taiwa-agenda`: topics, a style per topic, memos, next date, submit. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { format } from '../../core/locale.js';
import { pairsOf, withItem, withResponses, withTopics, type AgendaDraft, type DraftItem, type Problems } from './agenda.model.js';
import type { View } from './agenda.read.js';
import type { AgendaElements } from './agenda.elements.js';
import { HINT_PARTS, RESPONSE_PARTS, TOPIC_PARTS } from './agenda.styles.js';

/** Per template and tag: the template's strings with `{tag}` replaced (Lit keeps a template by its strings array). */
const byTag = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

/**
 * Lit's `html` with `{tag}` in the template's own text (not its values) replaced by `tag`, an inner
 * control's tag (`View.tag`: a custom element name the agenda registered, never user text): one
 * strings array per template and tag, so each keeps its template. What `lit/static-html` did here,
 * without its 0.4 KB before the agenda's content.
 */
export const withTag =
  (tag: string) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let tags = byTag.get(strings);
    if (!tags) byTag.set(strings, (tags = new Map()));
    let own = tags.get(tag);
    if (!own) {
      const parts = strings.map((p) => p.replaceAll('{tag}', tag));
      tags.set(tag, (own = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray));
    }
    return html(own, ...values);
  };

/** The built-in free topic (「今なんとなく気になっていること」): the member gives it a title. */
export const FREE_TOPIC = 'free';

export interface FormState {
  draft: AgendaDraft;
  topicIds: string[];
  /** The response selector's value: `topicId:responseId` for each item with a style. */
  pairIds: string[];
  activeTopic: string;
  problems: Problems | undefined;
  /** A submit is under way: the button says so and does nothing until it is done. */
  busy: boolean;
  catalog: unknown;
  /** Event handlers for the form; `edit` gets every `input` and `change` (see `applyEvent`). */
  on: Record<'submit' | 'focus' | 'edit' | 'frame', (event: Event) => void>;
}

type Control = HTMLElement & { values?: string[]; value?: string; checked?: boolean; type?: string };

/**
 * The draft after an `input` or `change` event from the form, and the item it makes active: the
 * topic just added, or the topic whose style just changed (focus moving between the selector's
 * own groups never reaches the agenda, so the change tells).
 */
export function applyEvent(
  draft: AgendaDraft,
  event: Event,
  controls: AgendaElements,
): { draft: AgendaDraft; active?: string | undefined } | undefined {
  const target = event.target;
  const t = target as Control;
  const id = t.dataset['item'] ?? '';
  const input = target instanceof HTMLInputElement ? target.type : '';
  if (input === 'date') return { draft: { ...draft, nextDate: t.value ?? '' } };
  if (input === 'text' && t.dataset['title'] !== undefined) return { draft: withItem(draft, t.dataset['title'], { title: t.value ?? '' }) };
  // The inner controls by class: their tags are the agenda's own, and a host may give other classes.
  const kind =
    target instanceof controls['taiwa-topic-picker']
      ? 'picker'
      : target instanceof controls['taiwa-response-selector']
        ? 'selector'
        : target instanceof HTMLTextAreaElement
          ? event.type === 'input' && 'memo'
          : input === 'checkbox' && 'share';
  if (kind === 'memo') return { draft: withItem(draft, id, { memo: t.value ?? '' }) };
  if (kind === 'picker') {
    const before = draft.items.map((i) => i.topicId);
    return { draft: withTopics(draft, t.values!), active: t.values!.find((topic) => !before.includes(topic)) };
  }
  if (kind === 'selector') {
    const before = pairsOf(draft);
    const changed = t.values!.find((p) => !before.includes(p));
    return {
      draft: withResponses(draft, t.values!),
      active: changed && draft.items.find((i) => changed.startsWith(`${i.topicId}:`))?.topicId,
    };
  }
  return kind === 'share' && event.type === 'input'
    ? { draft: withItem(draft, id, { memoVisibility: t.checked ? 'shared' : 'private' }) }
    : undefined;
}

/** The hints for one item, for one side (the panel's tag is the agenda's own, see agenda.elements.ts). */
export function renderHints(
  v: View,
  item: { topicId: string; responseId?: string | undefined },
  audience: 'member' | 'manager',
): TemplateResult | typeof nothing {
  // The panel's class comes after the agenda's content (agenda.later.ts): until then, no panel.
  if (!v.hints) return nothing;
  return withTag(v.tag('taiwa-hint-panel'))`<{tag}
    part="hints"
    exportparts=${HINT_PARTS}
    topic=${item.topicId}
    response=${item.responseId || nothing}
    audience=${audience}
    heading-level="3"
    session-id=${v.sessionId || nothing}
  ></{tag}>`;
}

function renderItem(v: View, f: FormState, item: DraftItem, index: number): TemplateResult {
  const { s } = v;
  const shared = item.memoVisibility === 'shared';
  const topic = v.topic(item.topicId);
  const [memoId, noteId] = [`memo-${index}`, `vis-${index}`];
  const active = item.topicId === f.activeTopic;
  return html`<fieldset part="item" class=${active ? 'active' : ''} data-topic=${item.topicId}>
    <legend part="item-title">
      ${item.title?.trim() ? `${topic}: ${item.title.trim()}` : topic} · ${item.responseId ? v.response(item.responseId) : s.noStyle}
    </legend>
    ${item.proposedBy === 'manager' ? html`<p part="proposed">${s.proposedByManager}</p>` : nothing}
    ${
      item.topicId === FREE_TOPIC
        ? html`<label for=${`title-${index}`}>${s.titleLabel}</label>
            <input
              part="item-title-input"
              id=${`title-${index}`}
              type="text"
              maxlength="200"
              data-title=${item.id}
              .value=${live(item.title ?? '')}
            />`
        : nothing
    }
    <label for=${memoId}>${format(s.memoFor, { topic })}</label>
    <textarea
      part="memo"
      id=${memoId}
      rows="3"
      maxlength="10000"
      data-item=${item.id}
      aria-describedby=${noteId}
      .value=${live(item.memo)}
    ></textarea>
    <label part="share">
      <input type="checkbox" data-item=${item.id} aria-describedby=${noteId} .checked=${shared} />
      ${format(s.share, { topic })}
    </label>
    <p part="visibility" id=${noteId}>${shared ? s.sharedNote : s.privateNote}</p>
    <button type="button" part="frame" data-frame=${item.id} @click=${f.on.frame}>${s.frameUse}</button>
    ${active ? renderHints(v, item, 'member') : nothing}
  </fieldset>`;
}

/**
 * While a submit is under way the button is `aria-disabled`, not `disabled`, so it keeps the focus.
 * The status line is not here but after the form (see `renderAgenda`), so it outlives the swap to the summary.
 */
export function renderForm(v: View, f: FormState): TemplateResult {
  const { s } = v;
  const { draft, problems: p } = f;
  return withTag(
    v.tag('taiwa-topic-picker'),
  )`<form part="base" novalidate @submit=${f.on.submit} @focusin=${f.on.focus} @input=${f.on.edit} @change=${f.on.edit}>
    <{tag}
      part="topics"
      exportparts=${TOPIC_PARTS}
      multiple
      required
      .catalog=${f.catalog}
      .values=${f.topicIds}
    ></{tag}>
    ${
      draft.items.length
        ? withTag(v.tag('taiwa-response-selector'))`<{tag}
              part="responses"
              exportparts=${RESPONSE_PARTS}
              required
              .catalog=${f.catalog}
              .topics=${f.topicIds}
              .values=${f.pairIds}
            ></{tag}>
            <fieldset part="memos">
              <legend>${s.memosLegend}</legend>
              ${draft.items.map((item, i) => renderItem(v, f, item, i))}
            </fieldset>`
        : nothing
    }
    <div class="next">
      <label for="next-date">${s.nextDate}</label>
      <input part="next-date" id="next-date" type="date" aria-describedby="next-help" .value=${live(draft.nextDate)} />
      <span class="help" id="next-help">${s.nextDateHelp}</span>
    </div>
    ${
      p
        ? html`<div part="problems" role=${p.quiet ? 'status' : 'alert'}>
            <ul>
              ${p.noTopic ? html`<li>${s.needTopic}</li>` : nothing}
              ${p.missing.length ? html`<li>${format(s.needStyle, { topics: new Intl.ListFormat(v.locale).format(p.missing.map((t) => v.topic(t))) })}</li>` : nothing}
            </ul>
          </div>`
        : nothing
    }
    <p part="who-sees" id="who-sees">${s.whoSees}</p>
    <div class="actions">
      <button part="submit" type="submit" aria-describedby="who-sees" aria-disabled=${f.busy ? 'true' : nothing}>${s.submit}</button>
    </div>
  </form>`;
}
