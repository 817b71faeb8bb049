/** The key columns of every network-scoped row with an id. */
export interface KeyRow {
  tenant_id: string;
  network_id: string;
  id: string;
}

/** A KeyRow's key as the domain names it. */
export const keyOf = (r: KeyRow) => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
});
