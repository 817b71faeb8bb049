// Attack round 7, A9: a tenant id accepted as MicrosoftAppTenantId (any 8-4-4-4-12 hex GUID) was
// refused in ALLOWED_TENANT_IDS, which wanted RFC 4122 version and variant digits. One rule now
// checks both (and the tab's client ids): an Entra id is a GUID, whatever its version nibble.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';

const APP = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'x',
};
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
};

describe('tenant ids in the environment', () => {
  it('the attacker’s id (no version digit) is taken by both variables alike', () => {
    const id = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const c = loadConfig({ ...APP, MicrosoftAppTenantId: id, ALLOWED_TENANT_IDS: id });
    expect(c.appTenantId).toBe(id);
    expect(c.allowedTenantIds).toEqual([id]);
  });

  it('upper case, spaces around the commas and several ids are fine', () => {
    const c = loadConfig({
      ...APP,
      MicrosoftAppTenantId: 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE',
      ALLOWED_TENANT_IDS: ' aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee , 10000000-0000-4000-8000-000000000001 ',
    });
    expect(c.allowedTenantIds).toHaveLength(2);
  });

  it('a value that is not a GUID is refused in both, with the same kind of message and an example', () => {
    for (const bad of [
      'contoso.onmicrosoft.com',
      'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeee',
      'gggggggg-bbbb-cccc-dddd-eeeeeeeeeeee',
    ]) {
      const asTenant = problemsOf({ ...APP, MicrosoftAppTenantId: bad });
      const asAllowed = problemsOf({
        ...APP,
        MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
        ALLOWED_TENANT_IDS: bad,
      });
      expect(asTenant.join('\n'), bad).toMatch(/^MicrosoftAppTenantId: .*GUID.*MicrosoftAppTenantId=[0-9a-f]{8}-/m);
      expect(asAllowed.join('\n'), bad).toMatch(/^ALLOWED_TENANT_IDS: .*GUID.*ALLOWED_TENANT_IDS=[0-9a-f]{8}-/m);
    }
  });

  // Attack round 7b, A4: the all-zero id is no tenant (Entra never issues it) and was the example in
  // the message itself, so a copied example started a bot that accepted no real tenant.
  it('the nil GUID is refused in both, and the message’s example is one that works', () => {
    const nil = '00000000-0000-0000-0000-000000000000';
    const asTenant = problemsOf({ ...APP, MicrosoftAppTenantId: nil });
    const asAllowed = problemsOf({
      ...APP,
      MicrosoftAppTenantId: '10000000-0000-4000-8000-000000000001',
      ALLOWED_TENANT_IDS: `10000000-0000-4000-8000-000000000001, ${nil}`,
    });
    expect(asTenant.join('\n')).toMatch(/^MicrosoftAppTenantId: .*GUID/m);
    expect(asAllowed.join('\n')).toMatch(/^ALLOWED_TENANT_IDS: .*GUID/m);
    for (const line of [...asTenant, ...asAllowed]) {
      const example = /=([0-9a-f-]{36})/i.exec(line)?.[1];
      expect(example, line).toBeDefined();
      expect(example).not.toBe(nil);
      const c = loadConfig({ ...APP, MicrosoftAppTenantId: example!, ALLOWED_TENANT_IDS: example! });
      expect(c.allowedTenantIds).toEqual([example]);
    }
  });
});
