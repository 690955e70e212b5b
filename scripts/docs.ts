// npm run docs: rewrite the props tables of the editors' guide (content/README.md) from the component
// declarations in src/schemas/components.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { withPropsTables } from "../src/lib/content/docs";

const file = "content/README.md"; // npm runs scripts from the project root
const before = readFileSync(file, "utf8");
const after = withPropsTables(before);
writeFileSync(file, after);
console.log(after === before ? "content/README.md: props tables already up to date" : "content/README.md: props tables rewritten");
