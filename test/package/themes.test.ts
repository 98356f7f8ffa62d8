// The theme files in themes/ change the selected card, the focus ring and the disabled look through
// tokens (not only accent and font), and each theme keeps the widgets axe-clean (contrast included).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';

const THEMES = ['light', 'dark', 'fluent', 'horizon'] as const;

async function loadTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${name}.css did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** A token of the root, as the computed `rgb(...)` a colour property gets from it. */
function tokenColour(token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

interface Look {
  selectedBorder: string;
  selectedBackground: string;
  selectedText: string;
  focusColour: string;
  focusWidth: string;
  focusOffset: string;
  disabledBackground: string;
  disabledText: string;
  disabledOpacity: string;
}

async function look(): Promise<{ look: Look; provider: TaiwaProvider }> {
  const provider = await fixture<TaiwaProvider>(
    html`<div>
      <button>before</button>
      <taiwa-provider
        lang="en"
        .adapter=${createMemoryAdapter()}
        .viewer=${{ id: 'm1', role: 'member' }}
        .drafts=${createMemoryDraftStore()}
      >
        <taiwa-topic-picker value="work" .catalog=${{ topics: [{ id: 'private', disabled: true }] }}></taiwa-topic-picker>
      </taiwa-provider>
    </div>`,
  ).then((div) => div.querySelector('taiwa-provider')!);
  const picker = provider.querySelector<TaiwaTopicPicker>('taiwa-topic-picker')!;
  await picker.updateComplete;
  const root = picker.shadowRoot!;
  provider.parentElement!.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  const focused = root.querySelector('.option:has(:focus-visible)');
  expect(focused, 'a keyboard-focused option').to.exist;
  const selected = getComputedStyle(root.querySelector('.option:has(:checked)')!);
  const focus = getComputedStyle(focused!);
  const disabled = getComputedStyle(root.querySelector('.option:has(:disabled)')!);
  return {
    provider,
    look: {
      selectedBorder: selected.borderTopColor,
      selectedBackground: selected.backgroundColor,
      selectedText: selected.color,
      focusColour: focus.outlineColor,
      focusWidth: focus.outlineWidth,
      focusOffset: focus.outlineOffset,
      disabledBackground: disabled.backgroundColor,
      disabledText: disabled.color,
      disabledOpacity: disabled.opacity,
    },
  };
}

describe('themes/*.css', () => {
  let link: HTMLLinkElement | undefined;
  afterEach(() => link?.remove());

  it('without a theme, the kit draws its literal defaults', async () => {
    const { look: plain } = await look();
    expect(plain.selectedBorder).to.equal('rgb(47, 111, 222)');
    expect(plain.focusWidth).to.equal('2px');
    expect(plain.disabledOpacity).to.equal('0.6');
  });

  for (const theme of THEMES) {
    it(`${theme}: the selected card, the focus ring and the disabled option follow the theme's tokens, axe-clean`, async () => {
      link = await loadTheme(theme);
      const { look: themed, provider } = await look();
      expect(themed.selectedBorder, 'selected border').to.equal(tokenColour('--taiwa-color-selected-border'));
      expect(themed.selectedBackground, 'selected background').to.equal(tokenColour('--taiwa-color-accent-surface'));
      expect(themed.selectedText, 'selected text').to.equal(tokenColour('--taiwa-color-selected-text'));
      expect(themed.focusColour, 'focus ring').to.equal(tokenColour('--taiwa-color-focus'));
      const root = getComputedStyle(document.documentElement);
      expect(themed.focusWidth).to.equal(root.getPropertyValue('--taiwa-focus-ring-width').trim());
      expect(themed.focusOffset).to.equal(root.getPropertyValue('--taiwa-focus-ring-offset').trim());
      expect(themed.disabledBackground, 'disabled background').to.equal(tokenColour('--taiwa-color-disabled-surface'));
      expect(themed.disabledText, 'disabled text').to.equal(tokenColour('--taiwa-color-disabled-text'));
      expect(themed.disabledOpacity).to.equal(root.getPropertyValue('--taiwa-disabled-opacity').trim());
      await expect(provider.parentElement!).to.be.accessible();
    });
  }

  it('the four themes look different from each other where a brand needs it', async () => {
    const looks: Look[] = [];
    for (const theme of THEMES) {
      link = await loadTheme(theme);
      looks.push((await look()).look);
      link.remove();
    }
    for (const key of ['selectedBorder', 'selectedBackground', 'focusColour', 'disabledBackground'] as const) {
      // light restates the defaults; dark, fluent and horizon each differ from it and from each other.
      expect(new Set(looks.slice(1).map((l) => l[key])).size, key).to.equal(3);
      for (const l of looks.slice(1)) expect(l[key], key).to.not.equal(looks[0]![key]);
    }
  });
});
