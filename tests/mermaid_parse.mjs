// Read Mermaid flowcharts with Mermaid's own parser; used by tests/test_diagram.py.
// Usage: node tests/mermaid_parse.mjs FOLDER < documents.json, where FOLDER is where
// `npm install mermaid jsdom` ran. Reads a JSON array of documents and prints a JSON array
// with, for each, {"error": message} or what Mermaid read: the title, nodes, edges, subgraphs.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const require = createRequire(`${process.argv[2]}/`);
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const { JSDOM } = await load("jsdom");
const dom = new JSDOM("<!DOCTYPE html><body></body>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await load("mermaid");

await mermaid.parse("flowchart TD\n"); // registers the diagram types
const results = [];
for (const text of JSON.parse(readFileSync(0, "utf8"))) {
  try {
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    results.push({
      title: db.getDiagramTitle(),
      nodes: [...db.getVertices().values()].map((v) => [v.id, v.text, v.type ?? null]),
      edges: db.getEdges().map((e) => [e.start, e.end, e.text, e.stroke]),
      subgraphs: db.getSubGraphs().map((s) => [s.id, s.title, s.nodes]),
    });
  } catch (error) {
    results.push({ error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
