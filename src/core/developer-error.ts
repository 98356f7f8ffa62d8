/**
 * A widget that cannot tell which 1on1 or which people an answer is for: the developer reads what is
 * missing and where it comes from, in the console and in `taiwa-error`; the member reads one plain
 * sentence instead (the widget's `missingInfo` string, GLOSSARY.md row 12). Nothing is saved or sent.
 */
import { TaiwaDataError } from '../model/data-error.js';
import { TaiwaErrorEvent } from '../events/error.js';

export function reportMissing(el: HTMLElement, kind: string, field: string, where: string, recordId?: string): TaiwaDataError {
  const error = new TaiwaDataError({
    kind,
    recordId,
    field,
    reason: `<${el.localName}> cannot keep the answer: the ${field} is unknown; ${where}. Nothing was saved or sent.`,
  });
  console.error(error);
  el.dispatchEvent(new TaiwaErrorEvent(error));
  return error;
}
