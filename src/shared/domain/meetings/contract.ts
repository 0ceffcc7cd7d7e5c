// Meetings channels: filled in by the meetings capability.
export const meetingsChannels = {};
