// What a failed request means to the person running the import, in their
// language: what the importer was doing (never discourse2's internal name,
// « createTopicPostPM »), what Discourse answered, and for the errors that
// stop the run, what to do.

import type { Language } from "../i18n.ts";
import {
  ApiError,
  ConnectionLost,
  isTransportError,
  NotDiscourseError,
} from "./errors.ts";

const NBSP = "\u00A0";

const DOING: Record<string, [string, string]> = {
  createTopicPostPM: ["creating the topic", "création du sujet"],
  getTopicByExternalId: [
    "looking the topic up by its external_id",
    "recherche du sujet par son external_id",
  ],
  getTopic: ["reading the topic", "lecture du sujet"],
  getPost: ["reading the topic's first post", "lecture du premier message"],
  updateTopic: ["changing the title", "changement du titre"],
  updatePost: ["changing the first post", "changement du premier message"],
  listCategories: ["reading the categories", "lecture des catégories"],
  "GET /admin/site_settings.json": [
    "reading the site settings",
    "lecture des réglages du site",
  ],
};

function doing(operation: string, language: Language): string {
  const index = language === "fr" ? 1 : 0;
  const known = DOING[operation];
  if (known) {
    return known[index];
  }
  const plugin = /^(GET|PUT) \/job-board\/postings\/(\d+)\.json$/.exec(
    operation
  );
  if (plugin) {
    const read = plugin[1] === "GET";
    return language === "fr"
      ? `${read ? "lecture" : "écriture"} des champs de l’offre (sujet ${plugin[2]})`
      : `${read ? "reading" : "writing"} the posting's fields (topic ${plugin[2]})`;
  }
  return operation;
}

function colon(language: Language): string {
  return language === "fr" ? `${NBSP}:` : ":";
}

/** One file's failure, for the report. */
export function describeError(error: unknown, language: Language): string {
  const fr = language === "fr";
  if (error instanceof ApiError) {
    const detail = error.detail ? ` (${error.detail})` : "";
    return `${doing(error.operation, language)}${colon(language)} ${
      fr ? "Discourse a répondu" : "Discourse answered"
    } HTTP ${error.status}${detail}`;
  }
  if (error instanceof ConnectionLost) {
    return fr
      ? `connexion perdue au dernier essai (${error.lastError.message})${NBSP}; le site avait répondu aux précédents`
      : `connection lost on the last try (${error.lastError.message}); the site answered the earlier ones`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Why no other file can succeed either, and what to do; null when the run may go on. */
export function fatalReason(error: unknown, language: Language): string | null {
  const fr = language === "fr";
  const c = colon(language);
  if (
    error instanceof ApiError &&
    (error.status === 401 || error.status === 403)
  ) {
    const what = doing(error.operation, language);
    return fr
      ? `le forum refuse la clé (HTTP ${error.status}, ${what})${c} vérifiez --api-key, --api-username et les droits de cet utilisateur.`
      : `the forum refuses the key (HTTP ${error.status}, ${what})${c} check --api-key, --api-username and that user's rights.`;
  }
  if (error instanceof NotDiscourseError) {
    const what = doing(error.operation, language);
    return fr
      ? `ce n’est pas une API Discourse (HTTP ${error.status}, ${what}, une page web ou une réponse inattendue)${c} vérifiez --url (l’adresse du forum, sans chemin).`
      : `this is not a Discourse API (HTTP ${error.status}, ${what}, a web page or an unexpected answer)${c} check --url (the forum's address, without a path).`;
  }
  if (isTransportError(error)) {
    const cause = (error as { cause?: { code?: string; message?: string } })
      .cause;
    const why = `${(error as Error).message}${cause ? `${c} ${cause.code ?? cause.message ?? ""}` : ""}`;
    return fr
      ? `le site ne répond pas (${why}).`
      : `the site does not answer (${why}).`;
  }
  return null;
}
