import { describe, expect, it } from 'vitest';
import { projectFixture } from '../model/test-support/project-fixture';
import { withBranding } from './with-branding';
import { markPng } from './test-support/drawn-png';

const logo = {
  mediaType: 'image/png' as const,
  data: markPng(40, 20).toString('base64'),
  width: 40,
  height: 20,
};

describe('withBranding', () => {
  it('sets the parts given and leaves the text alone', () => {
    const project = projectFixture([]);
    const branded = withBranding(project, { logo, accent: '#c0392b' });
    expect(branded.branding).toEqual({ logo, accent: '#c0392b' });
    expect(branded.sections).toBe(project.sections);
  });

  it('removes a part left undefined, and leaves no empty branding behind', () => {
    const branded = withBranding(projectFixture([]), { logo, accent: '#c0392b' });
    expect(withBranding(branded, { accent: '#c0392b' }).branding).toEqual({ accent: '#c0392b' });
    expect(withBranding(branded, {})).not.toHaveProperty('branding');
  });
});
