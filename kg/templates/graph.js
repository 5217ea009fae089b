// The page's behaviour: legend and type filter, search, tooltips, a person's events highlighted
// (and, with "only the selection", everything else hidden).
// Every text from the articles reaches the screen through textContent, never as markup.
// State can be given in the address:
// graph.html#search=Балаева&select=person:aida-balaeva&hide=Place&isolate=1&since=2026-02-10&until=2026-02-20&pairs=1
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
  const isolate = document.getElementById("kg-isolate");
  const pairsBox = document.getElementById("kg-pairs");
  const sinceBox = document.getElementById("kg-since");
  const untilBox = document.getElementById("kg-until");
  const filters = new Map();
  let selected = null;

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
    return { id: n.id, label: n.label, x: n.x, y: n.y, color: s.colour, shape: s.shape, value: n.weight,
             title: infoBox(n.type + ": " + n.label, n.info) };
  }));
  const edges = new vis.DataSet(data.edges.map((e) => (
    { id: e.id, from: e.from, to: e.to, label: crowded ? undefined : e.type.toLowerCase(), title: infoBox(e.type, e.info) }
  )));
  const network = new vis.Network(document.getElementById("kg-network"), { nodes, edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: crowded },
    // A node's size and label grow with the events and posts it takes part in: zoomed out, the
    // people and events that matter most keep readable labels and the rest wait for the zoom.
    nodes: { font: { size: 12 }, borderWidth: 1,
             scaling: { min: 8, max: 40, label: { enabled: true, min: 11, max: data.labelMax, maxVisible: 22, drawThreshold: 8 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, smooth: false,
             color: { color: "#bbbbbb", highlight: "#333333", hover: "#666666" }, font: { size: 8, color: "#888888" } },
  });

  let recount = true;
  const legendNames = new Map();

  // The legend counts what is on screen now against the whole graph: «Person (5 of 15)».
  function countShown() {
    const visible = nodes.get({ filter: (n) => !n.hidden });
    status.dataset.shown = visible.length;
    const shownOf = new Map();
    for (const n of visible) shownOf.set(byId.get(n.id).type, (shownOf.get(byId.get(n.id).type) || 0) + 1);
    for (const [type, name] of legendNames) {
      const shown = shownOf.get(type) || 0;
      const total = (data.totals || {})[type] || shown;
      name.textContent = type + " (" + shown + (total > shown ? " of " + total : "") + ")";
    }
    recount = true;
  }

  // A node and what it took part in: a person's events, and at each event its people and place.
  function neighbourhood(id) {
    const keep = new Set([id]);
    for (const e of data.edges) {
      if (e.from === id) keep.add(e.to);
      if (e.to === id) keep.add(e.from);
    }
    const events = new Set([...keep].filter((n) => byId.get(n) && byId.get(n).type === "Event"));
    for (const e of data.edges) {
      if (events.has(e.to) && appearance.has(e.type)) keep.add(e.from);
      if (events.has(e.from) && (e.type === "HELD_AT" || e.type === "ORGANISED_BY")) keep.add(e.to);
    }
    return keep;
  }

  // A large drawing opens on its busiest nodes (n.overview) and shows the rest once zoomed in,
  // or when a search or a selection asks for them.
  const layered = data.nodes.some((n) => !n.overview);
  let zoomed = !layered;
  let overviewScale = 1;
  let found = new Set();

  // The days chosen in the bar: events outside them (undated ones too) are hidden, and so is
  // anyone whose every event is; places and organisers of no shown event follow.
  function inDays() {
    const since = sinceBox.value, until = untilBox.value;
    if (!since && !until) return null;
    const days = new Set(data.nodes.filter((n) => n.type === "Event" && n.date
      && (!since || n.date >= since) && (!until || n.date <= until)).map((n) => n.id));
    for (const e of data.edges) {
      if (days.has(e.to) && appearance.has(e.type)) days.add(e.from);
    }
    for (const e of data.edges) {
      if (days.has(e.from) && byId.get(e.from).type === "Event") days.add(e.to);
    }
    for (const e of data.edges) {
      if (days.has(e.from) && e.type === "LOCATED_IN") days.add(e.to); // a venue's town
    }
    return days;
  }

  function applyVisibility() {
    const keep = isolate.checked && selected ? neighbourhood(selected) : null;
    const days = inDays();
    const asked = selected ? new Set([selected, ...(outgoing.get(selected) || []).map((e) => e.to)]) : new Set();
    nodes.update(data.nodes.map((n) => ({
      id: n.id, hidden: !(filters.has(n.type) ? filters.get(n.type).checked : true) || (keep !== null && !keep.has(n.id))
        || (keep === null && !zoomed && !n.overview && !found.has(n.id) && !asked.has(n.id))
        || (days !== null && !days.has(n.id))
        || (pairsBox.checked && n.type !== "Person"),
    })));
    countShown();
    if (keep) network.fit({ nodes: [...keep], animation: false });
  }

  function setTypeShown(type, shown) {
    if (filters.has(type)) filters.get(type).checked = shown;
    applyVisibility();
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
      const total = (data.totals || {})[type] || count;
      if (total > count) name.title = (total - count) + " in the graph but not on the page: only named, or only in posts (kg who, kg table people)";
      legendNames.set(type, name);
      label.append(box, glyph, name);
      legend.append(label);
    }
  }

  function dim(keep) {
    nodes.update(data.nodes.map((n) => ({ id: n.id, opacity: keep && !keep.has(n.id) ? 0.2 : 1 })));
  }

  function clear() {
    selected = null;
    if (isolate.checked || layered) applyVisibility();
    details.replaceChildren();
    delete details.dataset.highlighted;
    network.unselectAll();
    dim(null);
  }

  // A person's click selects the person and the events they appeared at, and dims the rest.
  function show(id) {
    const node = byId.get(id);
    if (!node) return clear();
    selected = id;
    if (isolate.checked || layered) applyVisibility();
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
      found = new Set();
      if (layered) applyVisibility();
      return [];
    }
    const matches = data.nodes.filter((n) => n.keys.includes(q));
    found = new Set(matches.map((n) => n.id));
    if (layered) applyVisibility();
    const names = matches.slice(0, 8).map((n) => n.label).join(", ") + (matches.length > 8 ? ", …" : "");
    searchResult.textContent = matches.length ? matches.length + " found: " + names : "nothing found";
    searchResult.dataset.found = matches.length;
    network.selectNodes(matches.map((n) => n.id));
    if (matches.length === 1) network.focus(matches[0].id, { scale: 1.2, animation: false });
    else if (matches.length) network.fit({ nodes: matches.map((n) => n.id), animation: false });
    return matches;
  }

  function applyAddress() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const type of (params.get("hide") || "").split(",").filter(Boolean)) setTypeShown(type, false);
    if (params.get("isolate") === "1") isolate.checked = true;
    if ((params.get("pairs") === "1") !== pairsBox.checked) {
      pairsBox.checked = params.get("pairs") === "1";
      showPairs();
    }
    if (params.has("since")) sinceBox.value = params.get("since");
    if (params.has("until")) untilBox.value = params.get("until");
    if (params.has("since") || params.has("until")) applyVisibility();
    if (params.has("search")) {
      searchBox.value = params.get("search");
      search(searchBox.value);
    }
    if (params.has("select")) show(params.get("select"));
  }

  // «who with whom»: the people alone, joined by the events they shared (thicker: more of them).
  function showPairs() {
    if (pairsBox.checked) {
      edges.add(data.pairs.map((p) => ({ id: p.id, from: p.from, to: p.to, width: Math.min(1 + p.events, 8),
        arrows: { to: { enabled: false } }, color: { color: "#e4572e", opacity: 0.5 }, title: infoBox("together", p.info) })));
    } else {
      edges.remove(data.pairs.map((p) => p.id));
    }
    status.dataset.pairs = pairsBox.checked ? data.pairs.length : 0;
    applyVisibility();
  }

  buildLegend();
  if (layered) applyVisibility();
  pairsBox.addEventListener("change", showPairs);
  isolate.addEventListener("change", applyVisibility);
  sinceBox.addEventListener("change", applyVisibility);
  untilBox.addEventListener("change", applyVisibility);
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
  // The whole picture first, and again when the window is resized before the reader has zoomed,
  // dragged, searched or selected; the address may zoom in after.
  let moved = false;
  network.on("zoom", () => (moved = true));
  network.on("dragEnd", () => (moved = true));
  function overview() {
    if (moved || selected || searchBox.value) return;
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9 }); // room for the labels at the rim, which fit leaves out
    overviewScale = network.getScale();
  }
  network.on("zoom", () => {
    if (!layered) return;
    const closer = network.getScale() > 2 * overviewScale;
    if (closer !== zoomed) {
      zoomed = closer;
      applyVisibility();
    }
  });
  network.on("resize", overview);
  network.once("afterDrawing", overview); // nodes have their sizes, labels included, only once drawn
  applyAddress();
  window.addEventListener("hashchange", applyAddress);
})();
