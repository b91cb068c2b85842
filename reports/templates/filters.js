// Filters, search and sorting of a report's claims. The page is complete without this script:
// the summary table and the claim cards are in the markup. The script only hides the rows and
// cards that do not match, reorders the table when a header is clicked, and keeps the choices
// in the URL's query string (the fragment stays free for #claim links), so that a filtered
// view can be bookmarked or shared. It never fetches anything or builds markup from data.
(() => {
  "use strict";
  const form = document.getElementById("filters");
  const table = document.getElementById("claim-table");
  if (!form || !table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const cards = new Map(rows.map((row) => [row, document.getElementById(row.dataset.card)]));
  const words = new Map(rows.map((row) => {
    const card = cards.get(row);
    return [row, `${row.textContent} ${card ? card.textContent : ""}`.toLowerCase()];
  }));
  const count = document.getElementById("filter-count");
  const noMatch = document.getElementById("no-match");
  const search = form.querySelector("input[name=q]");
  const statuses = Array.from(form.querySelectorAll("input[name=status]"));
  const disagrees = form.querySelector("input[name=disagrees]");
  const headers = Array.from(table.tHead.rows[0].cells);
  const order = (row) => Number(row.cells[0].dataset.key);
  let sort = { key: "number", descending: false };

  const remember = () => {
    const params = new URLSearchParams();
    if (statuses.some((box) => !box.checked)) {
      params.set("status", statuses.filter((box) => box.checked).map((box) => box.value)
        .join(",") || "none");
    }
    if (disagrees.checked) params.set("disagrees", "1");
    if (search.value.trim()) params.set("q", search.value.trim());
    if (sort.key !== "number" || sort.descending) {
      params.set("sort", `${sort.descending ? "-" : ""}${sort.key}`);
    }
    const query = params.toString();
    try {
      history.replaceState(null, "", `${query ? `?${query}` : location.pathname}${location.hash}`);
    } catch (error) {
      // A browser may refuse to change a file: URL; the filters work all the same.
    }
  };

  const apply = () => {
    const wanted = new Set(statuses.filter((box) => box.checked).map((box) => box.value));
    const terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const visible = wanted.has(row.dataset.status)
        && (!disagrees.checked || row.dataset.disagrees === "true")
        && terms.every((term) => words.get(row).includes(term));
      row.hidden = !visible;
      const card = cards.get(row);
      if (card) card.parentElement.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    count.textContent = `Showing ${shown} of ${rows.length} claims`;
    noMatch.hidden = shown > 0;
    remember();
  };

  const sortBy = (key, descending) => {
    const column = headers.findIndex((header) => header.dataset.sort === key);
    if (column < 0) return;
    sort = { key, descending };
    const value = (row) => {
      const cell = row.cells[column];
      return cell.dataset.key !== undefined ? Number(cell.dataset.key)
        : cell.textContent.trim().toLowerCase();
    };
    const ordered = rows.slice().sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const compared = typeof x === "number" ? x - y : x.localeCompare(y);
      return (descending ? -compared : compared) || order(a) - order(b);
    });
    body.append(...ordered);
    for (const header of headers) {
      const state = header.dataset.sort !== key ? "none" : descending ? "descending" : "ascending";
      header.setAttribute("aria-sort", state);
    }
  };

  for (const header of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = header.textContent;
    button.title = `Sort by ${header.textContent.trim().toLowerCase()}`;
    header.textContent = "";
    header.append(button);
    button.addEventListener("click", () => {
      const key = header.dataset.sort;
      sortBy(key, sort.key === key ? !sort.descending : false);
      remember();
    });
  }

  // Restore the view the URL names.
  const params = new URLSearchParams(location.search);
  if (params.has("status")) {
    const on = new Set(params.get("status").split(","));
    for (const box of statuses) box.checked = on.has(box.value);
  }
  disagrees.checked = params.get("disagrees") === "1";
  search.value = params.get("q") || "";
  const sortParam = params.get("sort") || "number";
  sortBy(sortParam.replace(/^-/, ""), sortParam.startsWith("-"));

  form.addEventListener("change", apply);
  form.addEventListener("input", apply);
  form.addEventListener("reset", () => window.setTimeout(apply, 0));
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;

  // Anchored claims scroll to just below the sticky filter bar, whatever its height.
  const offset = () => {
    const sticky = getComputedStyle(form).position === "sticky";
    document.documentElement.style.setProperty(
      "--sticky", `${sticky ? form.offsetHeight + 16 : 16}px`);
  };
  offset();
  window.addEventListener("resize", offset);
  apply();
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView();
})();
