// The board's keyword search (`?job_q=`), as members expect it in French:
// accents, case and inclusive writing ignored, masculine and feminine forms
// alike (« développeur » finds « Développeur·se » and « developpeuse »),
// every word asked for present, each as the start of a word (« dév » finds
// « développeur »). Pure: the demo searches its samples with it and the
// tests pin its meaning; in Discourse the server searches.

/** Query words that would match nearly every posting: left out of a search. */
const STOP_WORDS = new Set([
  "a",
  "au",
  "aux",
  "d",
  "de",
  "des",
  "du",
  "en",
  "et",
  "l",
  "la",
  "le",
  "les",
  "ou",
  "pour",
  "un",
  "une",
  "the",
  "of",
  "and",
  "in",
]);

/** The longest query kept; the rest of a pasted text is not searched. */
export const MAX_QUERY_LENGTH = 200;

/** Lower case, without accents, with œ and æ spelled out. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae");
}

// Feminine and masculine, singular and plural, down to one stem: plural
// s/x, then every final e, then the gendered endings.
const ENDINGS: [RegExp, string][] = [
  [/tric$/, "t"], // directrice → direct, like directeur
  [/teur$/, "t"],
  [/eus$/, "eu"], // développeuse → développeu, like développeur
  [/eur$/, "eu"],
  [/ienn$/, "ien"], // technicienne → technicien
];

export function stem(word: string): string {
  if (word.length <= 3) {
    return word;
  }
  let result = word.replace(/[sx]$/, "").replace(/e+$/, "");
  for (const [ending, replacement] of ENDINGS) {
    if (ending.test(result)) {
      result = result.replace(ending, replacement);
      break;
    }
  }
  return result.length >= 2 ? result : word;
}

// Inclusive writing's endings (« développeur·se·s », « principal.e »): the
// word before them is the word; alone, they would be words of their own.
const INCLUSIVE_ENDING =
  /[·•.-](?:e|s|es|se|ses|euse|euses|rice|rices|ice|ne|nne|enne|ere|x)(?![\p{L}\p{N}])/gu;

function words(text: string): string[] {
  return foldText(text)
    .replace(INCLUSIVE_ENDING, "")
    .replace(INCLUSIVE_ENDING, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The stems a query asks for, in order, without repeats or stop words. */
export function searchTerms(query: string): string[] {
  const terms = words(query.slice(0, MAX_QUERY_LENGTH))
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
  return [...new Set(terms)];
}

/**
 * A posting's searchable text, made once per posting: its words' stems,
 * each after a space, so that a term matches the start of a word.
 */
export function searchIndex(texts: readonly (string | null | undefined)[]) {
  const stems = texts.flatMap((text) => (text ? words(text).map(stem) : []));
  return ` ${stems.join(" ")}`;
}

/** Whether an index holds every term (no terms: every posting matches). */
export function matchesTerms(index: string, terms: readonly string[]) {
  return terms.every((term) => index.includes(` ${term}`));
}

/** Whether some texts answer a query; searchIndex and matchesTerms in one. */
export function matchesSearch(
  texts: readonly (string | null | undefined)[],
  query: string
): boolean {
  return matchesTerms(searchIndex(texts), searchTerms(query));
}
