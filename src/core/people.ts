/**
 * The people from `<taiwa-provider>` (the host's, or the backend's org chart through the adapter),
 * for widgets that show names or a team when the host passes none (`.names`, `.members`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Person } from '../model/schemas.js';
import { ContextConsumer, peopleContext } from './context.js';

export class PeopleController {
  readonly #ctx: ContextConsumer<typeof peopleContext>;
  #namesFor?: readonly Person[];
  #names = new Map<string, string>();
  #record: Record<string, string> = {};

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // Subscribed: the host updates when the provider's people change.
    this.#ctx = new ContextConsumer(host, { context: peopleContext, subscribe: true });
  }

  /** The people, as the provider gives them (undefined: none given, none from the adapter yet). */
  get people(): readonly Person[] | undefined {
    return this.#ctx.value;
  }

  #index(): void {
    const people = this.people ?? [];
    if (people === this.#namesFor) return;
    this.#namesFor = people;
    this.#names = new Map(people.map((p) => [p.id, p.displayName]));
    this.#record = Object.fromEntries(this.#names);
  }

  /** Display names by id (the same Map until the people change). */
  names(): ReadonlyMap<string, string> {
    this.#index();
    return this.#names;
  }

  /** Display names by id as a plain object (the same object until the people change). */
  nameRecord(): Readonly<Record<string, string>> {
    this.#index();
    return this.#record;
  }
}
