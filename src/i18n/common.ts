export const common = {
  /** A card button clicked in another network's conversation than the one it was made for. */
  wrongNetworkCard: 'Dette kortet hører til et annet nettverk enn samtalen, så ingenting ble endret.',
} as const;
