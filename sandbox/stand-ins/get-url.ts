// Stand-in for Discourse's `discourse/lib/get-url`: getURL puts the forum's
// subfolder (its base URI) before a root-relative path, as core's does
// (frontend/discourse/app/lib/get-url.js); setPrefix sets that subfolder.
// Leaves out: the CDN and S3 variants, absolute URLs helpers.
import type * as GetUrl from "discourse/lib/get-url";

let baseUri = "";

export const setPrefix: typeof GetUrl.setPrefix = (configBaseUri) => {
  baseUri = String(configBaseUri ?? "");
};

const getURL: typeof GetUrl.default = (url) => {
  if (typeof url !== "string" || !/^\/(?!\/)/.test(url)) {
    return url;
  }
  if (baseUri && (url === baseUri || url.startsWith(`${baseUri}/`))) {
    return url;
  }
  return `${baseUri}${url}`;
};

export default getURL;
