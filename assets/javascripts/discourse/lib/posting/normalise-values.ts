// Small readers for single values: booleans, status words, e-mail, URL,
// remote mode. Each returns null when the value says nothing usable.

import type { PostingStatus } from "../posting-status.ts";
import { fold, scalarText } from "./text.ts";
import type { RemoteMode } from "./types.ts";
import { EMAIL_SYNTAX, isHttpUrl } from "./wire-text.ts";

// The front end reads the address and link rules from here too.
export { EMAIL_SYNTAX, isHttpUrl };

const TRUE_WORDS = new Set(["true", "yes", "oui", "vrai", "1", "y", "o"]);
const FALSE_WORDS = new Set(["false", "no", "non", "faux", "0", "n"]);

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") {
    return value;
  }
  const text = scalarText(value);
  if (text === null) {
    return null;
  }
  const folded = fold(text);
  return TRUE_WORDS.has(folded) ? true : FALSE_WORDS.has(folded) ? false : null;
}

const STATUS_WORDS: Record<string, PostingStatus> = {
  open: "open",
  opened: "open",
  ouvert: "open",
  ouverte: "open",
  active: "open",
  filled: "filled",
  pourvu: "filled",
  pourvue: "filled",
  closed: "closed",
  close: "closed",
  clos: "closed",
  ferme: "closed",
  fermee: "closed",
  cloture: "closed",
  cloturee: "closed",
  archived: "closed",
  archive: "closed",
};

export function readStatus(value: unknown): PostingStatus | null {
  const text = scalarText(value);
  return text === null ? null : (STATUS_WORDS[fold(text)] ?? null);
}

const REMOTE_WORDS: Record<string, RemoteMode> = {
  none: "none",
  non: "none",
  aucun: "none",
  no: "none",
  false: "none",
  presentiel: "none",
  partial: "partial",
  partiel: "partial",
  hybride: "partial",
  hybrid: "partial",
  full: "full",
  total: "full",
  complet: "full",
  true: "full",
  oui: "full",
  yes: "full",
};

export function readRemote(value: unknown): RemoteMode | null {
  const text = scalarText(value);
  return text === null ? null : (REMOTE_WORDS[fold(text)] ?? null);
}

// An address inside text, for readEmail: it stops at anything invisible too.
const EMAIL_IN_TEXT =
  /[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:"']+@[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:"']+\.[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:"'.]{2,}/u;

/** The e-mail address in a contact value (« Nom <a@b.fr> », « mailto:a@b.fr »). */
export function readEmail(value: unknown): string | null {
  const text = scalarText(value);
  const match =
    text === null ? null : EMAIL_IN_TEXT.exec(text.replace(/^mailto:/i, ""));
  const email = match?.[0].replace(/^mailto:/i, "") ?? null;
  return email !== null && EMAIL_SYNTAX.test(email) ? email : null;
}

export function readUrl(value: unknown): string | null {
  const text = scalarText(value);
  return text !== null && isHttpUrl(text) ? text : null;
}
