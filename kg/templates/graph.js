// The page's behaviour: legend and type filter, search, tooltips, a person's events highlighted.
// Every text from the articles reaches the screen through textContent, never as markup.
// State can be given in the address: graph.html#search=Балаева&select=person:aida-balaeva&hide=Place
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const GLYPH = { dot: "●", star: "★", square: "■", triangle: "▲", diamond: "◆", box: "▬" };
  const FOLD = { "ә": "а", "қ": "к", "ү": "у", "ұ": "у", "ғ": "г", "ң": "н", "ө": "о", "һ": "х", "і": "и", "ё": "е" };
  const appearance = new Set(data.appearance);
  const crowded = data.nodes.length > 500; // edge labels and edges while dragging cost too much there
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const status = document.getElementById("kg-status");
  const details = document.getElementById("kg-details");
  const searchBox = document.getElementById("kg-search");
  const searchResult = document.getElementById("kg-search-result");
  const filters = new Map();

  // Kazakh letters folded as extract/names.py does, so «Ақылбай» finds «Акылбай» and back.
  function fold(text) {
    return text.toLowerCase().replace(/[әқүұғңөһіё]/g, (c) => FOLD[c]);
  }

  function styleOf(type) {
    return data.styles[type] || data.other;
  }

  function infoBox(heading, info) {
    const box = document.createElement("div");
    box.className = "kg-info";
    const title = document.createElement("div");
    title.className = "kg-info-title";
    title.textContent = heading;
    box.append(title);
    for (const [key, value] of info) {
      const line = document.createElement("div");
      const name = document.createElement("span");
      name.className = "kg-key";
      name.textContent = key + ": ";
      line.append(name, document.createTextNode(value));
      box.append(line);
    }
    return box;
  }

  for (const n of data.nodes) n.keys = fold([n.label, ...n.search].join("\n"));
  const outgoing = new Map();
  for (const e of data.edges) {
    if (!appearance.has(e.type)) continue;
    if (!outgoing.has(e.from)) outgoing.set(e.from, []);
    outgoing.get(e.from).push(e);
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => {
    const s = styleOf(n.type);
    return { id: n.id, label: n.label, x: n.x, y: n.y, color: s.colour, shape: s.shape, size: s.size,
             title: infoBox(n.type + ": " + n.label, n.info) };
  }));
  const edges = new vis.DataSet(data.edges.map((e) => (
    { id: e.id, from: e.from, to: e.to, label: crowded ? undefined : e.type.toLowerCase(), title: infoBox(e.type, e.info) }
  )));
  const network = new vis.Network(document.getElementById("kg-network"), { nodes, edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: crowded },
    nodes: { font: { size: 12 }, borderWidth: 1 },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, smooth: false,
             color: { color: "#bbbbbb", highlight: "#333333", hover: "#666666" }, font: { size: 8, color: "#888888" } },
  });

  let recount = true;
  function countShown() {
    status.dataset.shown = nodes.get({ filter: (n) => !n.hidden }).length;
    recount = true;
  }

  function setTypeShown(type, shown) {
    nodes.update(data.nodes.filter((n) => n.type === type).map((n) => ({ id: n.id, hidden: !shown })));
    if (filters.has(type)) filters.get(type).checked = shown;
    countShown();
  }

  function buildLegend() {
    const legend = document.getElementById("kg-legend");
    const counts = new Map();
    for (const type of Object.keys(data.styles)) counts.set(type, 0);
    for (const n of data.nodes) counts.set(n.type, (counts.get(n.type) || 0) + 1);
    for (const [type, count] of counts) {
      if (!count) continue;
      const s = styleOf(type);
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.addEventListener("change", () => setTypeShown(type, box.checked));
      filters.set(type, box);
      const glyph = document.createElement("span");
      glyph.className = "kg-glyph";
      glyph.style.color = s.colour;
      glyph.textContent = GLYPH[s.shape] || "●";
      const name = document.createElement("span");
      name.textContent = type + " (" + count + ")";
      label.append(box, glyph, name);
      legend.append(label);
    }
  }

  function dim(keep) {
    nodes.update(data.nodes.map((n) => ({ id: n.id, opacity: keep && !keep.has(n.id) ? 0.2 : 1 })));
  }

  function clear() {
    details.replaceChildren();
    delete details.dataset.highlighted;
    network.unselectAll();
    dim(null);
  }

  // A person's click selects the person and the events they appeared at, and dims the rest.
  function show(id) {
    const node = byId.get(id);
    if (!node) return clear();
    const links = outgoing.get(id) || [];
    const events = [...new Set(links.map((e) => e.to))];
    details.replaceChildren(infoBox(node.type + ": " + node.label, node.info));
    details.dataset.highlighted = events.length;
    network.setSelection({ nodes: [id, ...events], edges: links.map((e) => e.id) },
                         { unselectAll: true, highlightEdges: false });
    dim(events.length ? new Set([id, ...events]) : null);
  }

  function search(query) {
    const q = fold(query.trim());
    if (!q) {
      searchResult.textContent = "";
      delete searchResult.dataset.found;
      return [];
    }
    const found = data.nodes.filter((n) => n.keys.includes(q));
    const names = found.slice(0, 8).map((n) => n.label).join(", ") + (found.length > 8 ? ", …" : "");
    searchResult.textContent = found.length ? found.length + " found: " + names : "nothing found";
    searchResult.dataset.found = found.length;
    network.selectNodes(found.map((n) => n.id));
    if (found.length) network.fit({ nodes: found.map((n) => n.id), animation: false });
    return found;
  }

  function applyAddress() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const type of (params.get("hide") || "").split(",").filter(Boolean)) setTypeShown(type, false);
    if (params.has("search")) {
      searchBox.value = params.get("search");
      search(searchBox.value);
    }
    if (params.has("select")) show(params.get("select"));
  }

  buildLegend();
  searchBox.addEventListener("input", () => search(searchBox.value));
  searchBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const [first] = search(searchBox.value);
    if (first) show(first.id);
  });
  network.on("click", (params) => (params.nodes.length ? show(params.nodes[0]) : clear()));
  status.dataset.nodes = nodes.length;
  status.dataset.edges = edges.length;
  status.textContent = nodes.length + " nodes, " + edges.length + " edges";
  countShown();
  // The nodes vis-network drew in its latest frame after a change of filter (hidden ones left out).
  network.on("afterDrawing", () => {
    if (!recount) return;
    recount = false;
    status.dataset.drawn = Object.keys(network.getPositions()).length;
  });
  applyAddress();
  window.addEventListener("hashchange", applyAddress);
})();
