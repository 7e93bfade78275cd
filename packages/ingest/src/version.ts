import packageJson from "../package.json" with { type: "json" };

/** The tool's version, written into every manifest so outputs say what made them. */
export const toolVersion: string = packageJson.version;
