/**
 * A "tab" for the close tests: the member's agenda in a provider with its default draft store
 * (IndexedDB, which the provider gives its write-ahead copy) over the example backend. It exposes `window.tab` for the
 * parent to type and submit in, and posts `ready` once the agenda shows what the last tab left,
 * and `put` the moment the backend confirmed a submit.
 */
import '../../src/define.js';
import { createDraftStore } from '../../src/adapters/drafts.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withWriteAhead } from '../../src/core/write-ahead.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '?';
const post = (message: object) => parent.postMessage({ frame, ...message }, location.origin);

const rest = createRestAdapter({
  baseUrl: `/api/t/${params.get('tenant')}`,
  timeoutMs: 5000,
  headers: { authorization: `Bearer ${params.get('token') ?? ''}` },
});
const adapter: TaiwaAdapter = {
  query: (kind, query) => rest.query(kind, query),
  put: async (kind, record) => {
    const saved = await rest.put(kind, record);
    post({ type: 'put' });
    return saved;
  },
};

const provider = document.createElement('taiwa-provider') as TaiwaProvider;
provider.lang = 'en';
provider.viewer = { id: params.get('viewer')!, role: 'member' };
provider.adapter = adapter;
// The store the provider makes for this viewer (write-ahead included), given up front so the first
// load reads it.
provider.drafts = withWriteAhead(createDraftStore({ viewerId: params.get('viewer')! }), params.get('viewer')!);
const agenda = document.createElement('taiwa-agenda') as TaiwaAgenda;
agenda.setAttribute('session-id', params.get('session')!);
provider.append(agenda);
document.body.append(provider);

const root = () => agenda.shadowRoot!;
const inner = (tag: string) => root().querySelector(tag)!.shadowRoot!;
const frameOf = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface TabApi {
  /** The memo of the first item ('' without one). */
  memo(): string;
  submitted(): boolean;
  /** What the agenda says about its state, as shown. */
  text(): string;
  choose(topic: string, response: string): Promise<void>;
  /** Types `text` as the memo of the first item; resolves when the agenda has taken it. */
  type(text: string): Promise<void>;
  submit(): void;
}

const api: TabApi = {
  memo: () => root().querySelector('textarea')?.value ?? '',
  submitted: () => agenda.matches(':state(submitted)'),
  text: () => root().textContent ?? '',
  async choose(topic, response) {
    inner('taiwa-topic-picker').querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
    await agenda.updateComplete;
    inner('taiwa-response-selector').querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${response}"]`)!.click();
    await agenda.updateComplete;
  },
  async type(text) {
    const area = root().querySelector('textarea')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await agenda.updateComplete;
  },
  submit: () => root().querySelector<HTMLButtonElement>('[part="submit"]')!.click(),
};
(window as unknown as { tab: TabApi }).tab = api;

// Ready: the agenda has loaded the draft and rendered the form or the summary.
void (async () => {
  await agenda.updateComplete;
  while (!root().querySelector('taiwa-topic-picker, [part="summary"]')) {
    await frameOf();
    await agenda.updateComplete;
  }
  post({ type: 'ready' });
})();
