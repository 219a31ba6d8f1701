package dev.portcheck.core.candidates;

import java.util.List;
import java.util.Set;

/**
 * Keys of a schema that describes port fields rather than setting them: a
 * CustomResourceDefinition's {@code openAPIV3Schema}, a JSON schema's {@code
 * properties.port.maximum}, an OpenAPI document's {@code properties.port.example}. Their numbers
 * are bounds and examples, never a port in use.
 */
final class SchemaKeys {
  private SchemaKeys() {}

  private static final Set<String> SCHEMA_KEYWORDS =
      Set.of(
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "default",
          "example",
          "examples",
          "enum",
          "const",
          "multipleOf",
          "format",
          "type",
          "description",
          "pattern");

  /** True for a key inside a schema. Cheap for the common key, which names no schema. */
  static boolean describesSchema(String key) {
    if (key.contains("openAPIV3Schema") || key.contains("jsonSchema")) {
      return true;
    }
    if (!key.contains("properties.")) {
      return false;
    }
    // ...properties.<field>.<keyword>, also inside an items or enum list.
    List<String> segments = KeyClassifier.segments(key);
    int n = segments.size();
    return n >= 3
        && SCHEMA_KEYWORDS.contains(segments.get(n - 1))
        && segments.get(n - 3).equals("properties");
  }
}
