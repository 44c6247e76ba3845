// The text the REST layer sends for a typed document: printed once per document, not per request.
import { print, stripIgnoredCharacters, type DocumentNode } from 'graphql';

const texts = new WeakMap<DocumentNode, string>();

/** The document as a compact query string (no ignored characters), cached for the document's lifetime. */
export function queryText(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = stripIgnoredCharacters(print(document));
    texts.set(document, text);
  }
  return text;
}
