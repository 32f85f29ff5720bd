/** Where a command's page is, and the launch form opened with the command chosen. */
export const commandHref = (commandId: string, regionId: string) => `/commands/${encodeURIComponent(commandId)}?region=${encodeURIComponent(regionId)}`;

export const launchCommandHref = (commandId: string, regionId: string) => `/invoke?region=${encodeURIComponent(regionId)}&command=${encodeURIComponent(commandId)}`;

/** The invocations list filtered to one command: every launch of it, paged. */
export const commandLaunchesHref = (commandId: string) => `/invocations?command=${encodeURIComponent(commandId)}`;
