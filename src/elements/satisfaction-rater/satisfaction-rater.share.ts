/**
 * Who sees what, in the rater: the member's per-1on1 share switch and the one plain sentence that
 * says, before sending, who will see the answers. Whether a sent answer was shown by name (the line
 * under it, and what the manager sees) is the summary's (satisfaction-rater.summary.ts), which loads
 * with an answer to show. Every text is rendered as text.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/locale.js';
import type en from '../../i18n/satisfaction-rater/en.js';

type S = typeof en;

/** What the share views read. */
export interface ShareModel {
  s: S;
  manager: boolean;
  /** The switch as it stands (the member's choice, or the policy's default). */
  share: boolean;
  /** The policy's default for a member who did not choose. */
  shareDefault: boolean;
  k: number;
}

/** The sentence before sending: who will see what. */
export function whoSees(m: ShareModel): string {
  if (m.manager) return m.s.whoSeesManager;
  return m.share ? m.s.whoSeesShared : format(m.s.whoSeesPrivate, { k: m.k });
}

/** The switch (member) and the sentence, tied to the submit button by `aria-describedby`. */
export function renderShare(m: ShareModel) {
  return html`<div part="share" class="share">
    ${
      m.manager
        ? nothing
        : html`<label part="share-switch" class="switch"
            ><input
              part="control share-control"
              type="checkbox"
              role="switch"
              aria-checked=${m.share ? 'true' : 'false'}
              name="share"
              .checked=${m.share}
            /><span>${m.s.shareLabel}</span></label
          >`
    }
    <p part="who-sees" id="who-sees">${whoSees(m)}</p>
  </div>`;
}
