// Regenerates src/lib/content/fixtures/source-shingles.json: hashes of every 12-word run of the seed article
// (../shared/sources/…), so the originality test runs without the article's text or ../shared.
//   node scripts/run-ts.ts scripts/source-shingles.ts ../shared/sources/jpost-2021-06-29-frantzman.txt
import { readFileSync, writeFileSync } from "node:fs";
import { shingleHashes } from "../src/lib/content/originality";

const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: node scripts/run-ts.ts scripts/source-shingles.ts <article.txt>");
const hashes = [...shingleHashes(readFileSync(file, "utf8"))].sort();
writeFileSync("src/lib/content/fixtures/source-shingles.json", JSON.stringify({ source: "jpost-frantzman", words: 12, hashes }, null, 0) + "\n");
console.log(`${hashes.length} shingles`);
