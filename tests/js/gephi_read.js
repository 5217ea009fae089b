// Read a kg output folder's graph.graphml and graph.gexf with graphology's parsers, the ones
// Gephi Lite imports files with, and print what they hold as JSON (tests/test_exports.py).
const fs = require("fs");
const xmldom = require("@xmldom/xmldom");
global.DOMParser = xmldom.DOMParser;  // the parsers look for a browser's DOM
global.Document = xmldom.Document;
const Graph = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

const dir = process.argv[2];
const out = {};
for (const [name, parser] of [["graphml", graphml], ["gexf", gexf]]) {
  const graph = parser.parse(Graph, fs.readFileSync(`${dir}/graph.${name}`, "utf8"));
  const types = {};
  graph.forEachEdge((edge, attrs) => { types[attrs.type || attrs.label] = (types[attrs.type || attrs.label] || 0) + 1; });
  out[name] = {nodes: graph.order, edges: graph.size, edgeTypes: types,
               balaeva: graph.hasNode("person:aida-balaeva") ? graph.getNodeAttributes("person:aida-balaeva") : null};
}
console.log(JSON.stringify(out));
