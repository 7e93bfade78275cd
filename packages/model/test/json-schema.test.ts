import { describe, expect, it } from "vitest";
import { generateJsonSchemas, schemaVersion } from "../src/index.js";

type Schema = {
  [key: string]: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  prefixItems?: Schema[];
};

/** Every property of every object in a JSON Schema, with its path. */
function propertiesOf(schema: unknown, path: string, found: [string, Schema][] = []): [string, Schema][] {
  if (Array.isArray(schema)) {
    for (const [i, inner] of schema.entries()) propertiesOf(inner, `${path}[${i}]`, found);
  } else if (schema !== null && typeof schema === "object") {
    for (const [key, inner] of Object.entries(schema)) {
      if (key === "properties") {
        for (const [name, property] of Object.entries(inner as Record<string, Schema>)) {
          found.push([`${path}.${name}`, property]);
          propertiesOf(property, `${path}.${name}`, found);
        }
      } else propertiesOf(inner, `${path}/${key}`, found);
    }
  }
  return found;
}

describe("published JSON Schema", () => {
  const files = Object.entries(generateJsonSchemas()).map(
    ([name, text]) => [name, JSON.parse(text)] as const,
  );

  it.each(files)("%s has $id, title and description", (name, schema) => {
    expect(schema.$id).toBe(`https://unpkg.com/@lianzheng/model/schema/${name}`);
    expect(schema.title).toMatch(/^lianzheng /);
    expect(schema.description.length).toBeGreaterThan(10);
  });

  it.each(files)("%s describes every property", (_name, schema) => {
    const properties = propertiesOf(schema, "");
    expect(properties.length).toBeGreaterThan(3);
    const undescribed = properties
      .filter(([, property]) => typeof property.description !== "string")
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it("lets a document state the schema version it was written against", () => {
    const document = JSON.parse(generateJsonSchemas()["document.json"] as string);
    const plan = document.$defs.ActionPlan;
    expect(plan.properties.schemaVersion.type).toBe("string");
    expect(new RegExp(plan.properties.schemaVersion.pattern).test(schemaVersion)).toBe(true);
  });
});
