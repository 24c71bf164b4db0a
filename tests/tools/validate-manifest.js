#!/usr/bin/env node
// Validates a Teams app package offline (protocol brief §7.4 and §7.5).
//
//   node validate-manifest.js OrientationBot-teams-app.zip   the package Teams will receive
//   node validate-manifest.js some/folder                    a folder holding manifest.json and its icons
//   node validate-manifest.js some/folder/manifest.json      the same, naming the manifest
//
// Checks the manifest against its bundled schema (@microsoft/app-manifest 1.1.2, no network), that no {{PLACEHOLDER}}
// is left, that a zip holds its files at the root, and that the icons are PNGs of the right size with an outline
// that is white on transparent. Prints one line per problem and exits 1 when there is any, 2 on unreadable input.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

let AppManifestUtils;
try {
  ({ AppManifestUtils } = require("@microsoft/app-manifest"));
  require("fs-extra"); // required by @microsoft/app-manifest but not declared by it (§7.5)
} catch {
  console.error("@microsoft/app-manifest is not installed: run `npm ci --prefix tests/tools` from the repository root.");
  process.exit(2);
}

// Only schema URLs the package bundles; any other $schema would make it fetch from the network.
const bundledSchema = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;
const iconRules = { color: { size: 192 }, outline: { size: 32, whiteOnTransparent: true } };

// --- input: a zip, a folder or a manifest file, read into { name → Buffer } ---

function readZip(buffer) {
  // The end-of-central-directory record sits in the last 65 557 bytes (22 + a comment of up to 65 535).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error("not a zip file (no end of central directory)");
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error("corrupt zip central directory");
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, zlib.inflateRawSync(data));
    else throw new Error(`${name}: unsupported zip compression method ${method}`);
  }
  return files;
}

function readInput(target) {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) return { kind: "folder", files: folderReader(target), manifestName: "manifest.json" };
  const buffer = fs.readFileSync(target);
  if (buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50) return { kind: "zip", files: readZip(buffer), manifestName: "manifest.json" };
  const folder = folderReader(path.dirname(target));
  return { kind: "file", files: folder, manifestName: path.basename(target) };
}

function folderReader(folder) {
  return {
    has: (name) => fs.existsSync(path.join(folder, name)),
    get: (name) => fs.readFileSync(path.join(folder, name)),
    keys: () => fs.readdirSync(folder),
  };
}

// --- PNG: enough of the format to read every pixel of an icon (no extra packages) ---

function decodePng(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(signature)) throw new Error("not a PNG file");
  let at = 8, header, palette, transparency;
  const data = [];
  while (at + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString("latin1", at + 4, at + 8);
    const chunk = buffer.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === "IHDR") {
      header = { width: chunk.readUInt32BE(0), height: chunk.readUInt32BE(4), depth: chunk[8], colorType: chunk[9], interlace: chunk[12] };
    } else if (type === "PLTE") palette = chunk;
    else if (type === "tRNS") transparency = chunk;
    else if (type === "IDAT") data.push(chunk);
    else if (type === "IEND") break;
  }
  if (!header) throw new Error("PNG has no IHDR chunk");
  const { width, height, depth, colorType, interlace } = header;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (!channels) throw new Error(`PNG colour type ${colorType} is not valid`);
  if (interlace !== 0 || depth !== 8) {
    return { width, height, pixels: null, note: `pixels not checked: ${interlace ? "interlaced" : `${depth}-bit`} PNG (save it as 8-bit, not interlaced)` };
  }

  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? line[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      let add;
      switch (filter) {
        case 0: add = 0; break;
        case 1: add = left; break;
        case 2: add = up; break;
        case 3: add = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft, pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
          add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      }
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const s = line.subarray(x * channels, (x + 1) * channels);
      let rgba;
      if (colorType === 6) rgba = [s[0], s[1], s[2], s[3]];
      else if (colorType === 4) rgba = [s[0], s[0], s[0], s[1]];
      else if (colorType === 2) rgba = [s[0], s[1], s[2], transparency && transparency.readUInt16BE(0) === s[0] && transparency.readUInt16BE(2) === s[1] && transparency.readUInt16BE(4) === s[2] ? 0 : 255];
      else if (colorType === 0) rgba = [s[0], s[0], s[0], transparency && transparency.readUInt16BE(0) === s[0] ? 0 : 255];
      else rgba = [palette[s[0] * 3], palette[s[0] * 3 + 1], palette[s[0] * 3 + 2], transparency && s[0] < transparency.length ? transparency[s[0]] : 255];
      pixels.set(rgba, (y * width + x) * 4);
    }
    previous = line;
  }
  return { width, height, pixels };
}

