package org.infoops.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * JSON has one number type: 10 and 10.0 are the same option value, and protobuf's Struct (doubles
 * only) cannot tell them apart. Trees are normalised so whole numbers within 2^53 are integers, and
 * options compare equal however they travelled.
 */
final class JsonNumbers {
    private static final double EXACT_INTEGER_LIMIT = 9.007199254740992E15;

    private JsonNumbers() {}

    static JsonNode normalise(JsonNode node) {
        if (node == null) return JsonNodeFactory.instance.nullNode();
        if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            return d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT ? JsonNodeFactory.instance.numberNode((long) d) : node;
        }
        if (node.isIntegralNumber() && !node.canConvertToLong()) return node;
        if (node.isIntegralNumber()) return JsonNodeFactory.instance.numberNode(node.longValue());
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), normalise(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : node) out.add(normalise(item));
            return out;
        }
        return node.deepCopy();
    }
}
