/* SCO Archive: small additions to Material's pages, on every page.
 *
 * A table wider than the screen scrolls inside the wrapper Material's script puts around it. A
 * keyboard user can only scroll it once it can take focus (WCAG 2.1.1; axe-core's
 * scrollable-region-focusable): such a wrapper becomes a named, focusable region, and stops being
 * one when the table fits again. Its name is unique on the page (the table's number and the heading
 * above it), as landmarks' names must be.
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

  function reachableTables() {
    const wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    wraps.forEach((wrap, i) => {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
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

  let timer;
  const later = () => { clearTimeout(timer); timer = setTimeout(reachableTables, 100); };
  const onPage = () => { servedFromDisk(); setTimeout(reachableTables, 0); };
  if (typeof document$ !== "undefined") document$.subscribe(onPage);
  else addEventListener("DOMContentLoaded", onPage);
  addEventListener("resize", later);
})();
