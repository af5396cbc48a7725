/* SCO Archive: Material's header search, answered by Pagefind.
 *
 * Material runs its search in a web worker that receives the whole lunr index of the site (24.5 MB
 * at 5,000 documents, fetched by every page). This worker speaks the same messages (SETUP -> READY,
 * QUERY -> RESULT) but asks Pagefind, which fetches only the index chunks of the words typed. Pagefind
 * is loaded at the first query, not with the page.
 *
 * Every string from the index is HTML-escaped here: Material inserts titles and texts as HTML. Only
 * Pagefind's own <mark> highlights survive.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const SHOWN = 20;
const root = new URL("../", self.location.href); // this file is <site>/assets/sco-search-worker.js
const searchPage = new URL(self.location.href).searchParams.get("page") || "search/";
let ready = null; // the promise of Pagefind, once asked for
let language; // the site's language from Material's search config (a worker cannot read <html lang>)
let latest = 0;

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
const unescape = (text) => String(text)
  .replace(/&(lt|gt|quot|#39|#x27);/g, (m, name) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[name])
  .replace(/&amp;/g, "&");

/* A heading's permalink sign, should an index hold it (the plugin keeps it out of new ones). */
const PERMALINK = /\s*¶/g;

/* Pagefind's excerpt with every tag but <mark> taken as text. */
function excerpt(html) {
  let out = "", open = false;
  for (const part of String(html || "").replace(PERMALINK, "").split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>" && !open) { out += part; open = true; }
    else if (part === "</mark>" && open) { out += part; open = false; }
    else if (part !== "<mark>" && part !== "</mark>") out += escape(unescape(part));
  }
  return open ? out + "</mark>" : out;
}

/* Pagefind with every shard merged in. One promise for every query: the queries typed while the shards
 * are still being merged wait for all of them (a query that took Pagefind as soon as it was imported
 * searched only the shards merged so far, and missed pages in the others). */
function load() {
  if (!ready) {
    ready = (async () => {
      const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
      await pagefind.options({ baseUrl: "/", excerptLength: 30 });
      // The index comes in shards (search_index.py): pagefind/ and those listed in its shards.json.
      const shards = await fetch(new URL("pagefind/shards.json", root)).then((r) => (r.ok ? r.json() : {}), () => ({}));
      for (const bundle of shards.merge || []) await pagefind.mergeIndex(new URL(bundle, root).href, { baseUrl: "/" });
      await pagefind.init(language);
      return pagefind;
    })();
    ready.catch(() => { ready = null; }); // a failed load is tried again at the next query
  }
  return ready;
}

async function search(query, ticket) {
  const words = String(query || "").replace(/[*~^+\-:]/g, " ").trim();
  if (!words) return { items: [] };
  const pagefind = await load();
  if (ticket !== latest) return null; // typed on while the shards were merged: only the last query runs
  const found = await pagefind.search(words);
  if (ticket !== latest) return null;
  const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
  if (ticket !== latest) return null;
  const terms = Object.fromEntries(words.toLowerCase().split(/\s+/).map((w) => [w, true]));
  const items = data.map((d, i) => [{
    location: String(d.url).replace(/^\/+/, ""),
    title: escape(unescape(d.meta && d.meta.title ? d.meta.title : d.url).replace(PERMALINK, "")),
    text: "<p>" + excerpt(d.excerpt) + "</p>",
    score: found.results[i].score || 0,
    terms,
  }]);
  if (found.results.length > items.length) {
    items.push([{
      location: searchPage + "?q=" + encodeURIComponent(words),
      title: escape(`All ${found.results.length} results on the search page`),
      text: "", score: 0, terms,
    }]);
  }
  return { items };
}

addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === SETUP) {
    const langs = message.data && message.data.config && message.data.config.lang;
    language = Array.isArray(langs) && langs.length ? String(langs[0]) : undefined;
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const ticket = ++latest;
    let data;
    try {
      data = await search(message.data, ticket);
    } catch (error) {
      console.warn("search failed:", error);
      data = { items: [] };
    }
    if (data) postMessage({ type: RESULT, data });
  }
});
