/**
 * The shared conformance suite every Taiwa form control passes: FormData value, reset, restore,
 * disabled fieldset, required. `make` returns a fresh control (not yet in a form); `choose` makes a
 * user choice the way a user would (click or keys) and resolves when it is made.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TaiwaFormElement } from '../../src/core/form-associated.js';

export interface ConformanceOptions<E extends TaiwaFormElement> {
  tag: string;
  /** Attributes that make the control render something choosable (e.g. `multiple`). */
  attrs?: Record<string, string>;
  /** Makes a user choice; returns the value the form should then submit under `name`. */
  choose: (el: E) => Promise<string>;
  /** A valid initial value for the `value` attribute, and its FormData value. */
  defaultValue: string;
  /** For a control that collects more than its value: gives the other answers, returns the entries expected for them. */
  answerAll?: (el: E) => Promise<[string, string][]>;
}

async function inForm<E extends TaiwaFormElement>(o: ConformanceOptions<E>, extra: Record<string, string> = {}) {
  const form = document.createElement('form');
  const fieldset = document.createElement('fieldset');
  const el = document.createElement(o.tag) as E;
  el.setAttribute('name', 'field');
  for (const [k, v] of Object.entries({ ...o.attrs, ...extra })) el.setAttribute(k, v);
  fieldset.append(el);
  form.append(fieldset);
  await fixture(html`<div></div>`).then((d) => d.append(form));
  await el.updateComplete;
  return { form, fieldset, el };
}

export function runFormConformance<E extends TaiwaFormElement>(o: ConformanceOptions<E>): void {
  describe(`${o.tag} form conformance`, () => {
    it('is form-associated and submits its value under its name', async () => {
      const { form, el } = await inForm(o);
      expect((el.constructor as typeof TaiwaFormElement).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('field')).to.equal(null);
      const expected = await o.choose(el);
      await el.updateComplete;
      expect(new FormData(form).getAll('field').join(' ')).to.equal(expected);
    });

    it('means by .value the space-separated ids of .values, in both directions', async () => {
      const { el } = await inForm(o);
      await o.choose(el);
      await el.updateComplete;
      expect(el.value).to.equal(el.values.join(' '));
      el.value = o.defaultValue;
      expect(el.values).to.deep.equal(o.defaultValue.split(' '));
      expect(el.value).to.equal(o.defaultValue);
    });

    if (o.answerAll) {
      it('puts every answer it collects in FormData', async () => {
        const { form, el } = await inForm(o);
        const value = await o.choose(el);
        const others = await o.answerAll!(el);
        await el.updateComplete;
        const entries = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);
        expect(entries).to.deep.equal([...value.split(' ').map((v) => ['field', v]), ...others]);
      });
    }

    it('starts from the value attribute and returns to it on reset', async () => {
      const { form, el } = await inForm(o, { value: o.defaultValue });
      expect(new FormData(form).getAll('field').join(' ')).to.equal(o.defaultValue);
      await o.choose(el);
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.values.join(' ')).to.equal(o.defaultValue);
      expect(new FormData(form).getAll('field').join(' ')).to.equal(o.defaultValue);
    });

    it('restores a saved state (back/forward, autofill)', async () => {
      const { el } = await inForm(o);
      el.formStateRestoreCallback(o.defaultValue);
      await el.updateComplete;
      expect(el.values.join(' ')).to.equal(o.defaultValue);
    });

    it('is disabled by a disabled fieldset and then submits nothing', async () => {
      const { form, fieldset, el } = await inForm(o, { value: o.defaultValue });
      fieldset.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(null);
      const inputs = [...el.shadowRoot!.querySelectorAll('input')];
      expect(inputs.length).to.be.greaterThan(0);
      expect(inputs.every((i) => i.matches(':disabled'))).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(new FormData(form).getAll('field').join(' ')).to.equal(o.defaultValue);
    });

    it('blocks submission while required and empty, with a message', async () => {
      const { form, el } = await inForm(o, { required: '' });
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      await o.choose(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });
  });
}
