import { css } from 'lit';

/** Box widths hint at the expected length (GOV.UK): a code gets a short box, a name a long one. */
export const textFieldStyles = css`
  :host([format='iin']) .input,
  :host([format='bin']) .input,
  :host([format='phone']) .input {
    max-width: 14em;
  }
  :host([format='postal-code']) .input {
    max-width: 8em;
  }
  :host([format='iban']) .input {
    max-width: 20em;
  }
  .echo {
    margin: var(--sf-space-s, 0.6rem) 0 0;
    color: var(--sf-color-hint, #484949);
  }
`;
