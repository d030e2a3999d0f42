package org.infoops.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;

import java.util.Iterator;
import java.util.Map;

/**
 * Translates option trees between google.protobuf.Struct (the wire) and Jackson trees (what
 * {@link org.infoops.env.Options} and the scenario files use). JSON has one number type; integral
 * numbers within 2^53 come back as integers so integer options read naturally.
 */
final class StructCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double EXACT_INTEGER_LIMIT = 9.007199254740992E15;

    private StructCodec() {}

    static ObjectNode toTree(Struct struct) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, com.google.protobuf.Value> e : struct.getFieldsMap().entrySet()) {
            out.set(e.getKey(), toNode(e.getValue()));
        }
        return out;
    }

    static JsonNode toNode(com.google.protobuf.Value v) {
        return switch (v.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> NODES.nullNode();
            case NUMBER_VALUE -> {
                double d = v.getNumberValue();
                yield d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT ? NODES.numberNode((long) d) : NODES.numberNode(d);
            }
            case STRING_VALUE -> NODES.textNode(v.getStringValue());
            case BOOL_VALUE -> NODES.booleanNode(v.getBoolValue());
            case STRUCT_VALUE -> toTree(v.getStructValue());
            case LIST_VALUE -> {
                ArrayNode a = NODES.arrayNode();
                for (com.google.protobuf.Value item : v.getListValue().getValuesList()) a.add(toNode(item));
                yield a;
            }
        };
    }

    static Struct toStruct(ObjectNode tree) {
        Struct.Builder b = Struct.newBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.putFields(e.getKey(), toValue(e.getValue()));
        }
        return b.build();
    }

    static com.google.protobuf.Value toValue(JsonNode node) {
        com.google.protobuf.Value.Builder b = com.google.protobuf.Value.newBuilder();
        if (node == null || node.isNull() || node.isMissingNode()) {
            b.setNullValue(NullValue.NULL_VALUE);
        } else if (node.isNumber()) {
            b.setNumberValue(node.asDouble());
        } else if (node.isBoolean()) {
            b.setBoolValue(node.booleanValue());
        } else if (node.isTextual()) {
            b.setStringValue(node.textValue());
        } else if (node.isArray()) {
            ListValue.Builder list = ListValue.newBuilder();
            for (JsonNode item : node) list.addValues(toValue(item));
            b.setListValue(list);
        } else if (node.isObject()) {
            b.setStructValue(toStruct((ObjectNode) node));
        } else {
            b.setStringValue(node.asText());
        }
        return b.build();
    }
}
