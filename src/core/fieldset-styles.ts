import { css } from 'lit';

/*
 * A module of its own, shared by the choice lists (choice-styles.ts), the level check-in and the
 * rater, so an element that shows no choice card carries this alone (esbuild keeps a shared module
 * whole).
 */

/** A fieldset and legend without frame or padding; each element sets its own margins. */
export const plainFieldset = css`
  fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
`;
