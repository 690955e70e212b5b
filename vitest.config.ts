import { defineConfig } from "vitest/config";

// Unit tests live beside the code they test in src/lib (and the schemas); they run in Node, no DOM.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
