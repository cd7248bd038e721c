import { css } from 'lit';

export const textFieldStyles = css`
  :host([format='iin']) .input {
    max-width: 14em;
  }
`;
