/**
 * On the standard Kazakh keyboard the top-row keys 2 3 4 5 8 9 0 type ә і ң ғ ү ұ қ. A person
 * who types a number without switching layout gets those letters: numeric fields map them
 * back. Each letter maps to one digit (both one UTF-16 unit), so lengths and caret offsets are
 * kept. Keys 1, 6 and 7 type punctuation on that layout and are left alone.
 */
const KAZAKH_TOP_ROW: Readonly<Record<string, string>> = {
  ә: '2',
  Ә: '2',
  і: '3',
  І: '3',
  ң: '4',
  Ң: '4',
  ғ: '5',
  Ғ: '5',
  ү: '8',
  Ү: '8',
  ұ: '9',
  Ұ: '9',
  қ: '0',
  Қ: '0',
};

const TOP_ROW_LETTERS = /[әіңғүұқӘІҢҒҮҰҚ]/g;

/** Replaces the Kazakh top-row letters with the digits of their keys; other text is unchanged. */
export function mapKeyboardDigits(text: string): string {
  return text.replace(TOP_ROW_LETTERS, (letter) => KAZAKH_TOP_ROW[letter]!);
}
