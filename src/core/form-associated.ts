import type { PropertyDeclarations, PropertyValues } from 'lit';
import { TaiwaElement } from './base-element.js';

/**
 * The base of Taiwa's form controls: ElementInternals for the form value and validity, reset and
 * restore, disabled from an ancestor `<fieldset>`, and a "user-interacted" state so a `required`
 * control is not shown as invalid before the user touched it.
 *
 * A subclass keeps its selection in `values` (one or more ids) and calls `commit()` when the user
 * changes it; everything else here follows from that. On every control `values` is the array of
 * chosen ids and `value` the same ids as one space-separated string (a single id, or `''`, where
 * the control takes one). In `FormData` each id is an entry under `name`; a control that collects
 * more (the rater's per-item answers) adds entries under `name.<what>` through `formEntries()`.
 */
export class TaiwaFormElement<S extends object = object> extends TaiwaElement<S> {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...TaiwaElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    defaultValue: { attribute: 'value', reflect: false },
    values: { attribute: false },
    interacted: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The name under which the value is submitted with the form. */
  name = '';
  /** Disables the control; a disabled `<fieldset>` around it does the same. */
  disabled = false;
  /** The form can't be submitted until a value is chosen. */
  required = false;
  /**
   * The initial value, also what a form reset returns to: an id, or ids separated by spaces where
   * the control takes several.
   */
  defaultValue = '';

  #values: string[] = [];
  /** The chosen ids. Setting them (a property binding, a script) wins over the `value` attribute. */
  get values(): string[] {
    return this.#values;
  }
  set values(ids: string[]) {
    this.#valuesSet = true;
    this.#values = [...ids];
  }
  /** True once the user changed the value (for `:state(user-invalid)`). */
  protected interacted = false;
  protected formDisabled = false;
  #valuesSet = false;

  /** The chosen ids separated by spaces (one id, or `''`, on a single-choice control). */
  get value(): string {
    return this.values.join(' ');
  }
  set value(v: string) {
    this.setValues(splitIds(v));
  }

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** True when the control or its fieldset is disabled. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Sets the chosen ids programmatically (no events, like setting a native control's value). */
  setValues(ids: readonly string[]): void {
    this.values = [...ids];
  }

  /** Replaces the ids without marking them as set by someone (a default, a reset). */
  #resetValues(ids: string[]): void {
    const old = this.#values;
    this.#values = ids;
    this.requestUpdate('values', old);
  }

  /** Called by subclasses after a user change: updates the value and fires `input` and `change`. */
  protected commit(ids: readonly string[]): void {
    this.interacted = true;
    this.values = [...ids];
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The `value` attribute is only a default: a value set by a property binding or by the user wins.
    if (changed.has('defaultValue') && !this.#valuesSet) this.#resetValues(splitIds(this.defaultValue));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('values') || changed.has('name')) this.syncFormValue();
    if (changed.has('values') || changed.has('required') || changed.has('strings') || changed.has('disabled')) this.syncValidity();
    this.setState('disabled', this.isDisabled);
    this.setState('user-invalid', this.interacted && !this.internals.validity.valid);
  }

  /** What the control adds to `FormData`: each chosen id under `name`, like a multi-select. */
  protected formEntries(): [string, string][] {
    return this.values.map((id) => [this.name, id]);
  }

  /** Hands the form its entries; call it when something `formEntries()` reads changed. */
  protected syncFormValue(): void {
    const entries = this.formEntries();
    const state = this.values.join(' ');
    if (entries.length <= 1 && (entries.length === 0 || entries[0]![0] === this.name)) {
      this.internals.setFormValue(entries[0]?.[1] ?? null, state);
      return;
    }
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    this.internals.setFormValue(data, state);
  }

  protected syncValidity(): void {
    const missing = this.required && !this.isDisabled && this.values.length === 0;
    if (missing) {
      this.internals.setValidity({ valueMissing: true }, this.strings?.requiredChoice ?? '…', this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
  }

  /** The element the browser points at when it reports the validity message. */
  protected validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('input:not([disabled])') ?? undefined;
  }

  formResetCallback(): void {
    this.#valuesSet = false;
    this.interacted = false;
    this.#resetValues(splitIds(this.defaultValue));
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.setValues(splitIds(state));
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}

export function splitIds(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
