package org.infoops.kernel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a settings record from YAML strictly: an unknown key, a missing or null value is an error naming the
 * file, the key and what is allowed, never a silent default.
 */
public final class StrictYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private StrictYaml() {
    }

    /** @param source the file's name as the user knows it, for the error message */
    public static <T> T read(InputStream in, Class<T> type, String source) throws IOException {
        try {
            return YAML.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(source + ": unknown key '" + e.getPropertyName() + "'; allowed: "
                    + e.getKnownPropertyIds(), e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException(source + ": " + cause.getMessage(), e);
        }
    }
}
