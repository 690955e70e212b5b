/**
 * Where the suite finds what it tests, on ports chosen once per run (playwright.config.ts, or scripts/test.ts for
 * every step) and passed down in the environment: the site (dist/ served as readers get it) and a newsroom's host
 * pages on another origin (e2e/hosts/).
 */
const port = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through \`npm test\` or \`npx playwright test\``);
  return value;
};
export const SITE = `http://127.0.0.1:${port("E2E_PORT")}`;
export const HOST = `http://localhost:${port("HOST_PORT")}`;
