/**
 * A host's widget that renders from the catalogue and carries no English sections (`static catalogs`)
 * gets them from the whole English catalogue's copy (catalog/en-copy.ts), which equals the sections.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { TaiwaElement } from '../../src/core/base-element.js';
import english from '../../src/model/catalog/en.js';
import copy from '../../src/model/catalog/en-copy.js';

class HostWidget extends TaiwaElement {
  static override usesCatalog = true;
  protected override render() {
    return html`<p>${this.resolvedCatalog?.topics[0]?.label ?? ''} / ${this.resolvedCatalog?.levels[0]?.label ?? ''}</p>${this.renderErrors()}`;
  }
}
customElements.define('host-catalog-widget', HostWidget);

describe('the English catalogue for a class that carries none', () => {
  it('the copy equals the English sections', () => {
    expect(copy).to.deep.equal(english);
  });

  it("a host's usesCatalog widget renders in English, with no error", async () => {
    const el = await fixture<HostWidget>(html`<host-catalog-widget lang="en"></host-catalog-widget>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal(`${english.topics[0]!.label} / ${english.levels[0]!.label}`);
  });
});
