import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StackProcess, startStackProcess } from "./support/stack";

/** Debian's chromium (a README prerequisite); CI installs it, so there it is never skipped. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: install Debian's chromium`);

describe.skipIf(!available)("the API reference page in a real headless Chromium", () => {
  let stack: StackProcess;
  let browser: Browser;
  beforeAll(async () => {
    stack = await startStackProcess();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("renders every operation from /openapi.json with assets served locally (no CDN)", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(stack.url)) external.push(request.url());
    });
    await page.goto(`${stack.url}/docs`);
    await page.waitForSelector(".opblock", { timeout: 20_000 });
    expect(await page.textContent(".title")).toContain("R&D Center Measures Platform API");
    const operations = await page.$$eval(".opblock-summary-path", (nodes) =>
      nodes.map((n) => n.textContent?.replace(/\u200b/g, "")),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        "/v1/measures",
        "/v1/measures/{measureId}",
        "/v1/talent-title-applications",
        "/v1/calendar/days/{date}",
        "/v1/calendar/working-days",
        "/v1/calendar/working-days/count",
      ]),
    );
    expect(external).toEqual([]);
    await page.screenshot({ path: `${process.env.TMPDIR ?? "/tmp"}/rdc-docs.png` });
  });
});
