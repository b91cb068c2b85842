// Claim filters. The page is complete without this script: it only hides claims that do not
// match the ticked statuses (and, if asked, those whose report mark agrees with the audit).
(() => {
  "use strict";
  const form = document.getElementById("filters");
  if (!form) return;
  const claims = Array.from(document.querySelectorAll("article.claim"));
  const count = document.getElementById("filter-count");
  const apply = () => {
    const wanted = new Set(
      Array.from(form.querySelectorAll("input[name=status]:checked"), (box) => box.value)
    );
    const onlyDisagreements = form.querySelector("input[name=disagrees]").checked;
    let shown = 0;
    for (const claim of claims) {
      const visible = wanted.has(claim.dataset.status)
        && (!onlyDisagreements || claim.dataset.disagrees === "true");
      claim.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    count.textContent = `Showing ${shown} of ${claims.length} claims`;
  };
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => window.setTimeout(apply, 0));
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply();
})();
