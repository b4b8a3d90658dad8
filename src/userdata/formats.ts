// The file types "your own data" reads (the file picker's filter); the parser itself loads with the
// first file, so its code is not part of the first map.
export const ACCEPTED_EXTENSIONS = ['.geojson', '.json', '.csv'] as const;