function iconProblems(name, role, buffer) {
  const rule = iconRules[role];
  let png;
  try {
    png = decodePng(buffer);
  } catch (e) {
    return [`icons.${role} (${name}): ${e.message}`];
  }
  const problems = [];
  if (png.width !== rule.size || png.height !== rule.size) {
    problems.push(`icons.${role} (${name}) is ${png.width}×${png.height}; Teams needs ${rule.size}×${rule.size}`);
  }
  if (rule.whiteOnTransparent) {
    if (!png.pixels) return [...problems, `icons.${role} (${name}): ${png.note}`];
    let bad = 0, first;
    for (let i = 0; i < png.pixels.length; i += 4) {
      const [r, g, b, a] = png.pixels.subarray(i, i + 4);
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
        bad++;
        if (first === undefined) first = `(${(i / 4) % png.width}, ${Math.floor(i / 4 / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
      }
    }
    if (bad) problems.push(`icons.${role} (${name}) must be white on transparent: ${bad} pixel(s) are neither, first ${first}`);
  }
  return problems;
}

// --- the checks ---

async function validate(target) {
  const input = readInput(target);
  const problems = [];
  if (input.kind === "zip") {
    for (const name of input.files.keys()) {
      if (name.includes("/") || name.includes("\\")) problems.push(`zip entry "${name}" is not at the root: zip the files, not their folder`);
    }
  }
  if (!input.files.has(input.manifestName)) return [...problems, `${input.manifestName} not found in ${target}`];

  const text = input.files.get(input.manifestName).toString("utf8").replace(/^\uFEFF/, "");
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    return [...problems, `${input.manifestName} is not valid JSON: ${e.message}`];
  }

  for (const placeholder of new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])) problems.push(`placeholder ${placeholder} was not filled in`);

  if (typeof manifest.$schema !== "string" || !bundledSchema.test(manifest.$schema)) {
    problems.push(`$schema ${JSON.stringify(manifest.$schema)} is not a Teams schema URL bundled with @microsoft/app-manifest (https://developer.microsoft.com/json-schemas/teams/vX.Y/MicrosoftTeams.schema.json)`);
  } else {
    for (const error of await AppManifestUtils.validateAgainstSchema(manifest)) problems.push(`schema: ${error}`);
  }

  for (const role of Object.keys(iconRules)) {
    const name = manifest.icons && manifest.icons[role];
    if (typeof name !== "string") continue; // the schema check reports the missing property
    if (!input.files.has(name)) problems.push(`icons.${role} "${name}" is not in the package`);
    else problems.push(...iconProblems(name, role, input.files.get(name)));
  }
  return problems;
}

const target = process.argv[2];
if (!target) {
  console.error("usage: node validate-manifest.js <package.zip | folder | manifest.json>");
  process.exit(2);
}
validate(target).then(
  (problems) => {
    if (problems.length) {
      for (const p of problems) console.log(p);
      process.exit(1);
    }
    console.log(`valid Teams app package: ${target}`);
  },
  (e) => {
    console.error(`cannot read ${target}: ${e.message}`);
    process.exit(2);
  });
