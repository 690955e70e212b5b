// The host page's tabs: showing one hides the other (the embed starts in the hidden one).
for (const tab of document.querySelectorAll("[role=tab]")) {
  tab.addEventListener("click", () => {
    for (const t of document.querySelectorAll("[role=tab]")) t.setAttribute("aria-selected", String(t === tab));
    document.getElementById("panel-text").hidden = tab.id !== "tab-text";
    document.getElementById("panel-story").hidden = tab.id !== "tab-story";
  });
}
