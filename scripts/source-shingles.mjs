// Regenerates src/lib/content/fixtures/source-shingles.json: hashes of every 12-word run of the seed article
// (../shared/sources/…), so the originality test runs without the article's text or ../shared.
//   node --experimental-strip-types scripts/source-shingles.mjs ../shared/sources/jpost-2021-06-29-frantzman.txt
import { readFileSync, writeFileSync } from "node:fs";
import { shingleHashes } from "../src/lib/content/originality.ts";

const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: scripts/source-shingles.mjs <article.txt>");
const hashes = [...shingleHashes(readFileSync(file, "utf8"))].sort();
writeFileSync(
  new URL("../src/lib/content/fixtures/source-shingles.json", import.meta.url),
  JSON.stringify({ source: "jpost-frantzman", words: 12, hashes }, null, 0) + "\n",
);
console.log(`${hashes.length} shingles`);
