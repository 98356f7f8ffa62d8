/**
 * What base-element.ts shows of its bundle (core/loader.ts): the views' styles, adopted into its
 * shadow root after the host styles (so a subclass's own styles still come later), and the error block.
 */
import { html, type CSSResult, type LitElement, type TemplateResult } from 'lit';
import type { ElementBundle } from './loader.js';
import type { ErrorStrings } from './locale.js';
import { hostStyles } from './styles.js';

export function adoptViews(el: LitElement, { views }: ElementBundle): void {
  const styles: CSSResult | undefined = views?.styles;
  // Styles in the class's own `static styles` are adopted already (reading adoptedStyleSheets makes an array).
  if (styles?.styleSheet && !(el.constructor as typeof LitElement).elementStyles.includes(styles)) {
    const root = el.renderRoot as ShadowRoot;
    const sheets = root.adoptedStyleSheets;
    const at = sheets.indexOf(hostStyles.styleSheet!) + 1;
    if (!sheets.includes(styles.styleSheet)) root.adoptedStyleSheets = [...sheets.slice(0, at), styles.styleSheet, ...sheets.slice(at)];
  }
}

/** The error block: `part="error"`, read out by screen readers; untitled without its words (`t` false). */
export function errorBlock(all: readonly Error[], t: ErrorStrings | false): TemplateResult {
  // By name, not instanceof: a second copy of the kit on the page has its own error classes.
  const title = t ? (all.every((e) => e.name === 'TaiwaDataError') ? t.dataErrorTitle : t.errorTitle) : '';
  return html`<div part="error" role="alert">
    <strong>${title}</strong>
    <ul>
      ${all.map((e) => html`<li>${t && (e as { code?: unknown }).code === 'blocked' && 'until' in e ? t.storageBlocked : e.message}</li>`)}
    </ul>
  </div>`;
}
