#!/usr/bin/env node
// Validates Adaptive Cards offline the way Teams will see them (protocol brief §5 and §7.5).
//
//   node validate-cards.js cards.json     a JSON array of cards, or one card
//   node validate-cards.js < cards.json   the same from standard input
//
// Prints one line per problem ("card 3: …") and exits 1 when there is any, 2 on bad input, 0 otherwise.
"use strict";

const fs = require("fs");

let AC;
try {
  // The lib/ ESM build does not load in Node; the UMD bundle does, without a DOM (§7.5).
  AC = require("adaptivecards/dist/adaptivecards.min.js");
} catch {
  console.error("adaptivecards is not installed: run `npm ci --prefix tests/tools` from the repository root.");
  process.exit(2);
}

// Teams renders 1.5 and earlier; 1.6 fails there (§5).
const requiredVersion = "1.5";
// Incoming webhooks cap cards at 28 KB, the strictest of the limits Teams has documented (§5, §9).
const maxBytes = 28 * 1024;

function readInput() {
  const file = process.argv[2];
  const text = file && file !== "-" ? fs.readFileSync(file, "utf8") : fs.readFileSync(0, "utf8");
  const json = JSON.parse(text);
  return Array.isArray(json) ? json : [json];
}

// The library's own checks: parse events (unknown types, bad enum values) and semantic ones (duplicate ids, version).
function libraryProblems(json) {
  const card = new AC.AdaptiveCard();
  card.maxVersion = AC.Versions.v1_5;
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

function walk(node, visit, path) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, visit, `${path}[${i}]`));
  } else if (node && typeof node === "object") {
    visit(node, path);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${path}.${key}`);
  }
}

// What the library does not flag (§7.5) and the project's own card rules.
function ownProblems(json) {
  const problems = [];
  if (!json || typeof json !== "object" || Array.isArray(json)) return ["the card is not a JSON object"];
  if (json.type !== "AdaptiveCard") problems.push(`root "type" is ${JSON.stringify(json.type)}, expected "AdaptiveCard"`);
  if (json.version !== requiredVersion) problems.push(`root "version" is ${JSON.stringify(json.version)}, expected "${requiredVersion}"`);

  const bytes = Buffer.byteLength(JSON.stringify(json), "utf8");
  if (bytes > maxBytes) problems.push(`the card is ${bytes} bytes, over the ${maxBytes}-byte limit`);

  const ids = new Set();
  walk(json, node => { if (typeof node.id === "string") ids.add(node.id); }, "$");
  walk(json, (node, path) => {
    if (node.type === "TextBlock") {
      if (typeof node.text !== "string" || node.text.trim() === "") problems.push(`${path}: empty TextBlock`);
      if (node.wrap !== true) problems.push(`${path}: TextBlock without "wrap": true`);
    }
    if (node.type === "Action.OpenUrl" && !/^(https?:\/\/|mailto:)/i.test(node.url ?? "")) {
      problems.push(`${path}: Action.OpenUrl url ${JSON.stringify(node.url)} is neither http(s) nor mailto`);
    }
    // The verb travels in data, or in a Teams messageBack's value (Cards/CardActions.LeavingATrail).
    if (node.type === "Action.Submit" && (typeof node.data !== "object"
        || typeof (node.data?.verb ?? node.data?.msteams?.value?.verb) !== "string")) {
      problems.push(`${path}: Action.Submit data carries no "verb"`);
    }
    if (node.type === "Action.ToggleVisibility") {
      for (const target of node.targetElements ?? []) {
        const id = typeof target === "string" ? target : target?.elementId;
        if (!ids.has(id)) problems.push(`${path}: ToggleVisibility target "${id}" does not exist`);
      }
    }
  }, "$");
  return problems;
}

let cards;
try {
  cards = readInput();
} catch (e) {
  console.error(`cannot read the cards: ${e.message}`);
  process.exit(2);
}

let count = 0;
cards.forEach((json, i) => {
  const problems = [...ownProblems(json)];
  if (json && typeof json === "object" && !Array.isArray(json)) problems.push(...libraryProblems(json));
  for (const p of problems) console.log(`card ${i}: ${p}`);
  count += problems.length;
});

console.log(count ? `${count} problem(s) in ${cards.length} card(s)` : `${cards.length} card(s) valid`);
process.exit(count ? 1 : 0);
