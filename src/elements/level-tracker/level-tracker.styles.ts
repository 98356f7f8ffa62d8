import { css } from 'lit';

/**
 * The tracker's own styles, over the host styles; they come with the templates. The history's chart
 * and table and the team view's (its table and buttons, the back button's too: only a manager who
 * opened a member from the team sees it) come with them (level-tracker.history.ts,
 * level-tracker.team-styles.ts).
 */
export const trackerStyles = css`
  h2,
  h3 {
    margin: 0 0 var(--_space-s);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  section {
    margin-block-start: var(--_space-m);
  }
  .muted,
  [part='step-description'] {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: baseline;
    justify-content: space-between;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
    margin: 0;
  }
  .big {
    color: var(--_color-accent);
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
  }
  [part='trend'] {
    white-space: nowrap;
  }
  [part='trend'].up {
    color: var(--_color-success);
  }
  [part='trend'].down {
    color: var(--_color-danger);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin: var(--_space-xs) 0 0;
  }
  .views div {
    display: flex;
    gap: var(--_space-xs);
  }
  .views dt::after {
    content: ':';
  }
  .views dd {
    margin: 0;
    font-weight: 600;
  }
  .ladder {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .step.current {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    background: var(--_color-accent-surface);
  }
  .number {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--_color-surface-muted);
    font-weight: 700;
    text-align: center;
    line-height: 1.75em;
  }
  .current .number {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .texts {
    display: grid;
  }
  [part='step-label'] {
    font-weight: 600;
  }
  .now {
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-size: 0.75em;
    vertical-align: middle;
  }
  .next {
    margin-block-start: var(--_space-xs);
    font-size: 0.875em;
  }
`;
