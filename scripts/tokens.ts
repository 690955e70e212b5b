// npm run tokens: write src/styles/tokens.css (the palette as custom properties) from src/lib/palette.ts.
import { writeFileSync } from "node:fs";
import { tokensCss } from "../src/lib/palette";

writeFileSync("src/styles/tokens.css", tokensCss());
console.log("src/styles/tokens.css written from src/lib/palette.ts");
