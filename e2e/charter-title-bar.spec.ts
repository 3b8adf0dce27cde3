import { createSavedCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

test('the title bar fits the window at every width: the status on one line, every action in view', async ({
  page,
  webHost,
}) => {
  const { editor } = await createSavedCharter(page, webHost);
  await editor.typeAtEndOf('Notre intention', ' Encore une phrase.');
  await expect(editor.status()).toHaveText('Modifications non enregistrées');
  // Down to the window's minimum width (main/index.ts), and past where labels collapse.
  for (const width of [900, 1024, 1200, 1279, 1280, 1440]) {
    await page.setViewportSize({ width, height: 720 });
    const overflow = await page.evaluate<number>(
      `document.documentElement.scrollWidth - window.innerWidth`,
    );
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'Exporter…' })).toBeInViewport({ ratio: 1 });
    const status = await editor.status().boundingBox();
    expect(status?.height, `${width} px`).toBeLessThan(24);
  }
});
