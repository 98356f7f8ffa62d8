/** Mounting widgets inside a `taiwa-provider`, as a host page does. */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/provider/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { DraftStore } from '../../src/model/adapter.js';
import type { Viewer } from '../../src/model/schemas.js';

export interface ProviderSetup {
  /** Anything the provider is given as its adapter (a test may hand it something malformed). */
  adapter?: unknown;
  viewer?: Viewer;
  /** Without it, the provider's own default draft store. */
  drafts?: DraftStore;
  lang?: string;
}

/**
 * Mounts `inner` in a provider set up with `setup` and gives the first `tag` inside it, once its
 * `updateComplete` (which waits for its loads) resolved.
 */
export async function inProvider<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  inner: TemplateResult,
  { adapter, viewer, drafts, lang = 'en' }: ProviderSetup = {},
): Promise<{ el: HTMLElementTagNameMap[K]; provider: TaiwaProvider }> {
  const provider = await fixture<TaiwaProvider>(
    html`<taiwa-provider lang=${lang} .adapter=${adapter} .viewer=${viewer} .drafts=${drafts}>${inner}</taiwa-provider>`,
  );
  const el = provider.querySelector(tag)!;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, provider };
}
