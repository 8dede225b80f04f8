// The import report's sentences in the plugin's two languages. French
// typography: U+00A0 before « : », U+202F before ; ! ? and inside « », ’.

import type { Language } from "../i18n.ts";
import type { FileStatus } from "./file-status.ts";
import type { TitleReason } from "./titles.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const quoteFr = (text: string) => `«${NNBSP}${text}${NNBSP}»`;

export interface ReportStrings {
  status(status: FileStatus, dryRun: boolean): string;
  skipReason(reason: string): string;
  titleReason(reason: TitleReason): string;
  titleNote(title: string, reason: TitleReason): string;
  rules(source: "forum" | "defaults", min: number, unique: boolean): string;
  estimate(
    files: number,
    requests: number,
    minutes: string,
    rate: number
  ): string;
  dryRunDone: string;
  finished: string;
  beforeStop: string;
  stopped(reason: string): string;
  interrupted(pending: number, hint: string): string;
  failedHint: string;
  retrying(what: string, seconds: string): string;
  unknownCategory(slug: string, url: string, known: string[]): string;
  topic(id: number): string;
  journalNote(path: string, note: "elsewhere" | "unreadable"): string;
  colon: string;
}

const EN: ReportStrings = {
  status: (status, dryRun) =>
    ({
      created: dryRun ? "would be created" : "created",
      updated: dryRun ? "would be updated" : "updated",
      unchanged: "unchanged",
      failed: "failed",
      skipped: "skipped",
      pending: "not processed",
    })[status],
  skipReason: (reason) =>
    reason === "hidden"
      ? "hidden file or folder"
      : "not a posting (neither Markdown nor front matter)",
  titleReason: (reason) =>
    ({
      short: "too short for Discourse",
      entropy: "too few different letters for Discourse",
      duplicate: "the same title as another file",
    })[reason],
  titleNote: (title, reason) =>
    `published as “${title}” (${EN.titleReason(reason)})`,
  rules: (source, min, unique) =>
    `Titles: at least ${min} characters${unique ? ", each used once on the forum" : ""} (${
      source === "forum"
        ? "the forum’s settings"
        : "Discourse’s defaults: this key cannot read the forum’s settings"
    }).`,
  estimate: (files, requests, minutes, rate) =>
    `${files} file(s) to send, about ${requests} request(s): ${
      minutes === "0.0" ? "less than a minute" : `about ${minutes} min`
    } at ${rate} requests a minute.`,
  dryRunDone: "Dry run: nothing was written.",
  finished: "Import finished.",
  beforeStop: "The import stopped before its end. Done until then:",
  stopped: (reason) => `Stopped: ${reason}`,
  interrupted: (pending, hint) =>
    `Interrupted: ${pending} file(s) not processed. To resume, run the same command again: ${hint}`,
  failedHint:
    "Failed files were left as they are: fix them and run the same command again.",
  retrying: (what, seconds) => `${what}; retrying in ${seconds} s`,
  unknownCategory: (slug, url, known) =>
    `no category “${slug}” on ${url}. Its categories: ${known.join(", ") || "none"}. Pass one of their slugs (parent/child for a subcategory).`,
  topic: (id) => `topic ${id}`,
  journalNote: (path, note) =>
    note === "elsewhere"
      ? `${path} belongs to another site or category: starting afresh.`
      : `${path} is unreadable: starting afresh (Discourse is asked instead).`,
  colon: ":",
};

const FR: ReportStrings = {
  status: (status, dryRun) =>
    ({
      created: dryRun ? "serait créée" : "créée",
      updated: dryRun ? "serait mise à jour" : "mise à jour",
      unchanged: "inchangée",
      failed: "en échec",
      skipped: "ignoré",
      pending: "non traitée",
    })[status],
  skipReason: (reason) =>
    reason === "hidden"
      ? "fichier ou dossier caché"
      : "pas une offre (ni Markdown ni en-tête YAML)",
  titleReason: (reason) =>
    ({
      short: "trop court pour Discourse",
      entropy: "trop peu de lettres différentes pour Discourse",
      duplicate: "même titre qu’un autre fichier",
    })[reason],
  titleNote: (title, reason) =>
    `publiée sous le titre ${quoteFr(title)} (${FR.titleReason(reason)})`,
  rules: (source, min, unique) =>
    `Titres${NBSP}: au moins ${min}${NBSP}caractères${unique ? ", chacun une seule fois sur le forum" : ""} (${
      source === "forum"
        ? "réglages du forum"
        : `réglages par défaut de Discourse${NBSP}: cette clé ne peut pas lire ceux du forum`
    }).`,
  estimate: (files, requests, minutes, rate) =>
    `${files}${NBSP}fichier(s) à envoyer, environ ${requests}${NBSP}requête(s)${NBSP}: ${
      minutes === "0.0"
        ? "moins d’une minute"
        : `environ ${minutes.replace(".", ",")}${NBSP}min`
    } à ${rate}${NBSP}requêtes par minute.`,
  dryRunDone: `Simulation${NBSP}: rien n’a été écrit.`,
  finished: "Import terminé.",
  beforeStop: `L’import s’est arrêté avant la fin. Fait jusque-là${NBSP}:`,
  stopped: (reason) => `Arrêt${NBSP}: ${reason}`,
  interrupted: (pending, hint) =>
    `Interrompu${NBSP}: ${pending}${NBSP}fichier(s) non traité(s). Pour reprendre, relancez la même commande${NBSP}: ${hint}`,
  failedHint: `Les fichiers en échec n’ont pas été modifiés sur le forum${NNBSP}; corrigez-les et relancez la même commande.`,
  retrying: (what, seconds) =>
    `${what}${NNBSP}; nouvel essai dans ${seconds}${NBSP}s`,
  unknownCategory: (slug, url, known) =>
    `pas de catégorie ${quoteFr(slug)} sur ${url}. Ses catégories${NBSP}: ${known.join(", ") || "aucune"}. Indiquez l’un de ces identifiants (parent/enfant pour une sous-catégorie).`,
  topic: (id) => `sujet ${id}`,
  journalNote: (path, note) =>
    note === "elsewhere"
      ? `${path} appartient à un autre site ou une autre catégorie${NBSP}: on repart de zéro.`
      : `${path} est illisible${NBSP}: on repart de zéro (Discourse est interrogé à la place).`,
  colon: `${NBSP}:`,
};

export function reportStrings(language: Language): ReportStrings {
  return language === "fr" ? FR : EN;
}
