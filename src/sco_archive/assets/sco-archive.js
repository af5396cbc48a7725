/* SCO Archive: small additions to Material's pages, on every page: copy buttons for citations, wide
 * tables a keyboard can scroll, and a note when the site is opened from disk.
 *
 * A table wider than the screen scrolls inside the wrapper Material's script puts around it. A
 * keyboard user can only scroll it once it can take focus (WCAG 2.1.1; axe-core's
 * scrollable-region-focusable): such a wrapper becomes a named, focusable region, and stops being
 * one when the table fits again. Its name is unique on the page (the table's number and the heading
 * above it), as landmarks' names must be. It also gets a visible hint and edge shadows, and its
 * first column stays in view (sco-archive.css); cells wrap between words, not inside them.
 *
 * Opened from disk (file://), a page says that search needs the site served over http.
 */
"use strict";

(function () {
  // The text of the nearest heading before a node, without Material's "¶" permalink.
  function headingBefore(node) {
    for (; node && node !== document.body; node = node.parentElement) {
      for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.replace(/¶\s*$/, "").trim();
      }
    }
    return "";
  }

  // Once per table: cells holding a URL-like token may break anywhere (every other cell wraps between
  // words only); columns of running text keep a readable width when the table is squeezed.
  // Columns of marks (the themes matrix's "●") take the width of their heading only; dates do not wrap.
  const LONG_TOKEN = /\S{30,}/;
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  const PROSE = 40;  // mean characters per cell of a column of running text
  function dress(table) {
    if (table.dataset.scoDressed) return;
    table.dataset.scoDressed = "1";
    const heads = table.querySelectorAll("thead th");
    const chars = Array.from(heads, () => 0);
    const widest = Array.from(heads, () => 0);
    const rows = table.querySelectorAll("tbody tr");
    for (const row of rows) {
      Array.from(row.cells).forEach((cell, c) => {
        const text = cell.textContent.trim();
        if (c < chars.length) {
          chars[c] += text.length;
          widest[c] = Math.max(widest[c], text.length);
        }
        if (LONG_TOKEN.test(text)) cell.classList.add("sco-cell--long");
        if (DATE.test(text)) cell.classList.add("sco-cell--date");
      });
    }
    heads.forEach((th, c) => {
      th.classList.toggle("sco-col--prose", rows.length > 0 && chars[c] / rows.length >= PROSE);
      th.classList.toggle("sco-col--marks", rows.length > 0 && widest[c] <= 1);
    });
  }

  // Shadows at the edges a scrolling table can still be scrolled to (sco-archive.css).
  function edges(wrap) {
    wrap.classList.toggle("sco-scrolled", wrap.scrollLeft > 1);
  }

  // A visible line above a table that scrolls sideways (the region's name says it to screen readers).
  function hint(wrap, scrolls) {
    const prev = wrap.previousElementSibling;
    const has = prev && prev.classList.contains("sco-scroll-hint");
    if (scrolls && !has) {
      const line = document.createElement("p");
      line.className = "sco-scroll-hint";
      line.setAttribute("aria-hidden", "true");
      line.textContent = "Scroll the table sideways for more columns \u2192";
      wrap.before(line);
    } else if (!scrolls && has) {
      prev.remove();
    }
  }

  function reachableTables() {
    const wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    wraps.forEach((wrap) => wrap.querySelectorAll("table").forEach(dress));
    wraps.forEach((wrap, i) => {
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle("sco-scrolls", scrolls);
      hint(wrap, scrolls);
      if (!wrap.dataset.scoEdges) {
        wrap.dataset.scoEdges = "1";
        wrap.addEventListener("scroll", () => edges(wrap), { passive: true });
      }
      edges(wrap);
      if (scrolls) {
        const heading = headingBefore(wrap);
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", `Table ${i + 1}${heading ? ` (${heading})` : ""}, scrolls sideways`);
      } else if (wrap.hasAttribute("tabindex")) {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  // Opened from disk (file://), a page may read no other file: Material hides its search box and the
  // filter page cannot load its index. Say why, and how to serve the site (the filter page says it
  // itself, in place of its results).
  function servedFromDisk() {
    if (location.protocol !== "file:" || document.getElementById("sco-filter-file")) return;
    const inner = document.querySelector(".md-content__inner");
    if (!inner || inner.querySelector(".sco-file-notice")) return;
    const note = document.createElement("p");
    note.className = "sco-file-notice";
    note.setAttribute("role", "note");
    const code = (text) => Object.assign(document.createElement("code"), { textContent: text });
    note.append("Search needs the site served over http, not opened from disk: run ", code("sco-archive serve"),
                " in the archive, or ", code("python -m http.server -d site"), " and open http://localhost:8000/.");
    inner.prepend(note);
  }

  /* A copy button under each citation box (class sco-cite: the plain citation and the BibTeX entry).
     The clipboard needs a secure context (https, localhost); elsewhere (a site opened from disk) the
     text is selected and the reader is told to press Ctrl+C. */
  function citationText(box) {
    const code = box.querySelector("pre code");
    if (code) return code.textContent.replace(/\n$/, "");
    return Array.from(box.querySelectorAll("p:not(.admonition-title, .sco-copy)"), (p) => p.textContent.trim()).join("\n");
  }

  function select(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy(box, status) {
    const text = citationText(box);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch (error) {
      select(box.querySelector("pre code") || box.querySelector("p:not(.admonition-title, .sco-copy)") || box);
      status.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
    }
  }

  function copyButtons() {
    document.querySelectorAll(".admonition.sco-cite").forEach((box) => {
      if (box.querySelector(".sco-copy")) return;
      const title = box.querySelector(".admonition-title");
      const bar = document.createElement("p");
      bar.className = "sco-copy";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sco-copy__button";
      button.textContent = `Copy ${title ? title.textContent.trim().replace(/^Citation$/, "citation") : "citation"}`;
      const status = document.createElement("span");
      status.className = "sco-copy__status";
      status.setAttribute("role", "status");
      button.addEventListener("click", () => copy(box, status));
      bar.append(button, " ", status);
      box.append(bar);
    });
  }

  let timer;
  const later = () => { clearTimeout(timer); timer = setTimeout(reachableTables, 100); };
  const onPage = () => { servedFromDisk(); copyButtons(); setTimeout(reachableTables, 0); };
  if (typeof document$ !== "undefined") document$.subscribe(onPage);
  else addEventListener("DOMContentLoaded", onPage);
  addEventListener("resize", later);
})();
