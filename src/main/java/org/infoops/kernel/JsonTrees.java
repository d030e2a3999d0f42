package org.infoops.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Deep merge of JSON/YAML trees, for parameter files with overrides and options with defaults. */
public final class JsonTrees {
    private JsonTrees() {}

    /** A new tree: {@code base} with {@code override} laid over it; objects merge key by key, anything else replaces. */
    public static JsonNode merge(JsonNode base, JsonNode override) {
        if (override == null || override.isMissingNode()) return base.deepCopy();
        if (!base.isObject() || !override.isObject()) return override.deepCopy();
        ObjectNode out = ((ObjectNode) base).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = out.get(e.getKey());
            out.set(e.getKey(), current == null ? e.getValue().deepCopy() : merge(current, e.getValue()));
        }
        return out;
    }
}
