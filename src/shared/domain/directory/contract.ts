// Directory channels: filled in by the directory capability.
export const directoryChannels = {};
